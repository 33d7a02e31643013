package org.favornet.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** What is in the graph: nodes per label, relationships per type. */
@Component
public class GraphStatistics {

    private final CypherRunner cypher;

    GraphStatistics(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** Counts as sorted maps, so two loads compare with {@code equals}. */
    public record Counts(Map<String, Long> nodes, Map<String, Long> relationships) {}

    public Counts counts() {
        return cypher.lookup("stats/graph_counts.cypher", Map.of(), r -> {
            Map<String, Long> nodes = new TreeMap<>();
            Map<String, Long> rels = new TreeMap<>();
            for (var n : r.get("nodes").asList(v -> v)) {
                long c = n.get("count").asLong();
                if (c > 0) {
                    nodes.put(n.get("label").asString(), c);
                }
            }
            for (var t : r.get("relationships").asList(v -> v)) {
                long c = t.get("count").asLong();
                if (c > 0) {
                    rels.put(t.get("type").asString(), c);
                }
            }
            return new Counts(nodes, rels);
        }).stream().findFirst().orElse(new Counts(Map.of(), Map.of()));
    }

    public long nodeCount() {
        return counts().nodes().values().stream().mapToLong(Long::longValue).sum();
    }

}
