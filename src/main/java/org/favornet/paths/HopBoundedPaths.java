package org.favornet.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.favornet.projection.PersonGraph;

/**
 * Shortest and k shortest simple paths between two persons over the ties of some kinds, with at
 * most {@code maxHops} ties, on the projection's CSR arrays.
 *
 * <ul>
 *   <li>{@link #shortestHops}: bidirectional breadth-first search, expanding the cheaper frontier
 *       one level at a time; the fewest ties, as Cypher's {@code shortestPath} counts them.
 *       {@code O(n + m)} worst case, usually far less (two balls of half the radius).
 *   <li>{@link #kShortest}: Yen's algorithm (J. Y. Yen, "Finding the K shortest loopless paths in a
 *       network", Management Science 17(11), 1971), ordered by total tie weight, then hops. Each
 *       spur search is a hop-bounded A* over (person, hops) labels: the heuristic is the lightest
 *       tie weight times the breadth-first hop distance to the target, exact inside a ball around
 *       the target and {@code radius + 1} beyond it (still admissible and consistent; see
 *       {@link HopDistances#ball}),
 *       a label is pruned when its hops plus that distance exceed the budget, and a label is
 *       dominated when its person was already settled with no more hops. Parallel ties between two
 *       persons count as one step (the lightest), so the paths differ in the persons they pass.
 *       Cost {@code O(k · L · (H · m' · log m'))} for {@code L <= maxHops} spur nodes, hop budget
 *       {@code H} and the {@code m'} ties within reach.
 * </ul>
 * Deterministic: ties in weight are broken by hops, then by person indices. Every loop ticks the
 * {@link Deadline}. Per-person marks live in a borrowed {@link SearchScratch}, so a query costs in
 * proportion to the ties it touches, not to the number of persons in the projection.
 */
public final class HopBoundedPaths {

    private final PersonGraph g;
    private final int mask;
    private final double[] weightByKind;
    private final double lightest;
    private final Deadline deadline;
    private final int targetBallVolume;

    public HopBoundedPaths(PersonGraph g, int kindMask, double[] weightByKind, Deadline deadline) {
        this(g, kindMask, weightByKind, deadline, HopDistances.TARGET_BALL_VOLUME);
    }

    /** As the public constructor, with the target ball's volume set (tests shrink it to exercise the bound). */
    HopBoundedPaths(PersonGraph g, int kindMask, double[] weightByKind, Deadline deadline, int targetBallVolume) {
        this.targetBallVolume = targetBallVolume;
        this.g = g;
        this.mask = kindMask;
        this.weightByKind = weightByKind;
        this.deadline = deadline;
        double min = Double.MAX_VALUE;
        for (int k = 0; k < weightByKind.length; k++) {
            if ((kindMask & (1 << k)) != 0) {
                min = Math.min(min, weightByKind[k]);
            }
        }
        this.lightest = min == Double.MAX_VALUE ? 1 : min;
    }

    double weight(int edge) {
        return weightByKind[g.kind(edge).ordinal()];
    }

    PersonGraph graph() {
        return g;
    }

    int mask() {
        return mask;
    }

    Deadline deadline() {
        return deadline;
    }

    double lightest() {
        return lightest;
    }

    /** The fewest ties between {@code s} and {@code t}, or -1 when none within {@code maxHops}. */
    public int shortestHops(int s, int t, int maxHops) {
        return new HopDistances(g, mask, deadline, targetBallVolume).shortestHops(s, t, maxHops);
    }

    private static final Comparator<IndexPath> ORDER = Comparator.comparingDouble(IndexPath::weight)
            .thenComparingInt(IndexPath::hops).thenComparing(IndexPath::vertices, Arrays::compare);

    /** Up to {@code k} simple paths with at most {@code maxHops} ties, lightest first (Yen 1971). */
    public List<IndexPath> kShortest(int s, int t, int k, int maxHops) {
        if (s == t || k <= 0) {
            return new ArrayList<>();
        }
        return kShortest(s, t, k, maxHops, shortestHops(s, t, maxHops));
    }

    /**
     * As {@link #kShortest(int, int, int, int)} when {@link #shortestHops} already answered: a pair
     * not connected within the bound (most random pairs in a county) costs nothing more, where the
     * A* heuristic alone would search the whole ball around the target first.
     */
    List<IndexPath> kShortest(int s, int t, int k, int maxHops, int shortestHops) {
        List<IndexPath> found = new ArrayList<>();
        if (s == t || k <= 0 || shortestHops < 0) {
            return found;
        }
        try (SearchScratch scratch = SearchScratch.borrow()) {
            // Every person a spur search can step to lies within maxHops - 1 of the target (a step
            // costs a hop); only the first spur, s itself, may be maxHops away.
            int radius = new HopDistances(g, mask, deadline, targetBallVolume).ball(t, maxHops - 1, scratch.first);
            yen(new SpurSearch(this, scratch, t, radius), s, k, maxHops, found);
        }
        return found;
    }

    private void yen(SpurSearch search, int s, int k, int maxHops, List<IndexPath> found) {
        IndexPath first = search.run(s, maxHops, List.of(), new int[] {s}, 0, new int[0]);
        if (first == null) {
            return;
        }
        found.add(first);
        PriorityQueue<IndexPath> candidates = new PriorityQueue<>(ORDER);
        Set<List<Integer>> seen = new HashSet<>();
        seen.add(key(first));
        while (found.size() < k) {
            IndexPath previous = found.get(found.size() - 1);
            double rootWeight = 0;
            for (int i = 0; i < previous.hops(); i++) {
                int spur = previous.vertices()[i];
                int[] rootVertices = Arrays.copyOf(previous.vertices(), i + 1);
                int[] rootEdges = Arrays.copyOf(previous.edges(), i);
                List<Integer> banned = new ArrayList<>();
                for (IndexPath p : found) {
                    if (p.hops() > i && Arrays.equals(p.vertices(), 0, i + 1, rootVertices, 0, i + 1)) {
                        banned.add(p.vertices()[i + 1]);
                    }
                }
                IndexPath spurPath = search.run(spur, maxHops - i, banned, rootVertices, rootWeight, rootEdges);
                if (spurPath != null && seen.add(key(spurPath))) {
                    candidates.add(spurPath);
                }
                rootWeight += weight(previous.edges()[i]);
            }
            IndexPath next = candidates.poll();
            if (next == null) {
                break;
            }
            found.add(next);
        }
    }

    private static List<Integer> key(IndexPath p) {
        return Arrays.stream(p.vertices()).boxed().toList();
    }
}
