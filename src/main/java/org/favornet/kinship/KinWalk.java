package org.favornet.kinship;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A relation before it is named: blood segments ({@link CommonAncestors.Line}) joined by spouse
 * ties, and the canonical steps ({@code P}, {@code C}, {@code Sib}, {@code Sp}) with the person
 * reached by each, which is what naming needs (the sex of each, their relative ages).
 */
final class KinWalk {

    /** A canonical step and the person it reaches. */
    record Step(String symbol, int person) {}

    /** A segment: a blood line, or a spouse tie ({@code line == null}). */
    record Segment(CommonAncestors.Line line, int spouseTie) {

        static Segment blood(CommonAncestors.Line line) {
            return new Segment(line, -1);
        }

        static Segment spouse(int tie) {
            return new Segment(null, tie);
        }

        int length() {
            return line == null ? 1 : line.length();
        }
    }

    final int from;
    final int to;
    final List<Segment> segments;
    final List<Step> steps = new ArrayList<>();
    /** Ties walked, each {@code {row, walkedFromPerson, stepChar}}. */
    final List<int[]> ties = new ArrayList<>();
    final Set<String> qualifiers = new LinkedHashSet<>();
    final String chain;
    final int up;
    final int down;
    final int degree;

    KinWalk(KinGraph g, int from, List<Segment> segments) {
        this.from = from;
        this.segments = List.copyOf(segments);
        int at = from;
        int ups = 0;
        int downs = 0;
        int deg = 0;
        for (Segment s : segments) {
            if (s.line == null) {
                int w = g.other(s.spouseTie, at);
                ties.add(new int[] {s.spouseTie, at, 'S'});
                steps.add(new Step("Sp", w));
                at = w;
                continue;
            }
            CommonAncestors.Line l = s.line;
            deg += l.up() + l.down();
            ups += l.up();
            downs += l.down();
            if (l.half()) {
                qualifiers.add("HALF");
            }
            boolean sibRoute = l.sibTie() != -1;
            int[] upT = l.upTies();
            int[] downT = l.downTies();
            for (int i = 0; i < upT.length; i++) {
                ties.add(new int[] {upT[i], g.tieTo(upT[i]), 'P'});
                boolean last = i == upT.length - 1;
                if (!sibRoute && last && downT.length > 0) {
                    continue;
                }
                steps.add(new Step("P", g.tieFrom(upT[i])));
            }
            at = upT.length == 0 ? at : g.tieFrom(upT[upT.length - 1]);
            if (sibRoute) {
                int y = g.other(l.sibTie(), at);
                ties.add(new int[] {l.sibTie(), at, 'B'});
                steps.add(new Step("Sib", y));
                at = y;
            }
            for (int i = 0; i < downT.length; i++) {
                ties.add(new int[] {downT[i], g.tieFrom(downT[i]), 'C'});
                if (!sibRoute && i == 0 && upT.length > 0) {
                    steps.add(new Step("Sib", g.tieTo(downT[i])));
                } else {
                    steps.add(new Step("C", g.tieTo(downT[i])));
                }
            }
            at = l.target();
        }
        this.to = at;
        for (int[] t : ties) {
            if (g.tieType(t[0]) == KinGraph.PARENT) {
                String kind = g.tieKind(t[0]);
                if ("ADOPTIVE".equals(kind) || "STEP".equals(kind)) {
                    qualifiers.add(kind);
                }
            }
            if ("INFERRED".equals(g.tieBasis(t[0]))) {
                qualifiers.add("INFERRED");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (!sb.isEmpty()) {
                sb.append('·');
            }
            sb.append(s.symbol());
        }
        this.chain = sb.toString();
        this.up = ups;
        this.down = downs;
        this.degree = deg;
    }

    boolean blood() {
        return segments.size() == 1 && segments.get(0).line != null;
    }

    int length() {
        return steps.size();
    }

    /** Identity for de-duplication: chain, target and the rows walked. */
    String key() {
        StringBuilder sb = new StringBuilder(chain).append('|').append(to);
        for (int[] t : ties) {
            sb.append(',').append(t[0]);
        }
        return sb.toString();
    }
}
