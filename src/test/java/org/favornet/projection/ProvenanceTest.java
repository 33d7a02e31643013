package org.favornet.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void recordNamesComeBackExactlyWhateverTheirShape() {
        List<String> names = List.of("household:4107281012060075", "kinship:户籍档案:10648", "transfer:T0001234",
                "grant:G00027426", "村委会走访", "knows", "phone:00138", "x0", "0", "", "account:6222021234567890123456",
                "a:999999999999999999", "b:1000000000000000000");
        Provenance.Collector c = new Provenance.Collector();
        for (String n : names) {
            c.add(List.of(n));
        }
        int[] edgeOf = new int[names.size()];
        for (int i = 0; i < edgeOf.length; i++) {
            edgeOf[i] = i;
        }
        Provenance p = c.build(edgeOf, names.size());
        for (int i = 0; i < names.size(); i++) {
            assertThat(p.of(i)).as(names.get(i)).containsExactly(names.get(i));
        }
    }

    @Test
    void tiesMergedIntoOneEdgeListTheirRecordsSortedAndDistinct() {
        Random rnd = new Random(5);
        int edges = 50;
        List<TreeSet<String>> expected = new ArrayList<>();
        for (int e = 0; e < edges; e++) {
            expected.add(new TreeSet<>());
        }
        Provenance.Collector c = new Provenance.Collector();
        List<Integer> edgeOf = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int e = rnd.nextInt(edges + 1) - 1; // -1: a tie that was dropped
            List<String> records = new ArrayList<>();
            for (int r = rnd.nextInt(4); r > 0; r--) {
                records.add((rnd.nextBoolean() ? "transfer:T" : "kinship:户籍档案:") + String.format("%04d", rnd.nextInt(30)));
            }
            c.add(records);
            edgeOf.add(e);
            if (e >= 0) {
                expected.get(e).addAll(records);
            }
        }
        Provenance p = c.build(edgeOf.stream().mapToInt(Integer::intValue).toArray(), edges);
        for (int e = 0; e < edges; e++) {
            assertThat(p.of(e)).as("edge %d", e).containsExactlyElementsOf(expected.get(e));
        }
        assertThat(p.of(edges)).isEmpty();
    }

    @Test
    void theBuilderKeepsNamesAndTheProvenanceOfParallelRecordsOnTheOneTieTheyMake() {
        PersonGraph g = new PersonGraphBuilder().person("b", "李四", "110101", "M", 1970)
                .person("a", "张三", "110101", "F", 1972).person("c", null, null, null, 0)
                .tie("a", "b", TieType.TRANSFER, null, List.of("transfer:T2"))
                .tie("a", "b", TieType.TRANSFER, null, List.of("transfer:T1", "transfer:T2"))
                .tie("b", "a", TieType.SPOUSE_OF, null, List.of("household:0042"))
                .tie("a", "x", TieType.KNOWS, null, List.of("dropped"))
                .tie("c", "a", TieType.KNOWS, "FRIEND", List.of("村委会走访"))
                .tie("c", "b", TieType.APPROVED, null, List.of("grant:G2"))
                .tie("c", "b", TieType.HANDLED, null, List.of("grant:G1"))
                .build(1);
        assertThat(g.name(g.indexOf("a"))).isEqualTo("张三");
        assertThat(g.name(g.indexOf("b"))).isEqualTo("李四");
        assertThat(g.name(g.indexOf("c"))).isNull();
        List<String> seen = new ArrayList<>();
        for (int e = 0; e < g.tieCount(); e++) {
            seen.add(g.type(e) + " " + g.personId(g.source(e)) + "-" + g.personId(g.target(e)) + " " + g.provenance(e));
        }
        assertThat(seen).containsExactlyInAnyOrder("TRANSFER a-b [transfer:T1, transfer:T2]",
                "SPOUSE_OF a-b [household:0042]", "KNOWS a-c [村委会走访]", "APPROVED c-b [grant:G2]",
                "HANDLED c-b [grant:G1]");
    }
}
