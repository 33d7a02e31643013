package org.favornet.security;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.favornet.web.ApiProblem;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request limits that hold before anyone is authenticated: a token bucket per claimed user (the
 * Basic user name, the token, else the client address), so password guessing is throttled too,
 * answered with 429 and {@code Retry-After}; and a cap on raw request bodies (413). Multipart
 * uploads are capped by {@code spring.servlet.multipart.*} instead.
 */
final class RequestLimits extends OncePerRequestFilter {

    /** Beyond this many remembered callers, idle (full) buckets are forgotten. */
    private static final int REMEMBERED = 10_000;

    private final SecurityProperties props;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RequestLimits(SecurityProperties props, LongSupplier nanoClock) {
        this.props = props;
        this.nanoClock = nanoClock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        long wait = bucket(caller(req)).take();
        if (wait > 0) {
            res.setHeader("Retry-After", Long.toString(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L)));
            ProblemResponse.write(res, 429, "Too many requests",
                    "You are sending requests faster than " + props.ratePerSecond() + " per second; slow down.");
            return;
        }
        long max = props.maxBody().toBytes();
        String type = req.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(req, res);
            return;
        }
        if (req.getContentLengthLong() > max) {
            ProblemResponse.write(res, 413, "Too large", tooLarge(max));
            return;
        }
        chain.doFilter(req.getContentLengthLong() < 0 ? new CappedRequest(req, max) : req, res);
    }

    private TokenBucket bucket(String caller) {
        if (buckets.size() > REMEMBERED) {
            buckets.values().removeIf(TokenBucket::full);
        }
        return buckets.computeIfAbsent(caller, k -> new TokenBucket(props.ratePerSecond(), props.rateBurst(), nanoClock));
    }

    /** Who claims to be asking; checked later by authentication, good enough to meter. */
    static String caller(HttpServletRequest req) {
        String auth = req.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return "user:" + (colon < 0 ? pair : pair.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return "addr:" + req.getRemoteAddr();
            }
        }
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "token:" + ApiTokens.hash(auth.substring(7).trim());
        }
        return "addr:" + req.getRemoteAddr();
    }

    private static String tooLarge(long max) {
        return "The request body is larger than " + max + " bytes.";
    }

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
                            throw ApiProblem.tooLarge(tooLarge(max));
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
