package org.favornet.paths;

import java.time.Duration;

/**
 * A query's time budget, checked from inside search loops: {@link #tick()} reads the clock every
 * 1024 calls, so checking costs almost nothing and no search runs past its budget by more than a
 * few microseconds of work.
 */
public final class Deadline {

    private final long endNanos;
    private final Duration budget;
    private int ticks;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    public static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    static Deadline none() {
        return new Deadline(Duration.ofDays(365));
    }

    void tick() {
        if ((++ticks & 1023) == 0) {
            check();
        }
    }

    void check() {
        if (System.nanoTime() - endNanos >= 0) {
            throw new Exceeded(budget);
        }
    }

    /** The query ran out of time; the API answers 503. */
    static final class Exceeded extends RuntimeException {
        private final long budgetMs;

        Exceeded(Duration budget) {
            super("The query ran past its time budget of " + budget.toMillis()
                    + " ms; ask for fewer hops, fewer paths or fewer tie kinds.");
            this.budgetMs = budget.toMillis();
        }

        long budgetMs() {
            return budgetMs;
        }
    }
}
