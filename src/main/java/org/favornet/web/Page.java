package org.favornet.web;

import java.util.List;

/**
 * The one shape of a list answer: {@code {"items", "total", "page", "size"}}, pages counted from 0,
 * {@code total} the number of items over all pages.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** The largest page any list endpoint hands out. */
    public static final int MAX_SIZE = 500;

    /** One page cut from a whole list; page and size checked (400 when out of range). */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        check(page, size);
        long from = (long) page * size;
        List<T> items = from >= all.size() ? List.of()
                : List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
        return new Page<>(items, all.size(), page, size);
    }

    /** 400 unless page is 0 or more and size between 1 and {@link #MAX_SIZE}. */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ApiProblem.badRequest("page must be 0 or more and size between 1 and " + MAX_SIZE + ".");
        }
    }
}
