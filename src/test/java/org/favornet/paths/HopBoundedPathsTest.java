package org.favornet.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.favornet.projection.PersonGraph;
import org.favornet.projection.PersonGraphBuilder;
import org.favornet.graph.TieKind;
import org.favornet.projection.TieType;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.WeightedMultigraph;
import org.junit.jupiter.api.Test;

/** The path algorithms on small random projections, against brute force and JGraphT. */
class HopBoundedPathsTest {

    private static final double[] WEIGHTS = PathsProperties.defaults().weights().byKind();

    /** {@code n} persons p00..; {@code m} random ties of random types (parallel ties included). */
    /**
     * The oracle's graph: a plain JGraphT multigraph copied from the projection's ties of the masked
     * kinds (persons are vertices, tie indices edges), each weighing {@code weights[kind]} or 1.
     */
    static Graph<Integer, Integer> oracle(PersonGraph g, int mask, double[] weights) {
        Graph<Integer, Integer> copy = new WeightedMultigraph<>(null, null);
        for (int v = 0; v < g.personCount(); v++) {
            copy.addVertex(v);
        }
        for (int e = 0; e < g.tieCount(); e++) {
            if ((g.kind(e).bit() & mask) != 0) {
                copy.addEdge(g.source(e), g.target(e), e);
                copy.setEdgeWeight(e, weights == null ? 1.0 : weights[g.kind(e).ordinal()]);
            }
        }
        return copy;
    }

    static PersonGraph random(Random rnd, int n, int m) {
        PersonGraphBuilder b = new PersonGraphBuilder();
        for (int i = 0; i < n; i++) {
            b.person(String.format("p%03d", i), "110101", rnd.nextBoolean() ? "M" : "F", 1950 + rnd.nextInt(50));
        }
        TieType[] types = TieType.values();
        for (int i = 0; i < m; i++) {
            b.tie(String.format("p%03d", rnd.nextInt(n)), String.format("p%03d", rnd.nextInt(n)),
                    types[rnd.nextInt(types.length)], null);
        }
        return b.build(1);
    }

    static int randomMask(Random rnd) {
        int mask;
        do {
            mask = rnd.nextInt(TieKind.all() + 1);
        } while (mask == 0);
        return mask;
    }

    /** Lightest allowed tie between two persons, or infinity. */
    static double pairWeight(PersonGraph g, int mask, int u, int v) {
        double best = Double.POSITIVE_INFINITY;
        for (int s = g.firstSlot(u); s < g.endSlot(u); s++) {
            if (g.slotTarget(s) == v && (g.slotKindBit(s) & mask) != 0) {
                best = Math.min(best, WEIGHTS[g.kind(g.slotEdge(s)).ordinal()]);
            }
        }
        return best;
    }

    /** Every simple path's weight within the hop bound, by depth-first enumeration. */
    static void enumerate(PersonGraph g, int mask, int at, int t, int hopsLeft, double weight, boolean[] on,
            List<Double> out) {
        if (at == t) {
            out.add(weight);
            return;
        }
        if (hopsLeft == 0) {
            return;
        }
        on[at] = true;
        for (int v = 0; v < g.personCount(); v++) {
            double w = on[v] ? Double.POSITIVE_INFINITY : pairWeight(g, mask, at, v);
            if (w < Double.POSITIVE_INFINITY) {
                enumerate(g, mask, v, t, hopsLeft - 1, weight + w, on, out);
            }
        }
        on[at] = false;
    }

