package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The token cache on its own, with a hand-driven clock and a map standing for the user store. */
class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final List<String> lookups = new ArrayList<>();

    private static AppUser user(String name, Role role) {
        return new AppUser(name, "x", Set.of(role), List.of(""), false, true);
    }

    private Function<String, Optional<AppUser>> store(Map<String, AppUser> byHash) {
        return hash -> {
            lookups.add(hash);
            return Optional.ofNullable(byHash.get(hash));
        };
    }

    @Test
    void aKnownTokenIsLookedUpOnceUntilItsEntryExpires() {
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofNanos(500), now::get);
        var store = store(Map.of("h1", user("ann", Role.INVESTIGATOR)));
        assertThat(cache.find("h1", store)).map(AppUser::username).contains("ann");
        now.addAndGet(499);
        assertThat(cache.find("h1", store)).map(AppUser::username).contains("ann");
        assertThat(lookups).containsExactly("h1");
        now.addAndGet(1);
        assertThat(cache.find("h1", store)).isPresent();
        assertThat(lookups).containsExactly("h1", "h1");
    }

    @Test
    void unknownTokensAreNeverKeptSoGuessingCannotFillTheCache() {
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofSeconds(60), now::get);
        var store = store(Map.of());
        for (int i = 0; i < 3; i++) {
            assertThat(cache.find("guess", store)).isEmpty();
        }
        assertThat(lookups).hasSize(3);
        assertThat(cache.cached()).isZero();
    }

    @Test
    void aChangeToAnyUserIsSeenByTheNextRequest() {
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofSeconds(60), now::get);
        java.util.HashMap<String, AppUser> byHash = new java.util.HashMap<>(Map.of("h1", user("ann", Role.ADMIN)));
        var store = store(byHash);
        assertThat(cache.find("h1", store)).map(AppUser::roles).contains(Set.of(Role.ADMIN));
        byHash.put("h1", user("ann", Role.ANALYST)); // demoted ...
        cache.invalidate(); // ... and the directory says so after the write
        assertThat(cache.find("h1", store)).map(AppUser::roles).contains(Set.of(Role.ANALYST));
        byHash.remove("h1"); // revoked
        cache.invalidate();
        assertThat(cache.find("h1", store)).isEmpty();
    }

    @Test
    void aLookupThatReadTheStoreBeforeARevocationDoesNotPutItsAnswerBack() {
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofSeconds(60), now::get);
        // the store answers with the old user, and the revocation lands while that answer travels
        Optional<AppUser> stale = cache.find("h1", hash -> {
            cache.invalidate();
            return Optional.of(user("ann", Role.ADMIN));
        });
        assertThat(stale).isPresent(); // this request began before the revocation
        assertThat(cache.cached()).isZero();
        assertThat(cache.find("h1", store(Map.of()))).isEmpty();
    }

    @Test
    void theCacheHoldsAtMostItsSizeDroppingTheOldestFirst() {
        VerifiedTokens cache = new VerifiedTokens(2, Duration.ofSeconds(60), now::get);
        var store = store(Map.of("a", user("a", Role.ANALYST), "b", user("b", Role.ANALYST), "c", user("c", Role.ANALYST)));
        cache.find("a", store);
        cache.find("b", store);
        cache.find("c", store);
        assertThat(cache.cached()).isEqualTo(2);
        lookups.clear();
        cache.find("c", store);
        cache.find("b", store);
        assertThat(lookups).isEmpty();
        cache.find("a", store);
        assertThat(lookups).containsExactly("a");
    }

    @Test
    void sizeZeroTurnsTheCacheOff() {
        VerifiedTokens cache = new VerifiedTokens(0, Duration.ofSeconds(60), now::get);
        var store = store(Map.of("h1", user("ann", Role.ANALYST)));
        cache.find("h1", store);
        cache.find("h1", store);
        assertThat(lookups).hasSize(2);
    }
}
