package org.favornet.kinship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Bounded search for relations over the kin index: blood segments (lowest common ancestors,
 * {@link CommonAncestors}) joined by at most {@code maxSpouseLinks} marriages, at most
 * {@code maxSteps} canonical steps long ({@code P·Sib·C·Sp} is four).
 *
 * <p>{@link #between} is bidirectional: the blood relatives of each end (and their spouses) are
 * enumerated from both sides and met in a hash map, so a relation with one marriage costs two
 * bounded enumerations, and one with two marriages ({@code Sp·Sib·Sp}) one more enumeration per
 * spouse met on the subject's side. {@link #from} enumerates forward and is pruned by the chain
 * prefixes a scope can still accept. Both apply the same rules, so {@code from(s)} restricted to
 * {@code t} equals {@code between(s, t)} (the tests use one as the other's oracle).
 *
 * <p>Degenerate walks are dropped: a walk never returns to the subject or repeats a person, a
 * spouse is not followed into a child of the couple ({@code Sp·C} that is one's own child), and a
 * parent's spouse who is one's other parent is not a step-parent.
 */
final class KinshipSearch {

    private final KinGraph g;
    private final CommonAncestors blood;
    private final int maxSteps;
    private final int maxSpouseLinks;

    KinshipSearch(KinGraph g, int maxUp, int maxSteps, int maxSpouseLinks) {
        this.g = g;
        this.blood = new CommonAncestors(g, maxUp);
        this.maxSteps = maxSteps;
        this.maxSpouseLinks = maxSpouseLinks;
    }

    KinGraph graph() {
        return g;
    }

    /** Every relation of {@code t} to {@code s} within the bounds, closest first. */
    List<KinWalk> between(int s, int t) {
        Map<String, KinWalk> out = new LinkedHashMap<>();
        if (s == t) {
            return List.of();
        }
        for (CommonAncestors.Line l : blood.between(s, t, maxSteps)) {
            emit(out, s, List.of(KinWalk.Segment.blood(l)), w -> true);
        }
        if (maxSpouseLinks == 0) {
            return sorted(out);
        }
        // Anchors on each side: the person itself (no segment) or one blood line to a relative.
        Map<Integer, List<CommonAncestors.Line>> fromS = blood.from(s, maxSteps - 1);
        Map<Integer, List<CommonAncestors.Line>> fromT = blood.from(t, maxSteps - 1);
        List<Anchor> sideS = anchors(s, fromS);
        // T side, keyed by the anchor person, lines reversed so they run towards t.
        Map<Integer, List<Anchor>> sideT = new HashMap<>();
        for (Anchor a : anchors(t, fromT)) {
            sideT.computeIfAbsent(a.person, k -> new ArrayList<>()).add(a);
        }
        for (Anchor a : sideS) {
            for (int st : g.spouseTies(a.person)) {
                int w = g.other(st, a.person);
                for (Anchor b : sideT.getOrDefault(w, List.of())) {
                    if (a.length + 1 + b.length <= maxSteps) {
                        emit(out, s, join(a, st, null, -1, b), w2 -> true);
                    }
                }
            }
        }
        if (maxSpouseLinks >= 2) {
            // The T side's spouses: u is married to v, v is t or a blood relative of t.
            Map<Integer, List<int[]>> spousesT = new HashMap<>();
            for (List<Anchor> list : sideT.values()) {
                for (int i = 0; i < list.size(); i++) {
                    Anchor b = list.get(i);
                    for (int st : g.spouseTies(b.person)) {
                        spousesT.computeIfAbsent(g.other(st, b.person), k -> new ArrayList<>())
                                .add(new int[] {b.person, i, st});
                    }
                }
            }
            // Each spouse w met on the s side is enumerated once, as far as its closest anchor allows.
            Map<Integer, List<int[]>> spousesS = new LinkedHashMap<>();
            for (int i = 0; i < sideS.size(); i++) {
                Anchor a = sideS.get(i);
                for (int st : g.spouseTies(a.person)) {
                    int w = g.other(st, a.person);
                    if (w != s && maxSteps - a.length - 2 >= 1) {
                        spousesS.computeIfAbsent(w, k -> new ArrayList<>()).add(new int[] {i, st});
                    }
                }
            }
            // Enumerate the middle blood segment from the side with fewer spouses; the other side is a hash lookup.
            boolean enumerateS = spousesS.size() <= spousesT.size();
            Map<Integer, List<int[]>> near = enumerateS ? spousesS : spousesT;
            Map<Integer, List<int[]>> far = enumerateS ? spousesT : spousesS;
            for (Map.Entry<Integer, List<int[]>> ws : near.entrySet()) {
                int shortest = ws.getValue().stream()
                        .mapToInt(h -> enumerateS ? sideS.get(h[0]).length : sideT.get(h[0]).get(h[1]).length).min().orElse(0);
                Map<Integer, List<CommonAncestors.Line>> mids = blood.from(ws.getKey(), maxSteps - shortest - 2);
                for (Map.Entry<Integer, List<CommonAncestors.Line>> e : mids.entrySet()) {
                    List<int[]> hits = far.get(e.getKey());
                    if (hits == null) {
                        continue;
                    }
                    for (int[] nearHit : ws.getValue()) {
                        for (int[] farHit : hits) {
                            int[] sHit = enumerateS ? nearHit : farHit;
                            int[] tHit = enumerateS ? farHit : nearHit;
                            Anchor a = sideS.get(sHit[0]);
                            Anchor b = sideT.get(tHit[0]).get(tHit[1]);
                            for (CommonAncestors.Line line : e.getValue()) {
                                CommonAncestors.Line mid = enumerateS ? line : reverse(line);
                                if (a.length + 2 + mid.length() + b.length <= maxSteps) {
                                    emit(out, s, join(a, sHit[1], mid, tHit[2], b), w2 -> true);
                                }
                            }
                        }
                    }
                }
            }
        }
        return sorted(out);
    }

    /** Limits a scope puts on the search: which chain prefixes can still match, how long the next blood segment may be. */
    interface Pruning {
        boolean viable(String prefix);

        int segmentLimit(String prefix, int unbounded);

        Pruning NONE = new Pruning() {
            @Override
            public boolean viable(String prefix) {
                return true;
            }

            @Override
            public int segmentLimit(String prefix, int unbounded) {
                return unbounded;
            }
        };

        static Pruning of(RelationScope scope) {
            return new Pruning() {
                @Override
                public boolean viable(String prefix) {
                    return scope.viablePrefix(prefix);
                }

                @Override
                public int segmentLimit(String prefix, int unbounded) {
                    return scope.segmentLimit(prefix, unbounded);
                }
            };
        }
    }

    /** Every relative of {@code s} whose walk passes {@code accept}, the search pruned by the scope's chains. */
    List<KinWalk> from(int s, Pruning pruning, Predicate<KinWalk> accept) {
        Map<String, KinWalk> out = new LinkedHashMap<>();
        expand(out, s, s, new ArrayList<>(), "", 0, 0, pruning, accept);
        return sorted(out);
    }

    private void expand(Map<String, KinWalk> out, int s, int at, List<KinWalk.Segment> segs, String chain, int len,
            int sp, Pruning pruning, Predicate<KinWalk> accept) {
        int limit = Math.min(maxSteps - len, pruning.segmentLimit(chain, maxSteps));
        if (limit > 0) {
            for (List<CommonAncestors.Line> lines : blood.from(at, limit).values()) {
                for (CommonAncestors.Line l : lines) {
                    List<KinWalk.Segment> next = new ArrayList<>(segs);
                    next.add(KinWalk.Segment.blood(l));
                    KinWalk w = emit(out, s, next, accept);
                    if (w != null && sp < maxSpouseLinks && len + l.length() < maxSteps && pruning.viable(w.chain + "·Sp")) {
                        spouses(out, s, l.target(), next, w.chain, len + l.length(), sp, pruning, accept);
                    }
                }
            }
        }
        if (segs.isEmpty() && sp < maxSpouseLinks && pruning.viable("Sp")) {
            spouses(out, s, at, segs, chain, len, sp, pruning, accept);
        }
    }

    private void spouses(Map<String, KinWalk> out, int s, int at, List<KinWalk.Segment> segs, String chain, int len,
            int sp, Pruning pruning, Predicate<KinWalk> accept) {
        for (int st : g.spouseTies(at)) {
            List<KinWalk.Segment> next = new ArrayList<>(segs);
            next.add(KinWalk.Segment.spouse(st));
            KinWalk w = emit(out, s, next, accept);
            if (w != null && len + 1 < maxSteps) {
                expand(out, s, w.to, next, w.chain, len + 1, sp + 1, pruning, accept);
            }
        }
    }

    /** Adds the walk when it is well formed; returns it (even if not accepted) so the search goes on, else null. */
    private KinWalk emit(Map<String, KinWalk> out, int s, List<KinWalk.Segment> segs, Predicate<KinWalk> accept) {
        if (!wellFormed(s, segs)) {
            return null;
        }
        KinWalk w = new KinWalk(g, s, segs);
        if (w.length() <= maxSteps && accept.test(w)) {
            out.putIfAbsent(w.key(), w);
        }
        return w;
    }

    private boolean wellFormed(int s, List<KinWalk.Segment> segs) {
        int at = s;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        seen.add(s);
        int before = -1;
        KinWalk.Segment prev = null;
        for (KinWalk.Segment seg : segs) {
            int next;
            if (seg.line() == null) {
                next = g.other(seg.spouseTie(), at);
                if (prev != null && prev.line() != null && prev.line().down() == 0 && prev.line().up() > 0) {
                    // parent's spouse who is also the parent of the one below: a parent, not a step-parent
                    int[] upT = prev.line().upTies();
                    int below = g.tieTo(upT[upT.length - 1]);
                    if (isParent(next, below)) {
                        return false;
                    }
                }
            } else {
                CommonAncestors.Line l = seg.line();
                if (l.from() != at) {
                    return false;
                }
                if (prev != null && prev.line() == null && l.up() == 0 && before != -1) {
                    // a spouse's child who is also the child of the one before: the couple's own child
                    int child = g.tieTo(l.downTies()[0]);
                    if (isParent(before, child)) {
                        return false;
                    }
                }
                next = l.target();
            }
            if (!seen.add(next)) {
                return false;
            }
            before = at;
            at = next;
            prev = seg;
        }
        return true;
    }

    private boolean isParent(int parent, int child) {
        for (int t : g.parentTies(child)) {
            if (g.tieFrom(t) == parent) {
                return true;
            }
        }
        return false;
    }

    /** A person reached from one end by at most one blood line (none: the end itself). */
    private record Anchor(int person, CommonAncestors.Line line, int length) {}

    private List<Anchor> anchors(int end, Map<Integer, List<CommonAncestors.Line>> lines) {
        List<Anchor> out = new ArrayList<>();
        out.add(new Anchor(end, null, 0));
        lines.forEach((p, ls) -> ls.forEach(l -> out.add(new Anchor(p, l, l.length()))));
        return out;
    }

    /** s-side anchor, spouse tie, optional middle line and second spouse tie, then the t-side anchor reversed. */
    private List<KinWalk.Segment> join(Anchor a, int spouse1, CommonAncestors.Line mid, int spouse2, Anchor b) {
        List<KinWalk.Segment> segs = new ArrayList<>();
        if (a.line != null) {
            segs.add(KinWalk.Segment.blood(a.line));
        }
        segs.add(KinWalk.Segment.spouse(spouse1));
        if (spouse2 != -1) {
            if (mid != null) {
                segs.add(KinWalk.Segment.blood(mid));
            }
            segs.add(KinWalk.Segment.spouse(spouse2));
        }
        if (b.line != null) {
            segs.add(KinWalk.Segment.blood(reverse(b.line)));
        }
        return segs;
    }

    private static CommonAncestors.Line reverse(CommonAncestors.Line l) {
        return new CommonAncestors.Line(l.target(), l.from(), l.down(), l.up(), reversed(l.downTies()), l.sibTie(),
                reversed(l.upTies()), l.apexes(), l.half());
    }

    private static int[] reversed(int[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    /** Closest first: fewer steps, the spouse first, blood before in-law, then civil-law degree and chain text. */
    private static List<KinWalk> sorted(Map<String, KinWalk> out) {
        List<KinWalk> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingInt(KinWalk::length)
                .thenComparingInt((KinWalk w) -> w.chain.equals("Sp") ? 0 : w.blood() ? 1 : 2)
                .thenComparingInt(w -> w.degree)
                .thenComparing(w -> w.chain)
                .thenComparingInt(w -> w.to));
        return list;
    }
}
