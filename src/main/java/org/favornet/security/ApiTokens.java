package org.favornet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * API tokens: 256 random bits, shown once, stored only as their SHA-256 on the user. A plain hash
 * (not bcrypt) is enough because the token is random, not chosen by a person, and it keeps token
 * requests cheap.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "fn_";
    private final SecureRandom random = new SecureRandom();
    private final UserDirectory users;

    ApiTokens(UserDirectory users) {
        this.users = users;
    }

    /** Issues a token for an existing user and returns it in clear, the only time it exists so; empty for an unknown user. */
    public Optional<String> issue(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return users.addTokenHash(username, hash(token)) ? Optional.of(token) : Optional.empty();
    }

    Optional<AppUser> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return users.findByTokenHash(hash(token));
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
