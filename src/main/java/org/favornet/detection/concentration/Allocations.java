package org.favornet.detection.concentration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.favornet.detection.rules.Official;

/**
 * The discretionary grants of an analysis, indexed by region code (prefix ranges) and by official,
 * so each official's population is found without scanning every grant.
 */
public final class Allocations {

    private final TreeMap<String, List<GrantFact>> byRegion = new TreeMap<>();
    private final Map<String, List<GrantFact>> byOfficial = new HashMap<>();

    public Allocations(List<GrantFact> grants) {
        for (GrantFact g : grants) {
            byRegion.computeIfAbsent(g.regionCode() == null ? "" : g.regionCode(), k -> new ArrayList<>()).add(g);
            for (String o : g.officials()) {
                byOfficial.computeIfAbsent(o, k -> new ArrayList<>()).add(g);
            }
        }
    }

    /** Grants the official handled or approved. */
    public List<GrantFact> handled(String officialId) {
        return byOfficial.getOrDefault(officialId, List.of());
    }

    /**
     * The population the official's grants are compared with: the discretionary grants of the
     * programmes his posts handle, in his jurisdictions, plus any he handled elsewhere (so his
     * sample lies inside the population).
     */
    public List<GrantFact> population(Official official) {
        Map<String, GrantFact> out = new LinkedHashMap<>();
        for (String prefix : official.jurisdictions()) {
            for (List<GrantFact> list : byRegion.subMap(prefix, true, prefix + Character.MAX_VALUE, true).values()) {
                for (GrantFact g : list) {
                    if (official.handles(g.program())) {
                        out.putIfAbsent(g.id(), g);
                    }
                }
            }
        }
        for (GrantFact g : handled(official.id())) {
            out.putIfAbsent(g.id(), g);
        }
        return List.copyOf(out.values());
    }

    /** The one-sided test of "his grants reach the set more than chance would", on his population. */
    public static CircleTest test(Hypergeometric h, String officialId, List<GrantFact> population, Set<String> circle) {
        int N = population.size();
        int K = 0;
        int n = 0;
        List<GrantFact> hits = new ArrayList<>();
        for (GrantFact g : population) {
            boolean marked = circle.contains(g.beneficiaryId());
            boolean his = g.officials().contains(officialId);
            K += marked ? 1 : 0;
            n += his ? 1 : 0;
            if (marked && his) {
                hits.add(g);
            }
        }
        return CircleTest.of(h, officialId, N, K, n, hits.size(), hits);
    }

    /**
     * The same question asked of persons instead of grants ("a permutation test within the village"):
     * are the persons his grants went to drawn from his circle more often than a random draw from the
     * living residents of his jurisdiction would be? N = residents, K = those of them in the circle,
     * n = the distinct beneficiaries of his grants, k = those in the circle. It still sees favoritism
     * when one official handles most of a village's grants, where the grant-based test cannot (his own
     * choices then make the base rate); it assumes need is spread evenly over residents, which the
     * grant-based test does not, so both are run and corrected together.
     */
    public static CircleTest residentTest(Hypergeometric h, String officialId, List<GrantFact> population,
            Set<String> circle, int residents, int circleResidents) {
        Set<String> drawn = new java.util.HashSet<>();
        Set<String> reached = new java.util.HashSet<>();
        List<GrantFact> hits = new ArrayList<>();
        for (GrantFact g : population) {
            if (g.officials().contains(officialId)) {
                drawn.add(g.beneficiaryId());
                if (circle.contains(g.beneficiaryId())) {
                    reached.add(g.beneficiaryId());
                    hits.add(g);
                }
            }
        }
        int N = Math.max(residents, drawn.size());
        int K = Math.min(N, Math.max(circleResidents, reached.size()));
        int n = drawn.size();
        return CircleTest.of(h, officialId, N, K, n, reached.size(), hits);
    }

    /**
     * One official against one circle.
     *
     * @param population N, grants of his programmes in his jurisdiction and period
     * @param marked K, those whose beneficiary is in the circle (the village base rate)
     * @param draws n, those he handled or approved
     * @param hits k, those he handled or approved that reach the circle
     * @param lift k / (n K / N)
     * @param p exact P(X >= k)
     * @param minP the smallest p this test could give whatever k is: P(X >= min(n, K)), from the margins
     */
    public record CircleTest(String officialId, int population, int marked, int draws, int hitCount, double lift,
            double p, double minP, List<GrantFact> hits) {

        /** The hypergeometric upper tail of k hits in n draws from N holding K marked. */
        static CircleTest of(Hypergeometric h, String officialId, int N, int K, int n, int k, List<GrantFact> hits) {
            double expected = N == 0 ? 0 : (double) n * K / N;
            double p = N == 0 ? 1.0 : h.upperTail(N, K, n, k);
            double minP = N == 0 ? 1.0 : h.upperTail(N, K, n, Math.min(n, K));
            return new CircleTest(officialId, N, K, n, k, expected == 0 ? 0 : k / expected, p, minP, hits);
        }

        /**
         * Worth counting among the tests the correction adjusts for: he allocated something, the circle
         * received at least {@code minHits} grants, and the test could reach {@code alpha} at all. All three
         * depend on the margins (N, K, n) only, never on k, so leaving the others out keeps the false
         * discovery rate controlled while the discrete tests that can never fire stop diluting the ones
         * that can (Tarone 1990, Biometrics 46:515; Gilbert 2005, J. R. Stat. Soc. C 54:143; Bourgon,
         * Gentleman and Huber 2010, PNAS 107:9546). In a county most officials' circles are tests of this
         * kind: small, with a minimum p above alpha.
         */
        public boolean testable(double alpha, int minHits) {
            return draws > 0 && marked >= Math.max(1, minHits) && minP <= alpha;
        }
    }
}
