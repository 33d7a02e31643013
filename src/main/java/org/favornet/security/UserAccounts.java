package org.favornet.security;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.favornet.web.ApiProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The administrator's rules for accounts: valid names, regions and passwords, creating or
 * changing a user, disabling instead of deleting (the audit trail keeps naming him), and never
 * locking the last administrator out.
 */
@Component
class UserAccounts {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    /** Region codes are digits (GB/T 2260 and its village extensions); a prefix may be empty. */
    private static final Pattern REGION = Pattern.compile("\\d{0,12}");
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads at most 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserDirectory users;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;

    UserAccounts(UserDirectory users, PasswordEncoder encoder, ApiTokens tokens) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
    }

    /** A user as the administrator sees him: never a password or token hash. */
    record UserView(String username, List<Role> roles, List<String> regions, boolean clearData, boolean enabled,
            int tokens) {

        static UserView of(AppUser u, int tokens) {
            return new UserView(u.username(), u.roles().stream().sorted().toList(), u.regions(), u.clearData(),
                    u.enabled(), tokens);
        }
    }

    /** A change to a user; null fields keep what is stored (creation needs roles, regions, password). */
    record UserChange(Set<Role> roles, List<String> regions, Boolean clearData, Boolean enabled, String password) {}

    /** A token in clear, shown once. */
    record IssuedToken(String username, String token) {}

    List<UserView> list() {
        return users.entries().stream().map(e -> UserView.of(e.user(), e.tokens())).toList();
    }

    UserView get(String name) {
        return users.entries().stream().filter(e -> e.user().username().equals(name)).findFirst()
                .map(e -> UserView.of(e.user(), e.tokens()))
                .orElseThrow(() -> ApiProblem.notFound("problem.detail.user-not-found", printable(name)));
    }

    UserView put(String name, UserChange change) {
        if (!NAME.matcher(name).matches()) {
            throw ApiProblem.badRequest("problem.detail.user-name");
        }
        Optional<AppUser> existing = users.find(name);
        if (existing.isEmpty() && (change.roles() == null || change.regions() == null || change.password() == null)) {
            throw ApiProblem.badRequest("problem.detail.user-incomplete");
        }
        Set<Role> roles = change.roles() != null ? EnumSet.copyOf(nonEmpty(change.roles()))
                : existing.get().roles();
        List<String> regions = change.regions() != null ? regions(change.regions()) : existing.get().regions();
        boolean clear = change.clearData() != null ? change.clearData()
                : existing.map(AppUser::clearData).orElse(false);
        boolean enabled = change.enabled() != null ? change.enabled() : existing.map(AppUser::enabled).orElse(true);
        String hash = change.password() == null ? null : encoder.encode(password(change.password()));
        keepAnAdministrator(name, roles.contains(Role.ADMIN) && enabled);
        users.save(name, hash, roles, regions, clear, enabled);
        return get(name);
    }

    UserView disable(String name) {
        AppUser user = users.find(name).orElseThrow(() -> ApiProblem.notFound("problem.detail.user-not-found", printable(name)));
        keepAnAdministrator(name, false);
        users.save(name, null, user.roles(), user.regions(), user.clearData(), false);
        users.revokeTokens(name);
        return get(name);
    }

    IssuedToken issueToken(String name) {
        return tokens.issue(name).map(t -> new IssuedToken(name, t))
                .orElseThrow(() -> ApiProblem.notFound("problem.detail.user-not-found", printable(name)));
    }

    private void keepAnAdministrator(String name, boolean staysAdmin) {
        if (staysAdmin) {
            return;
        }
        boolean anotherAdmin = users.all().stream()
                .anyMatch(u -> !u.username().equals(name) && u.enabled() && u.roles().contains(Role.ADMIN));
        if (!anotherAdmin) {
            throw ApiProblem.conflict("problem.detail.last-admin");
        }
    }

    private static Set<Role> nonEmpty(Set<Role> roles) {
        if (roles.isEmpty() || roles.contains(null)) {
            throw ApiProblem.badRequest("problem.detail.user-roles");
        }
        return roles;
    }

    private static List<String> regions(List<String> regions) {
        for (String r : regions) {
            if (r == null || !REGION.matcher(r).matches()) {
                throw ApiProblem.badRequest("problem.detail.user-region");
            }
        }
        return List.copyOf(regions);
    }

    private static String password(String password) {
        if (password.length() < MIN_PASSWORD || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ApiProblem.badRequest("problem.detail.user-password", MIN_PASSWORD, MAX_PASSWORD_BYTES);
        }
        return password;
    }

    /** User names come from the URL: echo them only when they are plain names. */
    private static String printable(String name) {
        return NAME.matcher(name).matches() ? name : "(invalid name)";
    }
}
