package org.favornet.detection.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.favornet.detection.Official;
import org.favornet.detection.leads.LeadDraft;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;
import org.junit.jupiter.api.Test;

class AllocatorCommunitiesTest {

    /**
     * Two 4-cliques joined by one bridge:
     * <pre>
     *   a0 - a1      b0 - b1
     *   | \/ |  a3 - b0   (bridge a3-b0)
     *   a2 - a3      b2 - b3
     * </pre>
     */
    private static TieGraph twoCliques() {
        List<String> ids = List.of("a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<Pair<Integer, Integer>> edges = new ArrayList<>();
        for (int base : new int[] {0, 4}) {
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    edges.add(Pair.of(base + i, base + j));
                }
            }
        }
        edges.add(Pair.of(3, 4));
        return new TieGraph(ids, index, new SparseIntUndirectedGraph(8, edges));
    }

    @Test
    void labelPropagationWithAFixedSeedSplitsTheTwoCliques() {
        TieGraph g = twoCliques();
        int[] label = AllocatorCommunities.communities(g, 42L);
        Map<Integer, Set<String>> clusters = new HashMap<>();
        for (int v = 0; v < label.length; v++) {
            clusters.computeIfAbsent(label[v], k -> new TreeSet<>()).add(g.personIds().get(v));
        }
        assertThat(clusters.values()).containsExactlyInAnyOrder(
                new TreeSet<>(Set.of("a0", "a1", "a2", "a3")), new TreeSet<>(Set.of("b0", "b1", "b2", "b3")));
        assertThat(AllocatorCommunities.communities(g, 42L)).containsExactly(label);
    }

    @Test
    void flagsTheAllocatorWhoseGrantsStayInsideHisOwnCommunity() {
        TieGraph g = twoCliques();
        String v = "410222100201";
        List<GrantFact> grants = new ArrayList<>();
        // a0 handles a1, a2, a3 and one stranger; b0 handles b1 and two strangers; other grants by x.
        for (String b : List.of("a1", "a2", "a3", "s0")) {
            grants.add(new GrantFact("g-" + b, "DIBAO", v, b, Set.of("a0")));
        }
        for (String b : List.of("b1", "s1", "s2")) {
            grants.add(new GrantFact("g-" + b, "DIBAO", v, b, Set.of("b0")));
        }
        for (String b : List.of("b2", "b3", "s3", "s4", "s5")) {
            grants.add(new GrantFact("g-" + b, "DIBAO", v, b, Set.of("x")));
        }
        List<Official> officials = List.of(new Official("a0", Set.of(), List.of(v)), new Official("b0", Set.of(), List.of(v)));
        List<LeadDraft> leads = AllocatorCommunities.evaluate(g, AllocatorCommunities.communities(g, 42L), officials,
                new Allocations(grants), 0.05, 2);
        // a0: N = 12, K = 3 (a1..a3), n = 4, k = 3: p = C(3,3) C(9,1) / C(12,4) = 9/495; b0 has k = 1 < 2.
        assertThat(leads).extracting(LeadDraft::officialId).containsExactly("a0");
        assertThat(leads.get(0).evidence().grantIds()).containsExactlyInAnyOrder("g-a1", "g-a2", "g-a3");
        @SuppressWarnings("unchecked")
        Map<String, Object> stats = (Map<String, Object>) leads.get(0).evidence().statistics().get("community");
        assertThat((double) stats.get("p")).isCloseTo(9.0 / 495, org.assertj.core.api.Assertions.within(1e-12));
    }
}
