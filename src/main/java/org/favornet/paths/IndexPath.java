package org.favornet.paths;

import java.util.Arrays;

/**
 * A simple path over projection indices: {@code vertices[0]} to {@code vertices[hops]}, joined by
 * {@code edges[i]} between {@code vertices[i]} and {@code vertices[i+1]}.
 */
public record IndexPath(int[] vertices, int[] edges, double weight) {

    int hops() {
        return edges.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexPath p && Arrays.equals(vertices, p.vertices) && Arrays.equals(edges, p.edges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(vertices) * 31 + Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return Arrays.toString(vertices) + " w=" + weight;
    }
}
