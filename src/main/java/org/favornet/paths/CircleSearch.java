package org.favornet.paths;

import java.util.Arrays;
import org.favornet.projection.PersonGraph;

/**
 * Everyone within {@code h} ties of a centre, each with the path that reached him: fewest ties
 * first, and among paths of equal length the lightest (breadth-first search level by level,
 * relaxing weights only between consecutive levels). {@code O(n + m)} for the ball searched (its
 * per-person marks come from {@link SearchScratch}, so nothing of the projection's size is touched);
 * stops adding members at {@code maxMembers} (nearest first) and marks the circle truncated.
 */
final class CircleSearch {

    /**
     * Members in discovery order (centre first), with hop distance, path weight, the tie they were
     * reached by and the place in these arrays of the member it was reached from (-1 for the centre).
     */
    record Circle(int[] members, int[] hops, double[] weight, int[] parentEdge, int[] parent, boolean truncated) {

        /** The path from the centre to {@code members[i]}. */
        IndexPath pathTo(int i) {
            int n = hops[i];
            int[] vertices = new int[n + 1];
            int[] edges = new int[n];
            int at = i;
            for (int step = n; step > 0; step--) {
                vertices[step] = members[at];
                edges[step - 1] = parentEdge[at];
                at = parent[at];
            }
            vertices[0] = members[at];
            return new IndexPath(vertices, edges, weight[i]);
        }
    }

    private final PersonGraph g;
    private final int mask;
    private final double[] weightByKind;
    private final Deadline deadline;

    CircleSearch(PersonGraph g, int kindMask, double[] weightByKind, Deadline deadline) {
        this.g = g;
        this.mask = kindMask;
        this.weightByKind = weightByKind;
        this.deadline = deadline;
    }

    Circle around(int centre, int maxHops, int maxMembers) {
        try (SearchScratch scratch = SearchScratch.borrow()) {
            return around(centre, maxHops, maxMembers, scratch.first);
        }
    }

    /** {@code position} marks each reached person with his place in the member arrays. */
    private Circle around(int centre, int maxHops, int maxMembers, VertexMarks position) {
        position.reset(g.personCount());
        int[] members = new int[64];
        int[] hops = new int[64];
        double[] weight = new double[64];
        int[] parentEdge = new int[64];
        int[] parent = new int[64];
        members[0] = centre;
        parentEdge[0] = -1;
        parent[0] = -1;
        position.set(centre, 0);
        int size = 1;
        boolean truncated = false;
        int levelStart = 0;
        for (int d = 0; d < maxHops && levelStart < size; d++) {
            deadline.check();
            int levelEnd = size;
            for (int i = levelStart; i < levelEnd; i++) {
                int u = members[i];
                for (int slot = g.firstSlot(u), end = g.endSlot(u); slot < end; slot++) {
                    deadline.tick();
                    if ((g.slotKindBit(slot) & mask) == 0) {
                        continue;
                    }
                    int w = g.slotTarget(slot);
                    int e = g.slotEdge(slot);
                    double through = weight[i] + weightByKind[g.kind(e).ordinal()];
                    int at = position.get(w, -1);
                    if (at < 0) {
                        if (size == maxMembers) {
                            truncated = true;
                            continue;
                        }
                        if (size == members.length) {
                            int grow = size * 2;
                            members = Arrays.copyOf(members, grow);
                            hops = Arrays.copyOf(hops, grow);
                            weight = Arrays.copyOf(weight, grow);
                            parentEdge = Arrays.copyOf(parentEdge, grow);
                            parent = Arrays.copyOf(parent, grow);
                        }
                        members[size] = w;
                        hops[size] = d + 1;
                        weight[size] = through;
                        parentEdge[size] = e;
                        parent[size] = i;
                        position.set(w, size++);
                    } else if (hops[at] == d + 1 && through < weight[at]) {
                        weight[at] = through;
                        parentEdge[at] = e;
                        parent[at] = i;
                    }
                }
            }
            levelStart = levelEnd;
        }
        return new Circle(Arrays.copyOf(members, size), Arrays.copyOf(hops, size), Arrays.copyOf(weight, size),
                Arrays.copyOf(parentEdge, size), Arrays.copyOf(parent, size), truncated);
    }
}
