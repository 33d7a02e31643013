package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.favornet.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Rate and size limits, driven by a hand-moved clock. */
class RequestLimitsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final RequestLimits limits = new RequestLimits(
            new SecurityProperties(null, false, 2, 3, DataSize.ofBytes(100), 0, java.time.Duration.ZERO,
                    new SecurityProperties.Audit(AuditSync.PER_REQUEST, java.time.Duration.ZERO, null, OnBrokenChain.REFUSE)), clock::get);

    private static MockHttpServletRequest as(String user) {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/api/stats");
        req.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        return req;
    }

    private MockHttpServletResponse send(MockHttpServletRequest req) throws Exception {
        MockHttpServletResponse res = new MockHttpServletResponse();
        limits.doFilter(req, res, new MockFilterChain());
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
    void aDeclaredBodyAboveTheCapIsRefusedWith413() throws Exception {
        MockHttpServletRequest req = as("ann");
        req.setMethod("POST");
        req.setContent(new byte[101]);
        MockHttpServletResponse res = send(req);
        assertThat(res.getStatus()).isEqualTo(413);
        assertThat(res.getContentAsString()).contains("larger than 100 bytes");
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
                .isInstanceOf(ApiProblem.class).hasMessageContaining("100 bytes");
    }

    @Test
    void bucketsAreKeyedByClaimedUserTokenOrAddress() {
        assertThat(RequestLimits.caller(as("ann"))).isEqualTo("user:ann");
        MockHttpServletRequest bearer = new MockHttpServletRequest();
        bearer.addHeader("Authorization", "Bearer fn_abc");
        assertThat(RequestLimits.caller(bearer)).isEqualTo("token:" + ApiTokens.hash("fn_abc"));
        assertThat(RequestLimits.caller(new MockHttpServletRequest())).isEqualTo("addr:127.0.0.1");
    }
}
