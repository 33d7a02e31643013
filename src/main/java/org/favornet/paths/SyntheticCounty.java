package org.favornet.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.GraphChanged;
import org.favornet.graph.GraphProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A seeded synthetic county for the path benchmark and tests, so they run before the fixtures
 * generator exists: {@code families} couples with up to four children (parent and sibling ties),
 * a third of children paired across families by marriage, a quarter as many single persons, two
 * acquaintances per three persons, one shared phone and one shared address per six. Same seed,
 * same county. Written in {@code UNWIND} batches; publishes {@link GraphChanged}.
 */
@Component
class SyntheticCounty {

    private static final String[] KNOWS_KINDS = {"COLLEAGUE", "CLASSMATE", "NEIGHBOR", "FRIEND", "BUSINESS_PARTNER",
        "GUARANTOR", "OTHER"};

    private final CypherRunner cypher;
    private final ApplicationEventPublisher events;
    private final int batch;

    SyntheticCounty(CypherRunner cypher, ApplicationEventPublisher events, GraphProperties props) {
        this.cypher = cypher;
        this.events = events;
        this.batch = props.batchSize();
    }

    /** Writes the county and returns its person ids in creation order. */
    List<String> generate(long seed, int families) {
        Random rnd = new Random(seed);
        List<Map<String, Object>> persons = new ArrayList<>();
        List<Map<String, Object>> ties = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String[]> children = new ArrayList<>(); // id, family, gender
        for (int f = 0; f < families; f++) {
            String region = village(rnd);
            String household = "household:s" + f;
            String father = person(persons, ids, "M", 1950 + rnd.nextInt(15), region);
            String mother = person(persons, ids, "F", 1950 + rnd.nextInt(15), region);
            ties.add(tie("SPOUSE_OF", father, mother, household, null));
            List<String> kids = new ArrayList<>();
            for (int c = rnd.nextInt(5); c > 0; c--) {
                String gender = rnd.nextBoolean() ? "M" : "F";
                String kid = person(persons, ids, gender, 1975 + rnd.nextInt(20), region);
                ties.add(tie("PARENT_OF", father, kid, household, null));
                ties.add(tie("PARENT_OF", mother, kid, household, null));
                for (String sibling : kids) {
                    ties.add(tie("SIBLING_OF", sibling, kid, household, null));
                }
                kids.add(kid);
                children.add(new String[] {kid, String.valueOf(f), gender});
            }
            flush(persons, ties, false);
        }
        Collections.shuffle(children, rnd);
        for (int i = 0; i + 1 < children.size(); i += 2) {
            String[] a = children.get(i);
            String[] b = children.get(i + 1);
            if (rnd.nextInt(3) == 0 && !a[1].equals(b[1]) && !a[2].equals(b[2])) {
                ties.add(tie("SPOUSE_OF", a[0], b[0], "marriage:" + i, null));
            }
            flush(persons, ties, false);
        }
        for (int i = 0; i < families / 4; i++) {
            person(persons, ids, rnd.nextBoolean() ? "M" : "F", 1940 + rnd.nextInt(60), village(rnd));
        }
        int n = ids.size();
        for (int i = 0; i < n * 2 / 3; i++) {
            ties.add(tie("KNOWS", ids.get(rnd.nextInt(n)), ids.get(rnd.nextInt(n)), "synthetic:knows:" + i,
                    KNOWS_KINDS[rnd.nextInt(KNOWS_KINDS.length)]));
            flush(persons, ties, false);
        }
        for (int i = 0; i < n / 6; i++) {
            ties.add(ordered("SHARES_PHONE", ids.get(rnd.nextInt(n)), ids.get(rnd.nextInt(n)),
                    "phone:1390" + String.format("%07d", i)));
            ties.add(ordered("SHARES_ADDRESS", ids.get(rnd.nextInt(n)), ids.get(rnd.nextInt(n)), "address:s" + i));
            flush(persons, ties, false);
        }
        flush(persons, ties, true);
        events.publishEvent(new GraphChanged(Set.of("persons", "kinship", "acquaintances")));
        return ids;
    }

    /** Writes full batches as the county grows (persons before the ties that name them), so a city never sits in memory. */
    private void flush(List<Map<String, Object>> persons, List<Map<String, Object>> ties, boolean all) {
        if (all || persons.size() >= batch || ties.size() >= batch) {
            if (!persons.isEmpty()) {
                cypher.write("paths/bench_persons.cypher", Map.of("rows", List.copyOf(persons)));
                persons.clear();
            }
        }
        if ((all || ties.size() >= batch) && !ties.isEmpty()) {
            ties.removeIf(t -> t.get("a").equals(t.get("b")));
            cypher.write("paths/bench_ties.cypher", Map.of("rows", List.copyOf(ties)));
            ties.clear();
        }
    }

    private static String village(Random rnd) {
        return "410105001" + String.format("%03d", rnd.nextInt(12));
    }

    private static String person(List<Map<String, Object>> persons, List<String> ids, String gender, int year,
            String region) {
        String id = String.format("s%07d", ids.size());
        ids.add(id);
        persons.add(Map.of("id", id, "name", "居民" + id.substring(1), "gender", gender, "birthDate", year + "-06-01",
                "regionCode", region));
        return id;
    }

    private static Map<String, Object> tie(String type, String a, String b, String provenance, String kind) {
        Map<String, Object> row = new HashMap<>();
        row.put("type", type);
        row.put("a", a);
        row.put("b", b);
        row.put("provenance", provenance);
        row.put("kind", kind);
        return row;
    }

    /** Shared-identifier ties run lower id first (data model). */
    private static Map<String, Object> ordered(String type, String a, String b, String provenance) {
        return a.compareTo(b) <= 0 ? tie(type, a, b, provenance, null) : tie(type, b, a, provenance, null);
    }
}
