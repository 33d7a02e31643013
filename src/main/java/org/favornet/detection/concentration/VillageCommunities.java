package org.favornet.detection.concentration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.favornet.projection.PersonGraph;
import org.favornet.graph.TieKind;
import org.favornet.projection.TieType;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;

/**
 * Communities of one projection snapshot, found village by village. A village (the full region code
 * of a person's registration) is clustered on its own: its persons and the kinship, acquaintance and
 * shared-identifier ties between them become a {@link SparseIntUndirectedGraph} (CSR arrays), and
 * JGraphT's {@link LabelPropagationClustering} labels it with a seed derived from the fixed seed and
 * the village code, so the answer does not depend on which village is computed first or on which
 * thread.
 *
 * <p>Why villages and not the county in one piece: a grant's allocator is tested on the grants of his
 * jurisdiction, and the networks the red flag is about are local; label propagation on the whole
 * county converges village by village anyway, but it keeps iterating over every person until the
 * slowest village settles (measured at 1M persons: 529 s in one piece). Ties that leave the village
 * (a daughter married into the next village) do not pull a community across the boundary; the
 * allocator-concentration test (red flag 3) covers relatives wherever they live.
 *
 * <p>Villages are clustered on demand (only the home villages of the officials tested) and kept for
 * the snapshot, so a second analysis of the same data reuses them. Thread-safe.
 */
public final class VillageCommunities {

    /** Ties that make a community: kinship, acquaintance, shared phone / address / account. */
    public static final int TIE_MASK = TieKind.mask(List.of(TieKind.KIN, TieKind.KNOWS, TieKind.SHARED));
    private static final int MAX_ITERATIONS = 50;

    private final PersonGraph graph;
    private final long seed;
    private final Map<String, int[]> membersByVillage = new HashMap<>();
    private final Map<String, int[]> labels = new ConcurrentHashMap<>();

    public VillageCommunities(PersonGraph graph, long seed) {
        this.graph = graph;
        this.seed = seed;
        Map<String, int[]> sized = new HashMap<>();
        for (int v = 0; v < graph.personCount(); v++) {
            String village = graph.regionCode(v);
            if (village != null) {
                sized.computeIfAbsent(village, k -> new int[1])[0]++;
            }
        }
        Map<String, Integer> filled = new HashMap<>();
        sized.forEach((village, n) -> {
            membersByVillage.put(village, new int[n[0]]);
            filled.put(village, 0);
        });
        for (int v = 0; v < graph.personCount(); v++) {
            String village = graph.regionCode(v);
            if (village != null) {
                int i = filled.merge(village, 1, Integer::sum) - 1;
                membersByVillage.get(village)[i] = v;
            }
        }
    }

    public PersonGraph graph() {
        return graph;
    }

    /** Every village of the snapshot, sorted. */
    public List<String> villages() {
        return membersByVillage.keySet().stream().sorted().toList();
    }

    /** The persons (vertex indices, ascending) registered in a village; empty when none. */
    public int[] members(String village) {
        return membersByVillage.getOrDefault(village, new int[0]);
    }

    /**
     * The persons in the same community as {@code v} (including {@code v}), as vertex indices;
     * just {@code v} when he has no village.
     */
    public int[] communityOf(int v) {
        String village = graph.regionCode(v);
        if (village == null) {
            return new int[] {v};
        }
        int[] members = members(village);
        int[] label = labels(village);
        int mine = label[Arrays.binarySearch(members, v)];
        int n = 0;
        for (int l : label) {
            if (l == mine) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int i = 0, j = 0; i < label.length; i++) {
            if (label[i] == mine) {
                out[j++] = members[i];
            }
        }
        return out;
    }

    /** Clusters these villages now (in the calling thread), skipping those already done. */
    public void prepare(Collection<String> villages) {
        for (String village : villages) {
            labels(village);
        }
    }

    /** The villages that hold these vertices. */
    public Set<String> villagesOf(int[] vertices) {
        Set<String> out = new java.util.TreeSet<>();
        for (int v : vertices) {
            String village = graph.regionCode(v);
            if (village != null) {
                out.add(village);
            }
        }
        return out;
    }

    private int[] labels(String village) {
        int[] done = labels.get(village);
        if (done != null) {
            return done;
        }
        int[] members = members(village);
        Graph<Integer, Integer> g = villageGraph(members);
        int[] computed = g == null ? singletons(members.length) : cluster(g, seed ^ village.hashCode());
        labels.putIfAbsent(village, computed);
        return labels.get(village);
    }

    /**
     * The ties among these persons as a JGraphT graph: vertex {@code i} is {@code members[i]}. A pair
     * of persons is joined by one edge, or by two when they chose each other (an acquaintance, a
     * shared phone or account) rather than were born or registered together (kinship, a shared
     * address): label propagation counts the labels of neighbours edge by edge, so the parallel edge
     * is a weight of 2, and a circle of friends around an official is not dissolved into the families
     * its members also belong to. However many ties a pair has, it counts at most 2 (a household is
     * not glued tighter than a family by its shared address). Null when there is no tie at all.
     */
    Graph<Integer, Integer> villageGraph(int[] members) {
        List<Pair<Integer, Integer>> edges = new ArrayList<>();
        int[] weight = new int[members.length];
        int[] touched = new int[members.length];
        for (int i = 0; i < members.length; i++) {
            int v = members[i];
            int count = 0;
            for (int s = graph.firstSlot(v), end = graph.endSlot(v); s < end; s++) {
                if ((graph.slotKindBit(s) & TIE_MASK) == 0) {
                    continue;
                }
                int u = graph.slotTarget(s);
                if (u <= v) {
                    continue;
                }
                int j = Arrays.binarySearch(members, u);
                if (j < 0) {
                    continue;
                }
                if (weight[j] == 0) {
                    touched[count++] = j;
                }
                weight[j] = Math.max(weight[j], chosen(graph.type(graph.slotEdge(s))) ? 2 : 1);
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                for (int w = 0; w < weight[j]; w++) {
                    edges.add(Pair.of(i, j));
                }
                weight[j] = 0;
            }
        }
        // JGraphT's sparse graph needs at least one edge; a village without ties is all singletons
        return edges.isEmpty() ? null : new SparseIntUndirectedGraph(members.length, edges);
    }

    /** Ties people choose (acquaintance, a shared phone or account), as against birth and registration. */
    private static boolean chosen(TieType type) {
        return type == TieType.KNOWS || type == TieType.SHARES_PHONE || type == TieType.SHARES_ACCOUNT;
    }

    private static int[] singletons(int n) {
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        return label;
    }

    /** JGraphT label propagation, seeded: the community label of every vertex {@code 0..n-1}. */
    public static int[] cluster(Graph<Integer, Integer> g, long seed) {
        ClusteringAlgorithm.Clustering<Integer> clustering =
                new LabelPropagationClustering<>(g, MAX_ITERATIONS, new Random(seed)).getClustering();
        int[] label = new int[g.vertexSet().size()];
        int c = 0;
        for (Set<Integer> cluster : clustering.getClusters()) {
            for (int v : cluster) {
                label[v] = c;
            }
            c++;
        }
        return label;
    }
}
