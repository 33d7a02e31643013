package org.favornet.detection.concentration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.favornet.graph.CypherRunner;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link TieGraph} from {@code cypher/detection/ties.cypher}, streaming the rows (a county
 * has millions of ties) into int-indexed edges of a {@link SparseIntUndirectedGraph} (CSR arrays:
 * about 12 bytes per edge). Cost: one pass over the ties, O(V + E) memory.
 */
@Component
class CypherTieSource implements TieSource {

    private final CypherRunner cypher;

    CypherTieSource(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @Override
    public TieGraph load(List<String> regions) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<Pair<Integer, Integer>> edges = new ArrayList<>();
        String query = cypher.files().text("detection/ties.cypher");
        try (var session = cypher.driver().session(cypher.session())) {
            session.executeRead(tx -> {
                tx.run(query, Map.of("regions", regions)).forEachRemaining(r -> {
                    int a = index.computeIfAbsent(r.get("a").asString(), k -> add(ids, k));
                    int b = index.computeIfAbsent(r.get("b").asString(), k -> add(ids, k));
                    if (a != b) {
                        edges.add(Pair.of(a, b));
                    }
                });
                return null;
            });
        }
        return new TieGraph(List.copyOf(ids), index, new SparseIntUndirectedGraph(ids.size(), edges));
    }

    private static int add(List<String> ids, String id) {
        ids.add(id);
        return ids.size() - 1;
    }
}
