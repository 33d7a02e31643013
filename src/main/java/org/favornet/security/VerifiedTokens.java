package org.favornet.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Users already found by a token hash, so a request with a known token does not pay a database
 * round trip (the lookup was a third of a small request's time). Bounded ({@code size} entries,
 * oldest out first) and each entry kept at most {@code ttl}. Only hits are kept: an unknown token
 * always reaches the database, so guessing cannot fill the cache.
 *
 * <p>Every change to any user {@linkplain #invalidate() empties it}, after the change is committed.
 * A lookup that read the database before that moment must not put its (possibly stale) answer back
 * afterwards: each lookup notes the epoch it started in and stores only if no invalidation came
 * since. The ttl bounds how long a change made outside this process (another client of the database)
 * goes unnoticed.
 */
final class VerifiedTokens {

    private record Entry(AppUser user, long expiresAt) {}

    private final int size;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Entry> entries;
    private long epoch;

    VerifiedTokens(int size, Duration ttl, LongSupplier nanoClock) {
        this.size = size;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedTokens.this.size;
            }
        };
    }

    /** The user holding the token with this hash, from the cache or else from {@code lookup}. */
    Optional<AppUser> find(String tokenHash, Function<String, Optional<AppUser>> lookup) {
        long startedIn;
        synchronized (this) {
            Entry e = entries.get(tokenHash);
            if (e != null) {
                if (nanoClock.getAsLong() - e.expiresAt() < 0) {
                    return Optional.of(e.user());
                }
                entries.remove(tokenHash);
            }
            startedIn = epoch;
        }
        Optional<AppUser> found = lookup.apply(tokenHash);
        if (found.isPresent() && size > 0 && ttlNanos > 0) {
            synchronized (this) {
                if (epoch == startedIn) {
                    entries.put(tokenHash, new Entry(found.get(), nanoClock.getAsLong() + ttlNanos));
                }
            }
        }
        return found;
    }

    /** Forgets every entry, and every answer of a lookup still running. */
    synchronized void invalidate() {
        epoch++;
        entries.clear();
    }

    synchronized int cached() {
        return entries.size();
    }
}
