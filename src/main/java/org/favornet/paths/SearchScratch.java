package org.favornet.paths;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-person working memory of one path or circle search (three {@link VertexMarks}, 24 bytes
 * per person), borrowed from a small pool and given back when the search ends, so a query neither
 * allocates nor clears arrays of the projection's size.
 *
 * <p>A bounded pool rather than a {@code ThreadLocal}: Tomcat keeps up to 200 request threads, and
 * at a million persons one set is 24 MB, so per-thread sets could pin gigabytes. The pool keeps at
 * most one idle set per core (at least two); a query finding none allocates its own, as every query
 * did before, and it is dropped rather than pooled when the pool is full.
 */
final class SearchScratch implements AutoCloseable {

    static final int POOLED = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ConcurrentLinkedQueue<SearchScratch> IDLE = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

    final VertexMarks first = new VertexMarks();
    final VertexMarks second = new VertexMarks();
    final VertexMarks third = new VertexMarks();

    private SearchScratch() {}

    /** A set for one search; close it (try-with-resources) when the search is over, thrown out or not. */
    static SearchScratch borrow() {
        SearchScratch s = IDLE.poll();
        if (s == null) {
            return new SearchScratch();
        }
        IDLE_COUNT.decrementAndGet();
        return s;
    }

    @Override
    public void close() {
        if (IDLE_COUNT.incrementAndGet() <= POOLED) {
            IDLE.offer(this);
        } else {
            IDLE_COUNT.decrementAndGet();
        }
    }
}
