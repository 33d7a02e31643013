package org.favornet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.favornet.web.ProblemKind;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sends from another
 * site: HTTP Basic credentials a browser has cached are sent with any cross-site form post, and a
 * {@code text/plain} or multipart body needs no CORS preflight, so without this check any web page
 * an officer opens could import files in his name (the OWASP "verifying origin with standard
 * headers" defence). A request is refused with 403 when
 * <ul>
 *   <li>{@code Sec-Fetch-Site} says {@code cross-site}, or</li>
 *   <li>its {@code Origin} (or, without one, its {@code Referer}) is neither the service's own
 *       origin nor in {@code favornet.security.allowed-origins}.</li>
 * </ul>
 * Requests without any of these headers (curl, scripts, the command line) pass: they do not come
 * from a browser, so there are no ambient credentials to abuse.
 */
final class OriginCheck extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> allowed;

    OriginCheck(SecurityProperties props) {
        this.allowed = props.allowedOrigins().stream().map(OriginCheck::origin)
                .filter(o -> o != null).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (STATE_CHANGING.contains(req.getMethod().toUpperCase(Locale.ROOT)) && !sameOrigin(req)) {
            ProblemResponse.write(req, res, ProblemKind.CROSS_SITE, "problem.detail.cross-site", req.getMethod());
            return;
        }
        chain.doFilter(req, res);
    }

    private boolean sameOrigin(HttpServletRequest req) {
        String source = req.getHeader("Origin");
        if (source == null) {
            source = req.getHeader("Referer");
        }
        String fetchSite = req.getHeader("Sec-Fetch-Site");
        if (source == null) {
            return !"cross-site".equalsIgnoreCase(fetchSite);
        }
        String origin = origin(source);
        if (origin == null) {
            return false; // "null" (sandboxed frames, file: pages) or unreadable
        }
        if (allowed.contains(origin)) {
            return true;
        }
        return !"cross-site".equalsIgnoreCase(fetchSite) && origin.equals(own(req));
    }

    /** This service's origin as the request reached it (behind a proxy, with forwarded headers applied). */
    static String own(HttpServletRequest req) {
        return normalized(req.getScheme(), req.getServerName(), req.getServerPort());
    }

    /** {@code scheme://host[:port]} of a URL or origin, lower case, default port left out; null if none. */
    static String origin(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return normalized(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String normalized(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