    @Test
    void yenFindsTheKLightestSimplePathsWithinTheHopBoundOnTwoHundredRandomGraphs() {
        Random rnd = new Random(1971);
        int compared = 0;
        for (int round = 0; round < 200; round++) {
            PersonGraph g = random(rnd, 10, 20 + rnd.nextInt(30));
            int mask = randomMask(rnd);
            int s = rnd.nextInt(10);
            int t = rnd.nextInt(10);
            int maxHops = 1 + rnd.nextInt(6);
            int k = 1 + rnd.nextInt(8);
            if (s == t) {
                continue;
            }
            List<IndexPath> paths = new HopBoundedPaths(g, mask, WEIGHTS, Deadline.none()).kShortest(s, t, k, maxHops);
            List<Double> all = new ArrayList<>();
            enumerate(g, mask, s, t, maxHops, 0, new boolean[10], all);
            all.sort(null);
            List<Double> expected = all.subList(0, Math.min(k, all.size()));
            Set<List<Integer>> distinct = new HashSet<>();
            paths.forEach(p -> assertValid(g, mask, p, s, t, maxHops));
            assertThat(paths).extracting(IndexPath::weight).as("round %d", round).containsExactlyElementsOf(expected);
            for (IndexPath p : paths) {
                assertValid(g, mask, p, s, t, maxHops);
                assertThat(distinct.add(Arrays.stream(p.vertices()).boxed().toList())).isTrue();
            }
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void aTargetBallCutToOneHopFindsTheSameLightestPathsAsTheFullBall() {
        Random rnd = new Random(2024);
        int compared = 0;
        int shorter = 0;
        for (int round = 0; round < 300; round++) {
            int n = 12;
            PersonGraph g = random(rnd, n, 25 + rnd.nextInt(30));
            int mask = randomMask(rnd);
            int s = rnd.nextInt(n);
            int t = rnd.nextInt(n);
            int maxHops = 2 + rnd.nextInt(6);
            int k = 1 + rnd.nextInt(8);
            if (s == t) {
                continue;
            }
            // volume 0: the ball around the target stops after its first level
            List<IndexPath> paths = new HopBoundedPaths(g, mask, WEIGHTS, Deadline.none(), 0).kShortest(s, t, k, maxHops);
            List<IndexPath> full = new HopBoundedPaths(g, mask, WEIGHTS, Deadline.none(), Integer.MAX_VALUE)
                    .kShortest(s, t, k, maxHops);
            List<Double> all = new ArrayList<>();
            enumerate(g, mask, s, t, maxHops, 0, new boolean[n], all);
            all.sort(null);
            List<Double> expected = all.subList(0, Math.min(k, all.size()));
            assertThat(paths).extracting(IndexPath::weight).as("round %d", round).containsExactlyElementsOf(expected);
            assertThat(full).extracting(IndexPath::weight).as("round %d", round).containsExactlyElementsOf(expected);
            paths.forEach(p -> assertValid(g, mask, p, s, t, maxHops));
            compared += expected.size();
            shorter += paths.stream().anyMatch(p -> p.hops() > 2) ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(400);
        assertThat(shorter).as("rounds with a path longer than the ball reaches").isGreaterThan(30);
    }

    static void assertValid(PersonGraph g, int mask, IndexPath p, int s, int t, int maxHops) {
        assertThat(p.vertices()[0]).isEqualTo(s);
        assertThat(p.vertices()[p.hops()]).isEqualTo(t);
        assertThat(p.hops()).isBetween(1, maxHops);
        assertThat(Arrays.stream(p.vertices()).distinct().count()).isEqualTo(p.vertices().length);
        double weight = 0;
        for (int i = 0; i < p.hops(); i++) {
            int e = p.edges()[i];
            assertThat(Set.of(g.source(e), g.target(e))).containsExactlyInAnyOrder(p.vertices()[i], p.vertices()[i + 1]);
            assertThat(g.kind(e).bit() & mask).isNotZero();
            weight += WEIGHTS[g.kind(e).ordinal()];
        }
        assertThat(p.weight()).isEqualTo(weight);
    }

    @Test
    void bidirectionalSearchCountsTheSameHopsAsJGraphTBreadthFirstSearchOnTheMaskedView() {
        Random rnd = new Random(7);
        int found = 0;
        for (int round = 0; round < 50; round++) {
            PersonGraph g = random(rnd, 300, 350 + rnd.nextInt(300));
            int mask = randomMask(rnd);
            var view = oracle(g, mask, null);
            for (int q = 0; q < 20; q++) {
                int s = rnd.nextInt(300);
                int t = rnd.nextInt(300);
                int maxHops = 1 + rnd.nextInt(8);
                GraphPath<Integer, Integer> oracle = new BFSShortestPath<>(view).getPath(s, t);
                int expected = oracle == null || oracle.getLength() > maxHops ? -1 : oracle.getLength();
                int hops = new HopBoundedPaths(g, mask, WEIGHTS, Deadline.none()).shortestHops(s, t, maxHops);
                assertThat(hops).as("round %d query %d", round, q).isEqualTo(expected);
                if (expected > 0) {
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void theLightestPathWeighsWhatJGraphTDijkstraFindsOnTheWeightedViewWhenHopsAreUnbounded() {
        Random rnd = new Random(1959);
        int found = 0;
        for (int round = 0; round < 40; round++) {
            PersonGraph g = random(rnd, 40, 60 + rnd.nextInt(60));
            int mask = randomMask(rnd);
            var view = oracle(g, mask, WEIGHTS);
            for (int q = 0; q < 10; q++) {
                int s = rnd.nextInt(40);
                int t = rnd.nextInt(40);
                if (s == t) {
                    continue;
                }
                GraphPath<Integer, Integer> oracle = new DijkstraShortestPath<>(view).getPath(s, t);
                List<IndexPath> ours = new HopBoundedPaths(g, mask, WEIGHTS, Deadline.none()).kShortest(s, t, 1, 39);
                if (oracle == null) {
                    assertThat(ours).isEmpty();
                } else {
                    assertThat(ours.get(0).weight()).isEqualTo(oracle.getWeight());
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void circleReachesEveryoneWithinTheHopsByTheFewestTiesThenTheLightest() {
        Random rnd = new Random(11);
        for (int round = 0; round < 30; round++) {
            PersonGraph g = random(rnd, 60, 80);
            int mask = randomMask(rnd);
            int centre = rnd.nextInt(60);
            int hops = 1 + rnd.nextInt(3);
            var circle = new CircleSearch(g, mask, WEIGHTS, Deadline.none()).around(centre, hops, 10_000);
            // oracle: level-by-level minimum weight over all neighbours one level closer
            int[] dist = new int[60];
            double[] best = new double[60];
            Arrays.fill(dist, -1);
            dist[centre] = 0;
            for (int d = 0; d < hops; d++) {
                for (int u = 0; u < 60; u++) {
                    for (int v = 0; v < 60; v++) {
                        double w = pairWeight(g, mask, u, v);
                        if (dist[u] == d && w < Double.POSITIVE_INFINITY && (dist[v] == -1 || dist[v] == d + 1)) {
                            best[v] = dist[v] == -1 ? best[u] + w : Math.min(best[v], best[u] + w);
                            dist[v] = d + 1;
                        }
                    }
                }
            }
            Set<Integer> expected = new HashSet<>();
            for (int v = 0; v < 60; v++) {
                if (dist[v] >= 0) {
                    expected.add(v);
                }
            }
            assertThat(Arrays.stream(circle.members()).boxed().toList()).containsExactlyInAnyOrderElementsOf(expected);
            for (int i = 0; i < circle.members().length; i++) {
                int v = circle.members()[i];
                assertThat(circle.hops()[i]).isEqualTo(dist[v]);
                assertThat(circle.weight()[i]).isEqualTo(best[v]);
                if (v != centre) {
                    assertValid(g, mask, circle.pathTo(i), centre, v, hops);
                }
            }
        }
    }

    @Test
    void theSameTieTypeBetweenTwoPersonsIsProjectedOnce() {
        PersonGraph g = new PersonGraphBuilder().person("a", null, "M", 0).person("b", null, "F", 0)
                .tie("a", "b", TieType.SPOUSE_OF, null).tie("b", "a", TieType.SPOUSE_OF, null)
                .tie("a", "b", TieType.TRANSFER, null).tie("a", "b", TieType.TRANSFER, null)
                .tie("b", "a", TieType.TRANSFER, null).tie("a", "nobody", TieType.KNOWS, "FRIEND").build(1);
        assertThat(g.tieCount()).isEqualTo(3); // one spouse tie, a->b and b->a transfers
        assertThat(oracle(g, TieKind.KIN.bit(), null).edgesOf(0)).hasSize(1);
        assertThat(oracle(g, TieKind.mask(EnumSet.allOf(TieKind.class)), null).degreeOf(1)).isEqualTo(3);
    }

    @Test
    void kinStepsAreNamedFromTheSexAndBirthOrderOfEachPersonAndTheDirectionOfEachTie() {
        // official (M, 1960) -spouse- wife (F, 1962) -sibling- her younger brother (M, 1966) -parent of-> his son (M, 1990)
        PersonGraph g = new PersonGraphBuilder().person("1-official", null, "M", 1960).person("2-wife", null, "F", 1962)
                .person("3-brother", null, "M", 1966).person("4-nephew", null, "M", 1990)
                .tie("1-official", "2-wife", TieType.SPOUSE_OF, null).tie("3-brother", "2-wife", TieType.SIBLING_OF, null)
                .tie("3-brother", "4-nephew", TieType.PARENT_OF, "BIRTH").build(1);
        IndexPath path = new HopBoundedPaths(g, TieKind.KIN.bit(), WEIGHTS, Deadline.none()).kShortest(0, 3, 1, 4).get(0);
        KinTerms.Named named = KinTerms.name(g, path.vertices(), path.edges());
        assertThat(named).isEqualTo(new KinTerms.Named("Sp·Sib·C", "wife's brother's son", "妻子的弟弟的儿子"));
        int[] backVertices = {3, 2, 1, 0};
        int[] backEdges = {path.edges()[2], path.edges()[1], path.edges()[0]};
        KinTerms.Named back = KinTerms.name(g, backVertices, backEdges);
        assertThat(back).isEqualTo(new KinTerms.Named("P·Sib·Sp", "father's sister's husband", "父亲的姐姐的丈夫"));
    }

    @Test
    void aSpentTimeBudgetStopsTheSearch() {
        PersonGraph g = random(new Random(3), 300, 900);
        HopBoundedPaths search = new HopBoundedPaths(g, TieKind.all(), WEIGHTS, Deadline.after(Duration.ZERO));
        assertThatThrownBy(() -> search.kShortest(0, 1, 5, 8)).isInstanceOf(Deadline.Exceeded.class);
        assertThatThrownBy(() -> search.shortestHops(0, 1, 8)).isInstanceOf(Deadline.Exceeded.class);
    }
}
