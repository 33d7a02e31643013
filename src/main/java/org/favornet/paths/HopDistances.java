package org.favornet.paths;

import java.util.Arrays;
import org.favornet.projection.PersonGraph;

/**
 * Breadth-first hop distances on the projection's CSR arrays, over the ties whose kind is in
 * {@code mask}: the fewest ties between two persons ({@link #shortestHops}, bidirectional, expanding
 * the cheaper frontier one level at a time, as Cypher's {@code shortestPath} counts them;
 * {@code O(n + m)} worst case, usually two balls of half the radius), and the bounded ball around a
 * target that {@link SpurSearch}'s heuristic reads ({@link #ball}).
 */
final class HopDistances {

    /** The radius {@link #ball} answers when the ball exhausted the target's component. */
    static final byte FAR = Byte.MAX_VALUE;

    private final PersonGraph g;
    private final int mask;
    private final Deadline deadline;
    private final int targetBallVolume;

    HopDistances(PersonGraph g, int mask, Deadline deadline, int targetBallVolume) {
        this.g = g;
        this.mask = mask;
        this.deadline = deadline;
        this.targetBallVolume = targetBallVolume;
    }

    /** The fewest ties between {@code s} and {@code t}, or -1 when none within {@code maxHops}. */
    public int shortestHops(int s, int t, int maxHops) {
        if (s == t) {
            return 0;
        }
        try (SearchScratch scratch = SearchScratch.borrow()) {
            VertexMarks distS = scratch.first;
            VertexMarks distT = scratch.second;
            distS.reset(g.personCount());
            distT.reset(g.personCount());
            distS.set(s, 0);
            distT.set(t, 0);
            int[] fs = {s};
            int[] ft = {t};
            int rs = 0;
            int rt = 0;
            while (fs.length > 0 && ft.length > 0 && rs + rt < maxHops) {
                deadline.check();
                int best;
                if (volume(fs) <= volume(ft)) {
                    int[][] next = new int[1][];
                    best = expand(fs, distS, distT, rs, next);
                    fs = next[0];
                    rs++;
                } else {
                    int[][] next = new int[1][];
                    best = expand(ft, distT, distS, rt, next);
                    ft = next[0];
                    rt++;
                }
                if (best != Integer.MAX_VALUE) {
                    return best <= maxHops ? best : -1;
                }
            }
            return -1;
        }
    }

    private long volume(int[] frontier) {
        long v = 0;
        for (int u : frontier) {
            v += g.degree(u);
        }
        return v;
    }

    /** Expands one level; returns the shortest meeting length found in it. */
    private int expand(int[] frontier, VertexMarks mine, VertexMarks other, int radius, int[][] nextOut) {
        int best = Integer.MAX_VALUE;
        int[] next = new int[Math.max(16, frontier.length)];
        int size = 0;
        for (int u : frontier) {
            for (int slot = g.firstSlot(u), end = g.endSlot(u); slot < end; slot++) {
                deadline.tick();
                if ((g.slotKindBit(slot) & mask) == 0) {
                    continue;
                }
                int w = g.slotTarget(slot);
                int there = other.get(w, -1);
                if (there >= 0) {
                    best = Math.min(best, radius + 1 + there);
                }
                if (!mine.has(w)) {
                    mine.set(w, radius + 1);
                    if (size == next.length) {
                        next = Arrays.copyOf(next, size * 2);
                    }
                    next[size++] = w;
                }
            }
        }
        nextOut[0] = Arrays.copyOf(next, size);
        return best;
    }

    /**
     * Ties the breadth-first ball around the target may scan. Measured on a 60,000-family synthetic
     * county (k = 5, 8 hops, 1,000 pairs, quiet machine): 500 ties gave a median of 0.25 ms and a
     * p99 of 7.0 ms, 2,000 ties 0.37 / 2.6 ms, 8,000 ties 0.52 / 2.8 ms, the unbounded ball
     * 2.1 / 8.4 ms. Independent of the county's size, which is the point.
     */
    static final int TARGET_BALL_VOLUME = 2_000;

    /**
     * Marks the hop distance to {@code t} of the persons near it, level by level up to
     * {@code maxHops}, and returns the radius {@code r} it completed: every unmarked person is at
     * least {@code r + 1} hops away ({@link #FAR} when the ball exhausted {@code t}'s component). It
     * stops early, before a level (after the first) that would take the ties scanned past
     * {@link #TARGET_BALL_VOLUME}: in a
     * well-connected county the ball of radius {@code maxHops} is most of the county, while the spur
     * searches, ordered by weight, rarely leave the few persons whose weight plus the lower bound is
     * below the answer's. A lower bound is all they need (admissible; consistent because
     * {@code min(d, r + 1)} changes by at most one across a tie).
     */
    int ball(int t, int maxHops, VertexMarks dist) {
        dist.reset(g.personCount());
        dist.set(t, 0);
        int[] frontier = {t};
        long scanned = 0;
        int d = 0;
        while (d < maxHops) {
            if (frontier.length == 0) {
                return FAR;
            }
            if (d > 0 && scanned + volume(frontier) > targetBallVolume) {
                return d; // the next level would scan past the volume: stop before it, not after
            }
            deadline.check();
            d++;
            int[] next = new int[16];
            int size = 0;
            for (int u : frontier) {
                for (int slot = g.firstSlot(u), end = g.endSlot(u); slot < end; slot++) {
                    deadline.tick();
                    scanned++;
                    int w = g.slotTarget(slot);
                    if ((g.slotKindBit(slot) & mask) != 0 && !dist.has(w)) {
                        dist.set(w, d);
                        if (size == next.length) {
                            next = Arrays.copyOf(next, size * 2);
                        }
                        next[size++] = w;
                    }
                }
            }
            frontier = Arrays.copyOf(next, size);
        }
        return frontier.length == 0 ? FAR : d;
    }
}
