package org.favornet.kinship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blood relations by lowest common ancestors with generation counts, the method of the canon and
 * civil law computation of degrees (Roman computation, as the Civil Code counts 代/亲等: generations
 * up from one person to the common ancestor plus generations down to the other).
 *
 * <p>A blood line joins {@code x} and {@code t} through an ancestor {@code A} reached {@code a}
 * generations up from {@code x} and {@code b} down to {@code t}, such that the child of {@code A}
 * on the way down is not itself an ancestor of {@code x} (else a lower common ancestor exists).
 * Lines through two co-parents with the same children on both sides are one relation (full
 * blood); a line through one parent whose two children have different known other parents is
 * HALF. Persons whose parents are unknown but who are stated siblings ({@code SIBLING_OF}) are
 * joined through a virtual common parent. Pedigree collapse yields one line per distinct pair of
 * apex children, so a double first cousin has two relations.
 *
 * <p>Both walks are bounded by {@code maxUp} generations (up to the apex, and down from it), and the
 * chain by {@code maxLength} steps, so the relation is symmetric: {@code between(x, y)} mirrors
 * {@code between(y, x)}.
 *
 * <p>Cost: up-paths are at most {@code 2^(maxUp+1)} per person; the downward walk visits the
 * descendants of each ancestor within the remaining chain length, so {@link #from} is
 * {@code O(2^maxUp · d^L)} for family size {@code d} and {@link #between} only
 * {@code O(2^maxUp)} (both sides walked up and met in a hash map).
 */
final class CommonAncestors {

    private final KinGraph g;
    private final int maxUp;

    CommonAncestors(KinGraph g, int maxUp) {
        this.g = g;
        this.maxUp = maxUp;
    }

    /**
     * One blood line: {@code upTies} walked from x upwards (child-to-parent rows), then
     * {@code sibTie} (a stated sibling row, or -1), then {@code downTies} from the apex down.
     *
     * @param up generations up (counting the virtual parent of a stated sibling pair)
     * @param down generations down
     * @param apexes common ancestors merged into this line (co-parents); empty for a stated sibling pair
     */
    record Line(int from, int target, int up, int down, int[] upTies, int sibTie, int[] downTies,
            List<Integer> apexes, boolean half) {

        /** Chain length in steps: {@code P·Sib·C} is three. */
        int length() {
            return up == 0 ? down : down == 0 ? up : up + down - 1;
        }
    }

    /** One path upwards from a person: {@code ties[k]} joins generation k to k+1. */
    private record UpPath(int person, int gen, int[] ties) {}

    private List<UpPath> upPaths(int x, int limit) {
        List<UpPath> out = new ArrayList<>();
        out.add(new UpPath(x, 0, KinGraph.NONE));
        for (int i = 0; i < out.size(); i++) {
            UpPath p = out.get(i);
            if (p.gen >= limit) {
                continue;
            }
            for (int t : g.parentTies(p.person)) {
                int[] ties = java.util.Arrays.copyOf(p.ties, p.gen + 1);
                ties[p.gen] = t;
                out.add(new UpPath(g.tieFrom(t), p.gen + 1, ties));
            }
        }
        return out;
    }

    /** The child of the apex on an up path (the person one generation below its top). */
    private int belowTop(UpPath p) {
        return g.tieTo(p.ties[p.gen - 1]);
    }

    private static Set<Integer> persons(List<UpPath> paths) {
        Set<Integer> s = new HashSet<>();
        for (UpPath p : paths) {
            s.add(p.person);
        }
        return s;
    }

    /** Every blood relative of {@code x} within {@code maxLength} chain steps, by target. */
    Map<Integer, List<Line>> from(int x, int maxLength) {
        List<UpPath> ups = upPaths(x, Math.min(maxUp, maxLength));
        // the exclusion set does not shrink with the chain budget, so a shorter search finds a subset of the same lines
        Set<Integer> ancestors = maxLength >= maxUp ? persons(ups) : persons(upPaths(x, maxUp));
        Map<List<Integer>, Builder> groups = new LinkedHashMap<>();
        for (UpPath up : ups) {
            int a = up.gen;
            if (a == 0) {
                descend(x, -1, KinGraph.NONE, Math.min(maxLength, maxUp), ancestors, (t, down) ->
                        add(groups, x, t, 0, down.length, up.ties, -1, down, -1, firstChild(down), -1));
                continue;
            }
            int xs = belowTop(up);
            add(groups, x, up.person, a, 0, up.ties, -1, KinGraph.NONE, xs, -1, up.person);
            int budget = Math.min(maxLength - a + 1, maxUp);
            if (budget >= 1) {
                descend(up.person, xs, KinGraph.NONE, budget, ancestors, (t, down) ->
                        add(groups, x, t, a, down.length, up.ties, -1, down, xs, firstChild(down), up.person));
            }
        }
        for (UpPath up : ups) {
            int a = up.gen;
            if (a + 1 > maxUp || a + 1 > maxLength) {
                continue;
            }
            for (int st : g.siblingTies(up.person)) {
                int y = g.other(st, up.person);
                if (ancestors.contains(y) || g.shareParent(up.person, y)) {
                    continue;
                }
                add(groups, x, y, a + 1, 1, up.ties, st, KinGraph.NONE, up.person, y, -1);
                int budget = Math.min(maxLength - (a + 1), maxUp - 1);
                if (budget >= 1) {
                    descend(y, -1, KinGraph.NONE, budget, ancestors, (t, down) ->
                            add(groups, x, t, a + 1, down.length + 1, up.ties, st, down, up.person, y, -1));
                }
            }
        }
        Map<Integer, List<Line>> out = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> ancestorsOf = new HashMap<>();
        int limit = maxUp;
        for (Builder b : groups.values()) {
            if (b.target != x && (b.xs == -1 || b.xt == -1 || b.xs != b.target
                    && !ancestorsOf.computeIfAbsent(b.target, t -> ancestors(t, limit)).contains(b.xs))) {
                out.computeIfAbsent(b.target, k -> new ArrayList<>()).add(b.line());
            }
        }
        return out;
    }

    /** Every blood line between {@code x} and {@code y}, meeting the two up-walks in the middle. */
    List<Line> between(int x, int y, int maxLength) {
        if (x == y) {
            return List.of();
        }
        int limit = Math.min(maxUp, maxLength);
        List<UpPath> xs = upPaths(x, limit);
        List<UpPath> ys = upPaths(y, limit);
        Set<Integer> ancX = maxLength >= maxUp ? persons(xs) : persons(upPaths(x, maxUp));
        Set<Integer> ancY = maxLength >= maxUp ? persons(ys) : persons(upPaths(y, maxUp));
        Map<Integer, List<UpPath>> byTop = new HashMap<>();
        for (UpPath p : ys) {
            byTop.computeIfAbsent(p.person, k -> new ArrayList<>()).add(p);
        }
        Map<List<Integer>, Builder> groups = new LinkedHashMap<>();
        for (UpPath px : xs) {
            for (UpPath py : byTop.getOrDefault(px.person, List.of())) {
                int a = px.gen;
                int b = py.gen;
                if (a + b == 0 || (a > 0 && b > 0 && a + b - 1 > maxLength)) {
                    continue;
                }
                int sx = a == 0 ? -1 : belowTop(px);
                int sy = b == 0 ? -1 : belowTop(py);
                if ((sy != -1 && ancX.contains(sy)) || (sx != -1 && ancY.contains(sx))) {
                    continue;
                }
                add(groups, x, y, a, b, px.ties, -1, reversed(py.ties), sx, sy, a == 0 ? -1 : px.person);
            }
        }
        for (UpPath px : xs) {
            if (px.gen + 1 > maxUp) {
                continue;
            }
            for (int st : g.siblingTies(px.person)) {
                int s = g.other(st, px.person);
                if (ancX.contains(s) || ancY.contains(px.person) || g.shareParent(px.person, s)) {
                    continue;
                }
                for (UpPath py : byTop.getOrDefault(s, List.of())) {
                    int a = px.gen + 1;
                    int b = py.gen + 1;
                    if (a + b - 1 > maxLength || b > maxUp || (py.gen > 0 && ancX.contains(belowTop(py)))) {
                        continue;
                    }
                    add(groups, x, y, a, b, px.ties, st, reversed(py.ties), px.person, s, -1);
                }
            }
        }
        List<Line> out = new ArrayList<>();
        groups.values().forEach(b -> out.add(b.line()));
        return out;
    }

    /** The ancestors of {@code d} within {@code limit} generations (not {@code d} itself). */
    private Set<Integer> ancestors(int d, int limit) {
        Set<Integer> out = new HashSet<>();
        List<Integer> frontier = List.of(d);
        for (int gen = 0; gen < limit && !frontier.isEmpty(); gen++) {
            List<Integer> next = new ArrayList<>();
            for (int p : frontier) {
                for (int t : g.parentTies(p)) {
                    if (out.add(g.tieFrom(t))) {
                        next.add(g.tieFrom(t));
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    private static int[] reversed(int[] ties) {
        int[] r = new int[ties.length];
        for (int i = 0; i < ties.length; i++) {
            r[i] = ties[ties.length - 1 - i];
        }
        return r;
    }

    private int firstChild(int[] down) {
        return down.length == 0 ? -1 : g.tieTo(down[0]);
    }

    private interface Sink {
        void accept(int target, int[] down);
    }

    /** Walks down from {@code top} (not into {@code skip} or an ancestor of x), depth-first, up to {@code budget}. */
    private void descend(int top, int skip, int[] prefix, int budget, Set<Integer> ancestors, Sink sink) {
        if (prefix.length >= budget) {
            return;
        }
        for (int t : g.childTies(top)) {
            int c = g.tieTo(t);
            if (c == skip || (prefix.length == 0 && ancestors.contains(c))) {
                continue;
            }
            int[] down = java.util.Arrays.copyOf(prefix, prefix.length + 1);
            down[prefix.length] = t;
            sink.accept(g.tieTo(t), down);
            descend(c, -1, down, budget, ancestors, sink);
        }
    }

    private void add(Map<List<Integer>, Builder> groups, int x, int t, int up, int down, int[] upTies, int sibTie,
            int[] downTies, int xs, int xt, int apex) {
        List<Integer> key = List.of(t, up, down, xs, xt);
        Builder b = groups.get(key);
        if (b == null) {
            b = new Builder(x, t, up, down, upTies, sibTie, downTies, xs, xt);
            groups.put(key, b);
        }
        if (apex != -1 && !b.apexes.contains(apex)) {
            b.apexes.add(apex);
            // the walked ties go through one representative apex: the father before the mother, then
            // the lower index, so both search directions show the same path
            if (b.apexes.size() > 1 && before(apex, b.apexes.get(0))) {
                b.apexes.remove(Integer.valueOf(apex));
                b.apexes.add(0, apex);
                b.upTies = upTies;
                b.downTies = downTies;
            }
        }
    }

    private boolean before(int a, int b) {
        int ga = g.gender(a) == 'M' ? 0 : 1;
        int gb = g.gender(b) == 'M' ? 0 : 1;
        return ga != gb ? ga < gb : a < b;
    }

    private final class Builder {
        final int from;
        final int target;
        final int up;
        final int down;
        int[] upTies;
        final int sibTie;
        int[] downTies;
        final int xs;
        final int xt;
        final List<Integer> apexes = new ArrayList<>(2);

        Builder(int from, int target, int up, int down, int[] upTies, int sibTie, int[] downTies, int xs, int xt) {
            this.from = from;
            this.target = target;
            this.up = up;
            this.down = down;
            this.upTies = upTies;
            this.sibTie = sibTie;
            this.downTies = downTies;
            this.xs = xs;
            this.xt = xt;
        }

        Line line() {
            return new Line(from, target, up, down, upTies, sibTie, downTies, List.copyOf(apexes), half());
        }

        /** One shared parent, and each child has another known parent that the other lacks. */
        private boolean half() {
            if (apexes.size() != 1 || xs == -1 || xt == -1) {
                return false;
            }
            int apex = apexes.get(0);
            Set<Integer> otherS = otherParents(xs, apex);
            Set<Integer> otherT = otherParents(xt, apex);
            if (otherS.isEmpty() || otherT.isEmpty()) {
                return false;
            }
            otherS.retainAll(otherT);
            return otherS.isEmpty();
        }

        private Set<Integer> otherParents(int child, int apex) {
            Set<Integer> s = new HashSet<>();
            for (int t : g.parentTies(child)) {
                if (g.tieFrom(t) != apex) {
                    s.add(g.tieFrom(t));
                }
            }
            return s;
        }
    }
}
