package org.favornet.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.favornet.web.ApiProblem;
import org.favornet.web.ProblemKind;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request limits. Three kinds of token bucket, none of which a stranger can empty for someone else:
 * <ul>
 *   <li>per <b>user</b>, for authenticated requests ({@link #afterLogin()}): his API tokens and his
 *       Basic logins share one bucket, so holding many tokens buys no extra rate;</li>
 *   <li>per <b>client address</b>, for requests without credentials;</li>
 *   <li>per <b>failed login</b>: every refused credential is charged to its address and to its
 *       (claimed name, address) pair; while either bucket is empty, credentials from that address
 *       (for that name) are refused with 429 before any password is checked. The claimed name is
 *       never a key on its own, so guessing a user's password from one address cannot lock him out
 *       at another.</li>
 * </ul>
 * Beyond a bucket: 429 with {@code Retry-After}. Also a cap on raw request bodies (413); multipart
 * uploads are capped by {@code spring.servlet.multipart.*} instead.
 */
final class RequestLimits extends OncePerRequestFilter {

    /** Beyond this many remembered keys in one map, idle (full) buckets are forgotten. */
    private static final int REMEMBERED = 10_000;
    /** One address may fail this many times more often than one (name, address) pair. */
    static final int ADDRESS_FAILURE_FACTOR = 5;

    private final SecurityProperties props;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> users = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> failures = new ConcurrentHashMap<>();

    RequestLimits(SecurityProperties props, LongSupplier nanoClock) {
        this.props = props;
        this.nanoClock = nanoClock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (req.getHeader("Authorization") == null) {
            if (refused(req, res, take(addresses, "addr:" + req.getRemoteAddr(), props.ratePerSecond(), props.rateBurst()),
                    "problem.detail.rate", props.ratePerSecond())) {
                return;
            }
        } else {
            long wait = 0;
            for (String key : failureKeys(req)) {
                TokenBucket b = failures.get(key);
                wait = Math.max(wait, b == null ? 0 : b.waitForOne());
            }
            if (refused(req, res, wait, "problem.detail.login-failures")) {
                return;
            }
        }
        long max = props.maxBody().toBytes();
        String type = req.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(req, res);
            return;
        }
        if (req.getContentLengthLong() > max) {
            ProblemResponse.write(req, res, ProblemKind.TOO_LARGE, TOO_LARGE, max);
            return;
        }
        chain.doFilter(req.getContentLengthLong() < 0 ? new CappedRequest(req, max) : req, res);
    }

    /**
     * The second half, placed after authentication: an authenticated request takes from its user's
     * bucket, whichever token or password it came with.
     */
    Filter afterLogin() {
        return (request, response, chain) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (request.getDispatcherType() == DispatcherType.REQUEST && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                    && refused((HttpServletRequest) request, (HttpServletResponse) response,
                            take(users, "user:" + auth.getName(), props.ratePerSecond(), props.rateBurst()),
                            "problem.detail.rate", props.ratePerSecond())) {
                return;
            }
            chain.doFilter(request, response);
        };
    }

    /** Wraps the 401 answer: a request that brought credentials and gets it is a failed login. */
    AuthenticationEntryPoint countingFailures(AuthenticationEntryPoint refuse) {
        return (req, res, e) -> {
            if (req.getHeader("Authorization") != null) {
                loginFailed(req);
            }
            refuse.commence(req, res, e);
        };
    }

    void loginFailed(HttpServletRequest req) {
        double perSecond = props.loginFailuresPerMinute() / 60.0;
        for (String key : failureKeys(req)) {
            int factor = key.startsWith("addr:") ? ADDRESS_FAILURE_FACTOR : 1;
            bucket(failures, key, perSecond * factor, props.loginFailureBurst() * factor).charge();
        }
    }

    /** The failure buckets a request with credentials answers to: its address, and (name, address) for Basic. */
    static List<String> failureKeys(HttpServletRequest req) {
        String addr = req.getRemoteAddr();
        String name = claimedName(req);
        return name == null ? List.of("addr:" + addr) : List.of("addr:" + addr, "name:" + name + "@" + addr);
    }

    /** The user name a Basic header claims; null for other schemes or a header that is not Base64. */
    static String claimedName(HttpServletRequest req) {
        String auth = req.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? pair : pair.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    private long take(Map<String, TokenBucket> map, String key, double perSecond, int burst) {
        return bucket(map, key, perSecond, burst).take();
    }

    private TokenBucket bucket(Map<String, TokenBucket> map, String key, double perSecond, int burst) {
        if (map.size() > REMEMBERED) {
            map.values().removeIf(TokenBucket::full);
        }
        return map.computeIfAbsent(key, k -> new TokenBucket(perSecond, burst, nanoClock));
    }

    private static boolean refused(HttpServletRequest req, HttpServletResponse res, long wait, String detailKey,
            Object... args) throws IOException {
        if (wait <= 0) {
            return false;
        }
        res.setHeader("Retry-After", Long.toString(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L)));
        ProblemResponse.write(req, res, ProblemKind.TOO_MANY_REQUESTS, detailKey, args);
        return true;
    }

    private static final String TOO_LARGE = "problem.detail.body-too-large";

    /** A body without a declared length (chunked) is counted as it is read. */
    private static final class CappedRequest extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream in;

        CappedRequest(HttpServletRequest req, long max) {
            super(req);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream real = super.getInputStream();
                in = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = real.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = real.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > max) {
                            // An ApiProblem passes through the message converters untouched: a 413 problem.
                            throw ApiProblem.tooLarge(TOO_LARGE, max);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return real.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        real.setReadListener(listener);
                    }
                };
            }
            return in;
        }
    }
}
