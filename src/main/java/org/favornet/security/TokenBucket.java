package org.favornet.security;

import java.util.function.LongSupplier;

/**
 * A token bucket (Turner 1986; the shaping in RFC 2697/2698): {@code capacity} tokens, refilled
 * continuously at {@code perSecond}; each request takes one. O(1) per request, thread-safe.
 */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    TokenBucket(double perSecond, int capacity, LongSupplier nanoClock) {
        this.perNano = perSecond / 1e9;
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.last = nanoClock.getAsLong();
    }

    /** Takes a token; returns 0 when granted, else the nanoseconds until one will be there. */
    synchronized long take() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Looks without taking: 0 when a token is there, else the nanoseconds until one will be. */
    synchronized long waitForOne() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Takes a token whether or not one is there (down to one request's debt at most). */
    synchronized void charge() {
        refill();
        tokens = Math.max(-1, tokens - 1);
    }

    /** Full again: nothing remembered that an idle bucket would not have. */
    synchronized boolean full() {
        refill();
        return tokens >= capacity;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }
}
