package org.favornet.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.favornet.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Users stored as {@code :User} nodes in the graph database. Every change to users goes through
 * here, so here the token cache ({@link VerifiedTokens}) is emptied after each one.
 */
@Component
public class UserDirectory implements UserDetailsService {

    private final CypherRunner cypher;
    private final VerifiedTokens verified;

    UserDirectory(CypherRunner cypher, SecurityProperties props) {
        this.cypher = cypher;
        this.verified = new VerifiedTokens(props.tokenCacheSize(), props.tokenCacheTtl(), System::nanoTime);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    public Optional<AppUser> find(String username) {
        return cypher.read("security/find_user.cypher", Map.of("username", username), UserDirectory::user)
                .stream().findFirst();
    }

    public List<AppUser> all() {
        return cypher.read("security/list_users.cypher", Map.of(), UserDirectory::user);
    }

    /** A stored user with the number of API tokens he holds. */
    public record Entry(AppUser user, int tokens) {}

    public List<Entry> entries() {
        return cypher.read("security/list_users.cypher", Map.of(),
                r -> new Entry(user(r), r.get("tokens").asInt(0)));
    }

    /** The user holding the token with this SHA-256, if any (enabled or not: the caller checks). */
    public Optional<AppUser> findByTokenHash(String tokenHash) {
        return verified.find(tokenHash, hash -> cypher.lookup("security/find_user_by_token.cypher",
                Map.of("tokenHash", hash), UserDirectory::user).stream().findFirst());
    }

    /**
     * Adds a token hash and revokes the user's oldest tokens beyond {@code maxTokens}; returns how
     * many were revoked, or empty when no such user exists.
     */
    public Optional<Integer> addTokenHash(String username, String tokenHash, int maxTokens) {
        try {
            return cypher.writeReturning("security/add_token.cypher",
                    Map.of("username", username, "tokenHash", tokenHash, "maxTokens", Math.max(1, maxTokens)),
                    r -> Math.max(0, r.get("revoked").asInt())).stream().findFirst();
        } finally {
            verified.invalidate();
        }
    }

    public void revokeTokens(String username) {
        try {
            cypher.write("security/revoke_tokens.cypher", Map.of("username", username));
        } finally {
            verified.invalidate();
        }
    }

    /** Revokes the one token with this SHA-256 held by the user; false when he holds no such token. */
    public boolean revokeToken(String username, String tokenHash) {
        try {
            return !cypher.writeReturning("security/revoke_token.cypher",
                    Map.of("username", username, "tokenHash", tokenHash), r -> r.get("username").asString()).isEmpty();
        } finally {
            verified.invalidate();
        }
    }

    public long count() {
        return cypher.read("security/count_users.cypher", Map.of(), r -> r.get("users").asLong()).get(0);
    }

    /** Saves a user; a null hash keeps the stored one. */
    public void save(String username, String passwordHash, Set<Role> roles, List<String> regions,
            boolean clearData, boolean enabled) {
        Map<String, Object> p = new HashMap<>();
        p.put("username", username);
        p.put("passwordHash", passwordHash);
        p.put("roles", roles.stream().map(Enum::name).sorted().toList());
        p.put("regions", regions);
        p.put("clearData", clearData);
        p.put("enabled", enabled);
        try {
            cypher.write("security/save_user.cypher", p);
        } finally {
            verified.invalidate(); // roles, regions, clear-data or enabled may have changed
        }
    }

    /** Tokens whose user is held in memory (tests). */
    int cachedTokens() {
        return verified.cached();
    }

    private static AppUser user(Record r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        r.get("roles").asList(v -> v.asString()).forEach(s -> roles.add(Role.valueOf(s)));
        return new AppUser(r.get("username").asString(), r.get("passwordHash").asString(), roles,
                r.get("regions").asList(v -> v.asString()), r.get("clearData").asBoolean(false),
                r.get("enabled").asBoolean(true));
    }
}
