package org.favornet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * API tokens: 256 random bits, shown once, stored only as their SHA-256 on the user. A plain hash
 * (not bcrypt) is enough because the token is random, not chosen by a person, and it keeps token
 * requests cheap. A user holds at most {@code favornet.security.max-tokens-per-user} live tokens:
 * issuing one more revokes his oldest, so scripts that make a token per run keep working while the
 * number of live secrets stays bounded (the rate limit is per user, so more tokens buy no rate).
 */
@Component
public class ApiTokens {

    static final String PREFIX = "fn_";
    private final SecureRandom random = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private final UserDirectory users;
    private final int maxPerUser;

    ApiTokens(UserDirectory users, SecurityProperties props) {
        this.users = users;
        this.maxPerUser = Math.max(1, props.maxTokensPerUser());
    }

    /** Issues a token for an existing user and returns it in clear, the only time it exists so; empty for an unknown user. */
    public Optional<String> issue(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Optional<Integer> revoked = users.addTokenHash(username, hash(token), maxPerUser);
        revoked.filter(n -> n > 0).ifPresent(n -> log.info(
                "API token issued for '{}'; his {} oldest revoked (at most {} live tokens per user)", username, n, maxPerUser));
        return revoked.map(n -> token);
    }

    Optional<AppUser> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return users.findByTokenHash(hash(token));
    }

    /** Revokes this token of this user (the one presented on a logout); false when it was not his. */
    public boolean revoke(String username, String token) {
        return users.revokeToken(username, hash(token));
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
