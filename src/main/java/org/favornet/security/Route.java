package org.favornet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one route table: which roles each path admits. {@link SecurityConfiguration} builds its
 * authorization rules from it and the endpoint matrix test reads it, so the two cannot drift. The
 * first route matching a request decides; a request no route matches is denied. Patterns are
 * Spring {@code PathPattern}s ({@code /**} also matches the bare prefix).
 */
public enum Route {

    /**
     * Health, liveness and readiness for orchestrators, and the error page; anonymous callers get a
     * status only (components and details are for ADMIN, see application.properties).
     */
    HEALTH(null, true, admit(), "/actuator/health", "/actuator/health/**", "/error"),
    /** Prometheus metrics when switched on ({@code favornet.metrics.prometheus=true}). */
    METRICS(HttpMethod.GET, false, admit(Role.ADMIN), "/actuator/prometheus"),
    /**
     * The console's page, scripts, styles, message bundles and WebJars: public, the page itself
     * holds no data; everything it shows comes from {@code /api} calls carrying a token.
     */
    CONSOLE(HttpMethod.GET, true, admit(), "/", "/index.html", "/console/**", "/i18n/**", "/webjars/**",
            "/favicon.ico"),
    /** Who the logged-in user is (name, roles, regions, clear data): the console's menus follow it. */
    ME(HttpMethod.GET, false, admit(Role.values()), "/api/me"),
    /** Logout: revokes the token the request presents. */
    OWN_TOKEN_REVOKE(HttpMethod.DELETE, false, admit(Role.values()), "/api/tokens/current"),
    /** Any logged-in user may create his own API token. */
    OWN_TOKEN(HttpMethod.POST, false, admit(Role.values()), "/api/tokens"),
    USERS(null, false, admit(Role.ADMIN), "/api/users/**"),
    AUDIT(null, false, admit(Role.ADMIN), "/api/audit/**"),
    IMPORTS(null, false, admit(Role.DATA_OFFICER), "/api/imports/**"),
    STATS(HttpMethod.GET, false, admit(Role.values()), "/api/stats"),
    /** Person search and profile (the console's first screen); before INVESTIGATION, which has the rest of /api/persons. */
    PERSONS(HttpMethod.GET, false, admit(Role.INVESTIGATOR, Role.ANALYST), "/api/persons", "/api/persons/*"),
    INVESTIGATION(null, false, admit(Role.INVESTIGATOR),
            "/api/persons/**", "/api/relations/**", "/api/paths/**", "/api/circles/**"),
    LEAD_EXPORT(HttpMethod.GET, false, admit(Role.ANALYST), "/api/leads/*/export"),
    LEAD_READ(HttpMethod.GET, false, admit(Role.INVESTIGATOR, Role.ANALYST), "/api/leads/**"),
    /** Review (status, reason) and any other change to a lead. */
    LEAD_REVIEW(null, false, admit(Role.INVESTIGATOR), "/api/leads/**"),
    ANALYSIS(null, false, admit(Role.ANALYST), "/api/analyses/**", "/api/exports/**"),
    /** The OpenAPI document and the Swagger UI page that renders it: any logged-in user. */
    API_DOCS(HttpMethod.GET, false, admit(Role.values()), "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**");

    private final HttpMethod method;
    private final boolean open;
    private final Set<Role> roles;
    private final List<String> patterns;
    private final RequestMatcher matcher;

    Route(HttpMethod method, boolean open, Set<Role> roles, String... patterns) {
        this.method = method;
        this.open = open;
        this.roles = roles;
        this.patterns = List.of(patterns);
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        this.matcher = new OrRequestMatcher(Arrays.stream(patterns)
                .map(p -> (RequestMatcher) paths.matcher(method, p)).toList());
    }

    /** The route deciding this request, if any. */
    public static Optional<Route> of(HttpServletRequest request) {
        for (Route route : values()) {
            if (route.matcher.matches(request)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Whether anyone, logged in or not, may pass. */
    public boolean open() {
        return open;
    }

    /** The roles admitted; empty for an open route. */
    public Set<Role> roles() {
        return roles;
    }

    /** Null when the route covers every method. */
    public HttpMethod method() {
        return method;
    }

    public List<String> patterns() {
        return patterns;
    }

    RequestMatcher matcher() {
        return matcher;
    }

    String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Set<Role> admit(Role... roles) {
        return roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(Arrays.asList(roles)));
    }
}
