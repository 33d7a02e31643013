package org.favornet.paths;

import java.util.Arrays;
import java.util.List;
import org.favornet.projection.PersonGraph;

/**
 * The spur search of {@link HopBoundedPaths#kShortest}: a hop-bounded A* from a spur person to the
 * target, reusing its arrays across spur searches. The heuristic is the lightest tie weight times
 * the hop distance to the target ({@link HopDistances#ball}); a label is pruned when its hops plus
 * that distance exceed the budget, and dominated when its person was already settled with no more
 * hops.
 */
final class SpurSearch {
    private final HopBoundedPaths paths;
    private final PersonGraph g;
    private final int mask;
    private final Deadline deadline;
    private final double lightest;
    private final VertexMarks toTarget;
    private final int target;
    private final VertexMarks settledHops;
    private final VertexMarks blocked;
    /** Persons up to this many hops from the target are marked with their distance; the rest lie further. */
    private final int radius;
    private int[] labelVertex = new int[256];
    private int[] labelHops = new int[256];
    private int[] labelParent = new int[256];
    private int[] labelEdge = new int[256];
    private double[] labelWeight = new double[256];
    /** Weight plus the heuristic's lower bound: the A* priority, fixed when the label is made. */
    private double[] labelPriority = new double[256];
    private int labels;
    /** The open labels as a binary min-heap of label indexes (no boxing, priority precomputed). */
    private int[] heap = new int[256];
    private int heapSize;

    SpurSearch(HopBoundedPaths paths, SearchScratch scratch, int target, int radius) {
        this.paths = paths;
        this.g = paths.graph();
        this.mask = paths.mask();
        this.deadline = paths.deadline();
        this.lightest = paths.lightest();
        this.toTarget = scratch.first;
        this.target = target;
        this.radius = radius;
        this.settledHops = scratch.second;
        this.blocked = scratch.third;
    }

    /** The hop distance to the target, or a lower bound on it beyond the marked ball. */
    private int toTarget(int v) {
        return toTarget.get(v, radius == HopDistances.FAR ? HopDistances.FAR : radius + 1);
    }

    /**
     * The lightest path from {@code spur} to the target within {@code budget} hops, avoiding the
     * root's persons and the banned first steps; returned prefixed by the root.
     */
    IndexPath run(int spur, int budget, List<Integer> banned, int[] rootVertices, double rootWeight,
            int[] rootEdges) {
        deadline.check();
        settledHops.reset(g.personCount());
        blocked.reset(g.personCount());
        labels = 0;
        for (int i = 0; i < rootVertices.length - 1; i++) {
            blocked.set(rootVertices[i], 1);
        }
        if (toTarget(spur) > budget) {
            return null;
        }
        heapSize = 0;
        push(label(spur, 0, 0, -1, -1));
        while (heapSize > 0) {
            deadline.tick();
            int l = pop();
            int v = labelVertex[l];
            int h = labelHops[l];
            if (settledHops.get(v, Integer.MAX_VALUE) <= h) {
                continue; // dominated: settled before with no more weight and no more hops
            }
            settledHops.set(v, h);
            if (v == target) {
                return path(l, rootVertices, rootEdges, rootWeight);
            }
            for (int slot = g.firstSlot(v), end = g.endSlot(v); slot < end; slot++) {
                deadline.tick();
                if ((g.slotKindBit(slot) & mask) == 0) {
                    continue;
                }
                int w = g.slotTarget(slot);
                if (blocked.has(w) || w == spur || h + 1 + toTarget(w) > budget
                        || (v == spur && banned.contains(w))
                        || settledHops.get(w, Integer.MAX_VALUE) <= h + 1) {
                    continue;
                }
                int e = g.slotEdge(slot);
                push(label(w, h + 1, labelWeight[l] + paths.weight(e), l, e));
            }
        }
        return null;
    }

    private int label(int v, int hops, double weight, int parent, int edge) {
        if (labels == labelVertex.length) {
            int n = labels * 2;
            labelVertex = Arrays.copyOf(labelVertex, n);
            labelHops = Arrays.copyOf(labelHops, n);
            labelParent = Arrays.copyOf(labelParent, n);
            labelEdge = Arrays.copyOf(labelEdge, n);
            labelWeight = Arrays.copyOf(labelWeight, n);
            labelPriority = Arrays.copyOf(labelPriority, n);
        }
        labelVertex[labels] = v;
        labelHops[labels] = hops;
        labelWeight[labels] = weight;
        labelParent[labels] = parent;
        labelEdge[labels] = edge;
        labelPriority[labels] = weight + lightest * toTarget(v);
        return labels++;
    }

    /** Label order: priority, then fewer hops, then the lower person index (deterministic). */
    private boolean before(int a, int b) {
        int c = Double.compare(labelPriority[a], labelPriority[b]);
        if (c != 0) {
            return c < 0;
        }
        c = Integer.compare(labelHops[a], labelHops[b]);
        return c != 0 ? c < 0 : labelVertex[a] < labelVertex[b];
    }

    private void push(int l) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(l, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = l;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], last)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return top;
    }

    private IndexPath path(int last, int[] rootVertices, int[] rootEdges, double rootWeight) {
        int spurHops = labelHops[last];
        int root = rootEdges.length;
        int[] vertices = Arrays.copyOf(rootVertices, root + spurHops + 1);
        int[] edges = Arrays.copyOf(rootEdges, root + spurHops);
        for (int l = last; labelParent[l] >= 0; l = labelParent[l]) {
            vertices[root + labelHops[l]] = labelVertex[l];
            edges[root + labelHops[l] - 1] = labelEdge[l];
        }
        return new IndexPath(vertices, edges, rootWeight + labelWeight[last]);
    }
}
