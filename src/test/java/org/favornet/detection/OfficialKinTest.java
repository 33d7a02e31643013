package org.favornet.detection;

import static org.assertj.core.api.Assertions.assertThat;
import org.favornet.detection.rules.Official;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stage 1 with the Cypher fallback (no kinship engine on this branch): recusal chains, terms, scopes. */
@GraphTest
class OfficialKinTest {

    @Autowired TestGraph graph;
    @Autowired OfficialKin kin;

    @BeforeEach
    void family() {
        graph.clear();
        // ggf -> gf -> f -> o ; gf -> u -> c -> c2 ; ggf -> gu -> gus -> sc (second cousin)
        // o -SIBLING- b -> nie ; o -SPOUSE- w ; wf -> w, wf -> wb ; o -SPOUSE(ended)- ex
        graph.run("""
                CREATE (o:Person {id: 'o', name: '王建国', gender: 'M', regionCode: '410222100201'}),
                       (o)-[:HOLDS]->(:Post {id: 'p', title: '村委会主任', regionCode: '410222100201', programs: []}),
                       (ggf:Person {id: 'ggf', gender: 'M'}), (gf:Person {id: 'gf', gender: 'M'}),
                       (f:Person {id: 'f', gender: 'M'}), (u:Person {id: 'u', gender: 'M'}),
                       (c:Person {id: 'c', gender: 'F'}), (c2:Person {id: 'c2', gender: 'M'}),
                       (gu:Person {id: 'gu', gender: 'M'}), (gus:Person {id: 'gus', gender: 'M'}),
                       (sc:Person {id: 'sc', gender: 'M'}), (b:Person {id: 'b', gender: 'M'}),
                       (nie:Person {id: 'nie', gender: 'F'}), (w:Person {id: 'w', gender: 'F'}),
                       (wf:Person {id: 'wf', gender: 'M'}), (wb:Person {id: 'wb', gender: 'M'}),
                       (ex:Person {id: 'ex', gender: 'F'}),
                       (ggf)-[:PARENT_OF]->(gf), (gf)-[:PARENT_OF]->(f), (f)-[:PARENT_OF]->(o),
                       (gf)-[:PARENT_OF]->(u), (u)-[:PARENT_OF]->(c), (c)-[:PARENT_OF]->(c2),
                       (ggf)-[:PARENT_OF]->(gu), (gu)-[:PARENT_OF]->(gus), (gus)-[:PARENT_OF]->(sc),
                       (o)-[:SIBLING_OF {provenance: ['household:H9']}]->(b), (b)-[:PARENT_OF]->(nie),
                       (o)-[:SPOUSE_OF]->(w), (wf)-[:PARENT_OF]->(w), (wf)-[:PARENT_OF]->(wb),
                       (o)-[:SPOUSE_OF {endDate: date('2010-01-01')}]->(ex)
                """);
    }

    @Test
    void materialisesExactlyTheRecusalRelativesWithTheirClosestChainTermsAndScopes() throws Exception {
        List<Official> officials = kin.officials(List.of("410222"));
        assertThat(officials).extracting(Official::id).containsExactly("o");
        kin.materialise(List.of("o"));
        Map<String, String> chains = new TreeMap<>();
        graph.run("MATCH (:Person {id: 'o'})-[k:KIN_OF]->(r) RETURN r.id AS r, k.chain AS chain")
                .forEach(r -> chains.put(r.get("r").asString(), r.get("chain").asString()));
        assertThat(chains).containsExactlyInAnyOrderEntriesOf(Map.of(
                "f", "P", "gf", "P·P", "ggf", "P·P·P", "u", "P·Sib", "c", "P·Sib·C", "b", "Sib", "nie", "Sib·C",
                "w", "Sp", "wf", "Sp·P", "wb", "Sp·Sib"));
        var niece = graph.run("MATCH (:Person {id: 'o'})-[k:KIN_OF]->(:Person {id: 'nie'}) RETURN k").get(0).get("k");
        assertThat(niece.get("termEn").asString()).isEqualTo("niece");
        assertThat(niece.get("scopes").asList()).containsExactly("CIVIL_SERVANT_RECUSAL");
        assertThat(niece.get("path").asList()).containsExactly("o", "b", "nie");
        assertThat(niece.get("provenance").asList()).containsExactly("household:H9");
        var wife = graph.run("MATCH (:Person {id: 'o'})-[k:KIN_OF]->(:Person {id: 'w'}) RETURN k").get(0).get("k");
        assertThat(wife.get("termZh").asString()).isEqualTo("妻子");
        assertThat(wife.get("scopes").asList()).containsExactlyInAnyOrder("CIVIL_CODE_NEAR",
                "CIVIL_SERVANT_RECUSAL", "DIBAO_FILING");
        // Running again replaces, never duplicates.
        kin.materialise(List.of("o"));
        assertThat(graph.count("MATCH (:Person {id: 'o'})-[k:KIN_OF]->() RETURN count(k)")).isEqualTo(10);
    }

    @Test
    void aSecondRunWritesOnlyWhatChangedAndRemovesTiesThatNoLongerHold() throws Exception {
        kin.materialise(List.of("o"));
        // mark every stored tie: an unchanged tie must not be rewritten (the mark survives)
        graph.run("MATCH (:Person {id: 'o'})-[k:KIN_OF]->() SET k.mark = true");
        // the wife's brother stops being a relative; a stale tie to a stranger is stored by hand
        graph.run("MATCH (:Person {id: 'wf'})-[t:PARENT_OF]->(:Person {id: 'wb'}) DELETE t");
        graph.run("CREATE (:Person {id: 'stranger'})");
        graph.run("MATCH (o:Person {id: 'o'}), (s:Person {id: 'stranger'}) CREATE (o)-[:KIN_OF {digest: 'x'}]->(s)");
        kin.materialise(List.of("o"));
        assertThat(graph.run("MATCH (:Person {id: 'o'})-[k:KIN_OF]->(r) RETURN r.id AS r ORDER BY r")
                .stream().map(r -> r.get("r").asString()).toList()).doesNotContain("wb", "stranger").contains("w", "nie");
        assertThat(graph.count("MATCH (:Person {id: 'o'})-[k:KIN_OF]->() WHERE k.mark IS NULL RETURN count(k)"))
                .isZero();
        assertThat(graph.count("MATCH (:Person {id: 'o'})-[k:KIN_OF]->() RETURN count(k)")).isEqualTo(9);
    }
}
