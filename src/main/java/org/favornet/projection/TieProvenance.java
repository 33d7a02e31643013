package org.favornet.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.favornet.graph.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * The records behind projected ties ({@code household:<id>}, {@code phone:<number>},
 * {@code transfer:<id>}, {@code grant:<id>}...), read from Neo4j for the few ties an answer shows
 * rather than held in memory for every tie. One query for a whole batch.
 */
@Component
public class TieProvenance {

    private final CypherRunner cypher;

    TieProvenance(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** Provenance per edge index of {@code graph}; an edge whose records are gone maps to an empty list. */
    public Map<Integer, List<String>> of(PersonGraph graph, Collection<Integer> edges) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<Map<String, Object>> ties = new ArrayList<>();
        for (int e : new LinkedHashSet<>(edges)) {
            String a = graph.personId(graph.source(e));
            String b = graph.personId(graph.target(e));
            String type = graph.type(e).name();
            byKey.computeIfAbsent(a + '\u0000' + b + '\u0000' + type, k -> {
                ties.add(Map.of("a", a, "b", b, "type", type));
                return new ArrayList<>();
            }).add(e);
        }
        Map<Integer, List<String>> out = new HashMap<>();
        edges.forEach(e -> out.put(e, List.of()));
        if (ties.isEmpty()) {
            return out;
        }
        cypher.read("projection/tie_provenance.cypher", Map.of("ties", ties), r -> {
            String key = r.get("a").asString() + '\u0000' + r.get("b").asString() + '\u0000' + r.get("type").asString();
            List<String> provenance = r.get("provenance").asList(v -> v.asString());
            byKey.getOrDefault(key, List.of()).forEach(e -> out.put(e, provenance));
            return key;
        });
        return out;
    }
}
