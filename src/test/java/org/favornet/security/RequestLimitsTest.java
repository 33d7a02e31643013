package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicLong;
import org.favornet.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.util.unit.DataSize;

/** Rate, failed-login and size limits through real HTTP Basic, driven by a hand-moved clock. */
class RequestLimitsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final RequestLimits limits = new RequestLimits(
            props(2, 3, 4, 6), clock::get);

    /** Rate 2/s, burst 3; 4 failed logins per (name, address), back at 6 a minute. */
    static SecurityProperties props(double rate, int burst, int failureBurst, double failuresPerMinute) {
        return new SecurityProperties(null, false, rate, burst, DataSize.ofBytes(100), 0, java.time.Duration.ZERO,
                failureBurst, failuresPerMinute, 20, List.of(),
                new SecurityProperties.Audit(AuditSync.PER_REQUEST, java.time.Duration.ZERO, null, OnBrokenChain.REFUSE));
    }

    private static final HttpServlet OK = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) {
            res.setStatus(200);
        }
    };

    /** Every test user's password is "pw". */
    private final AuthenticationManager passwords = new ProviderManager(daoProvider());
    private final Map<String, String> tokenOwners = Map.of("fn_one", "ann", "fn_two", "ann", "fn_three", "ann");

    private static DaoAuthenticationProvider daoProvider() {
        DaoAuthenticationProvider p = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                Stream.of("ann", "bob", "investigator")
                        .map(n -> User.withUsername(n).password("{noop}pw").roles("ANALYST").build()).toList()));
        return p;
    }

    private static MockHttpServletRequest as(String user) {
        return as(user, "pw", "127.0.0.1");
    }

    private static MockHttpServletRequest as(String user, String password, String address) {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/api/stats");
        req.setRemoteAddr(address);
        req.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return req;
    }

    private static MockHttpServletRequest withToken(String token) {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/api/stats");
        req.addHeader("Authorization", "Bearer " + token);
        return req;
    }

    /**
     * The request through the filters in the order the security configuration gives them: limits
     * before login, a token stand-in (the real one needs the database) and real HTTP Basic, both
     * answering 401 through the failure-counting entry point, then the per-user limit.
     */
    private MockHttpServletResponse send(MockHttpServletRequest req) throws Exception {
        MockHttpServletResponse res = new MockHttpServletResponse();
        AuthenticationEntryPoint unauthorized = limits.countingFailures((q, r, e) -> r.setStatus(401));
        Filter tokens = (q, r, chain) -> {
            String h = ((HttpServletRequest) q).getHeader("Authorization");
            if (h != null && h.startsWith("Bearer ")) {
                String owner = tokenOwners.get(h.substring(7));
                if (owner == null) {
                    unauthorized.commence((HttpServletRequest) q, (HttpServletResponse) r,
                            new BadCredentialsException("unknown token"));
                    return;
                }
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new AppUser(owner, "", Set.of(Role.ANALYST), List.of(""), false, true), null, List.of()));
            }
            chain.doFilter(q, r);
        };
        try {
            limits.doFilter(req, res, new MockFilterChain(OK, tokens,
                    new BasicAuthenticationFilter(passwords, unauthorized), limits.afterLogin()));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return res;
    }

    @Test
    void aUserMayBurstThenWaitsForTheBucketToRefill() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(as("ann")).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = send(as("ann"));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        // Other users have their own bucket.
        assertThat(send(as("bob")).getStatus()).isEqualTo(200);
        clock.addAndGet(500_000_000L);
        assertThat(send(as("ann")).getStatus()).isEqualTo(200);
        assertThat(send(as("ann")).getStatus()).isEqualTo(429);
    }

    @Test
    void wrongPasswordsForAUserFromOneAddressDoNotLockHimOutAtAnother() throws Exception {
        int unauthorized = 0;
        int throttled = 0;
        for (int i = 0; i < 200; i++) {
            int status = send(as("investigator", "guess" + i, "10.0.0.66")).getStatus();
            unauthorized += status == 401 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }
        // Four guesses are checked, then the (name, address) pair waits for its allowance.
        assertThat(unauthorized).isEqualTo(4);
        assertThat(throttled).isEqualTo(196);
        assertThat(send(as("investigator", "pw", "10.0.0.5")).getStatus()).isEqualTo(200);
        assertThat(send(as("investigator", "pw", "10.0.0.5")).getStatus()).isEqualTo(200);
        // Ten seconds give the guesser back one try at 6 a minute.
        clock.addAndGet(10_000_000_000L);
        assertThat(send(as("investigator", "guess", "10.0.0.66")).getStatus()).isEqualTo(401);
        assertThat(send(as("investigator", "guess", "10.0.0.66")).getStatus()).isEqualTo(429);
    }

    @Test
    void oneAddressGuessingManyNamesIsThrottledAsAnAddress() throws Exception {
        int unauthorized = 0;
        for (int i = 0; i < 100; i++) {
            unauthorized += send(as("name" + i, "guess", "10.0.0.66")).getStatus() == 401 ? 1 : 0;
        }
        assertThat(unauthorized).isEqualTo(4 * RequestLimits.ADDRESS_FAILURE_FACTOR);
        assertThat(send(withToken("fn_guessed")).getStatus()).isEqualTo(401); // another address
        assertThat(send(as("bob", "pw", "10.0.0.7")).getStatus()).isEqualTo(200);
    }

    @Test
    void allTokensAndThePasswordOfOneUserShareOneBucket() throws Exception {
        assertThat(send(withToken("fn_one")).getStatus()).isEqualTo(200);
        assertThat(send(withToken("fn_two")).getStatus()).isEqualTo(200);
        assertThat(send(as("ann")).getStatus()).isEqualTo(200);
        assertThat(send(withToken("fn_three")).getStatus()).isEqualTo(429);
        assertThat(send(as("ann", "pw", "10.0.0.9")).getStatus()).isEqualTo(429);
        assertThat(send(as("bob")).getStatus()).isEqualTo(200);
    }

    @Test
    void requestsWithoutCredentialsAreLimitedPerAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/actuator/health");
            anonymous.setRemoteAddr("10.0.0.66");
            assertThat(send(anonymous).getStatus()).isEqualTo(200);
        }
        MockHttpServletRequest fourth = new MockHttpServletRequest("GET", "/actuator/health");
        fourth.setRemoteAddr("10.0.0.66");
        assertThat(send(fourth).getStatus()).isEqualTo(429);
        MockHttpServletRequest elsewhere = new MockHttpServletRequest("GET", "/actuator/health");
        elsewhere.setRemoteAddr("10.0.0.5");
        assertThat(send(elsewhere).getStatus()).isEqualTo(200);
        assertThat(send(as("ann", "pw", "10.0.0.66")).getStatus()).isEqualTo(200);
    }

    @Test
    void aDeclaredBodyAboveTheCapIsRefusedWith413() throws Exception {
        MockHttpServletRequest req = as("ann");
        req.setMethod("POST");
        req.setContent(new byte[101]);
        MockHttpServletResponse res = send(req);
        assertThat(res.getStatus()).isEqualTo(413);
        assertThat(res.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"type\":\"https://favornet.org/problems/too-large\"", "\"title\":\"内容过大\"", "超过 100 字节");
        MockHttpServletRequest english = as("bob");
        english.setMethod("POST");
        english.setContent(new byte[101]);
        english.addHeader("Accept-Language", "en");
        assertThat(send(english).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"type\":\"https://favornet.org/problems/too-large\"", "\"title\":\"Too large\"",
                        "larger than 100 bytes");
    }

    @Test
    void aRateRefusalIsTheSameKindInChineseAndInEnglishWithTheRateAsItsArgument() throws Exception {
        for (int i = 0; i < 3; i++) {
            send(as("ann"));
        }
        String chinese = send(as("ann")).getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletRequest english = as("ann");
        english.addHeader("Accept-Language", "en-US,en;q=0.9");
        String inEnglish = send(english).getContentAsString(StandardCharsets.UTF_8);
        String type = "\"type\":\"https://favornet.org/problems/too-many-requests\"";
        assertThat(chinese).contains(type, "\"status\":429", "请求过于频繁", "每秒 2.0 次");
        assertThat(inEnglish).contains(type, "\"status\":429", "Too many requests", "faster than 2.0 per second");
    }

    @Test
    void anUndeclaredBodyIsCountedWhileRead() throws Exception {
        MockHttpServletRequest req = new MockHttpServletRequest("POST", "/api/imports") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        req.setContent(new byte[150]);
        MockFilterChain reader = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest r, jakarta.servlet.http.HttpServletResponse s)
                    throws java.io.IOException {
                r.getInputStream().readAllBytes();
            }
        });
        assertThatThrownBy(() -> limits.doFilter(req, new MockHttpServletResponse(), reader))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(org.favornet.web.ProblemKind.TOO_LARGE);
                    assertThat(p.args()).containsExactly(100L);
                });
    }

    @Test
    void failedLoginsAreChargedToTheAddressAndToTheClaimedNameAtThatAddress() {
        assertThat(RequestLimits.failureKeys(as("ann", "x", "10.0.0.1"))).containsExactly("addr:10.0.0.1",
                "name:ann@10.0.0.1");
        MockHttpServletRequest bearer = new MockHttpServletRequest();
        bearer.addHeader("Authorization", "Bearer fn_abc");
        assertThat(RequestLimits.failureKeys(bearer)).containsExactly("addr:127.0.0.1");
    }
}
