package org.favornet.detection.concentration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.favornet.detection.Official;

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
        int k = hits.size();
        double expected = N == 0 ? 0 : (double) n * K / N;
        double p = N == 0 ? 1.0 : h.upperTail(N, K, n, k);
        return new CircleTest(officialId, N, K, n, k, expected == 0 ? 0 : k / expected, p, hits);
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
     */
    public record CircleTest(String officialId, int population, int marked, int draws, int hitCount, double lift,
            double p, List<GrantFact> hits) {

        /** Worth testing: he allocated something and the circle received something. */
        public boolean testable() {
            return draws > 0 && marked > 0;
        }
    }
}
