package org.favornet.paths;

import java.util.Arrays;

/**
 * One int per person, valid for one search only and forgotten in {@code O(1)}: every slot carries
 * the generation that wrote it (high 32 bits of a {@code long}, so value and stamp are one memory
 * read), and {@link #reset} starts a new generation. A search therefore costs in proportion to the
 * persons it touches, not to the size of the projection. Not thread-safe: a search borrows it
 * through {@link SearchScratch}.
 */
final class VertexMarks {

    private long[] slots = new long[0];
    /** Generation of the current search; 0 is what a fresh array holds, so it is never current. */
    private int generation;

    /** Forgets every mark and makes room for {@code persons} persons. */
    void reset(int persons) {
        if (slots.length < persons) {
            slots = new long[persons];
            generation = 0;
        }
        if (++generation == 0) { // wrapped after 2^32 searches: old stamps could look current again
            Arrays.fill(slots, 0);
            generation = 1;
        }
    }

    boolean has(int v) {
        return (int) (slots[v] >>> 32) == generation;
    }

    /** The value marked on {@code v} in this generation, or {@code missing}. */
    int get(int v, int missing) {
        long s = slots[v];
        return (int) (s >>> 32) == generation ? (int) s : missing;
    }

    void set(int v, int value) {
        slots[v] = (long) generation << 32 | (value & 0xFFFF_FFFFL);
    }

    /** Persons the arrays have room for (for tests). */
    int capacity() {
        return slots.length;
    }
}
