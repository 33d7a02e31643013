package org.favornet.projection;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT {@link Graph} over a {@link PersonGraph}, restricted to some tie kinds
 * (like {@code MaskSubgraph}, without its per-call predicate boxing): vertices are person
 * indices, edges are tie indices. Undirected, with parallel edges (two persons can be kin and
 * share an address). Sets are views over the arrays, so no copy is made; mutators throw.
 */
final class TieGraph extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder().undirected().allowMultipleEdges(true)
            .allowSelfLoops(false).weighted(true).modifiable(false).build();

    private final PersonGraph g;
    private final int mask;
    private final double[] weights;

    TieGraph(PersonGraph g, int mask, double[] weights) {
        this.g = g;
        this.mask = mask;
        this.weights = weights;
    }

    private boolean inMask(int edge) {
        return edge >= 0 && edge < g.tieCount() && (g.kind(edge).bit() & mask) != 0;
    }

    @Override
    public Set<Integer> getAllEdges(Integer u, Integer v) {
        if (!containsVertex(u) || !containsVertex(v)) {
            return null;
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (int s = g.firstSlot(u), end = g.endSlot(u); s < end; s++) {
            if (g.slotTarget(s) == v && (g.slotKindBit(s) & mask) != 0) {
                out.add(g.slotEdge(s));
            }
        }
        return out;
    }

    @Override
    public Integer getEdge(Integer u, Integer v) {
        if (!containsVertex(u) || !containsVertex(v)) {
            return null;
        }
        for (int s = g.firstSlot(u), end = g.endSlot(u); s < end; s++) {
            if (g.slotTarget(s) == v && (g.slotKindBit(s) & mask) != 0) {
                return g.slotEdge(s);
            }
        }
        return null;
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer u, Integer v) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer u, Integer v, Integer e) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer e) {
        return e != null && inMask(e);
    }

    @Override
    public boolean containsVertex(Integer v) {
        return v != null && v >= 0 && v < g.personCount();
    }

    @Override
    public Set<Integer> edgeSet() {
        int size = g.tieCount(mask);
        return new AbstractSet<>() {
            @Override
            public Iterator<Integer> iterator() {
                return new Iterator<>() {
                    int next = advance(0);

                    private int advance(int from) {
                        while (from < g.tieCount() && !inMask(from)) {
                            from++;
                        }
                        return from;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < g.tieCount();
                    }

                    @Override
                    public Integer next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int e = next;
                        next = advance(e + 1);
                        return e;
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Integer e && inMask(e);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public int degreeOf(Integer v) {
        assertVertexExist(v);
        int d = 0;
        for (int s = g.firstSlot(v), end = g.endSlot(v); s < end; s++) {
            if ((g.slotKindBit(s) & mask) != 0) {
                d++;
            }
        }
        return d;
    }

    @Override
    public Set<Integer> edgesOf(Integer v) {
        assertVertexExist(v);
        int vertex = v;
        int size = degreeOf(v);
        return new AbstractSet<>() {
            @Override
            public Iterator<Integer> iterator() {
                return new Iterator<>() {
                    int slot = advance(g.firstSlot(vertex));

                    private int advance(int from) {
                        int end = g.endSlot(vertex);
                        while (from < end && (g.slotKindBit(from) & mask) == 0) {
                            from++;
                        }
                        return from;
                    }

                    @Override
                    public boolean hasNext() {
                        return slot < g.endSlot(vertex);
                    }

                    @Override
                    public Integer next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int e = g.slotEdge(slot);
                        slot = advance(slot + 1);
                        return e;
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Integer e && inMask(e) && (g.source(e) == vertex || g.target(e) == vertex);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public int inDegreeOf(Integer v) {
        return degreeOf(v);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer v) {
        return edgesOf(v);
    }

    @Override
    public int outDegreeOf(Integer v) {
        return degreeOf(v);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer v) {
        return edgesOf(v);
    }

    @Override
    public Integer removeEdge(Integer u, Integer v) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public Set<Integer> vertexSet() {
        int n = g.personCount();
        return new AbstractSet<>() {
            @Override
            public Iterator<Integer> iterator() {
                return new Iterator<>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                        return next < n;
                    }

                    @Override
                    public Integer next() {
                        if (next >= n) {
                            throw new NoSuchElementException();
                        }
                        return next++;
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Integer v && v >= 0 && v < n;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        return g.source(e);
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        return g.target(e);
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        return weights == null ? Graph.DEFAULT_EDGE_WEIGHT : weights[g.kind(e).ordinal()];
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("A projection view is read-only");
    }
}
