package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.favornet.graph.GraphProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * The audit filter in front of the rate limiter, as in the application, on a simulated clock: a
 * flood of refused requests leaves a bounded number of records that still account for every one of
 * them; a read-only start refuses state-changing requests and records them.
 */
class AuditFloodTest {

    @TempDir Path dir;
    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

    private static final HttpServlet OK = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
            res.setStatus(200);
            res.getWriter().write("{}");
        }
    };

    private AuditTrailFilter auditFilter(AuditLog trail, RefusalCoalescer refusals) {
        PersonRefs refs = new PersonRefs(new GraphProperties(dir, 0, new GraphProperties.Neo4j(null, null, null,
                "neo4j"), "128m", "256M size", 5000));
        return new AuditTrailFilter(trail, refs, refusals);
    }

    /** A request without credentials: the rate limiter meters it by its address before any login. */
    private static MockHttpServletResponse send(AuditTrailFilter audit, RequestLimits limits, String method)
            throws Exception {
        MockHttpServletRequest req = new MockHttpServletRequest(method, "/api/persons/p.1/relatives");
        req.setRemoteAddr("192.0.2.7");
        MockHttpServletResponse res = new MockHttpServletResponse();
        if (limits == null) {
            new MockFilterChain(OK, audit).doFilter(req, res);
        } else {
            new MockFilterChain(OK, audit, limits).doFilter(req, res);
        }
        return res;
    }

    @Test
    void aFloodOfRefusedRequestsLeavesAtMostTwoRecordsPerSecondThatCountThemAll() throws Exception {
        SecurityProperties props = new SecurityProperties(null, false, 20, 100, DataSize.ofMegabytes(16), 0,
                Duration.ZERO, 10, 6, 20, java.util.List.of(), new SecurityProperties.Audit(AuditSync.PER_REQUEST, Duration.ZERO, null,
                        OnBrokenChain.REFUSE));
        try (AuditLog trail = new AuditLog(dir.resolve("audit").resolve("audit.log"))) {
            RefusalCoalescer refusals = new RefusalCoalescer(trail, () -> nanos.get() / 1_000_000, false);
            AuditTrailFilter audit = auditFilter(trail, refusals);
            RequestLimits limits = new RequestLimits(props, nanos::get);
            int allowed = 0;
            int refused = 0;
            // 20,000 requests in 4 simulated seconds: 5,000 per second against a limit of 20 (burst 100)
            for (int i = 0; i < 20_000; i++) {
                int status = send(audit, limits, "GET").getStatus();
                if (status == 429) {
                    refused++;
                } else {
                    allowed++;
                }
                nanos.addAndGet(200_000);
            }
            refusals.close();
            List<AuditRecord> records = trail.find(r -> true, 0, 100_000).items();
            List<AuditRecord> refusalRecords = records.stream().filter(r -> r.status() == 429).toList();
            assertThat(refused).isGreaterThan(19_000);
            assertThat(records.size() - refusalRecords.size()).isEqualTo(allowed);
            assertThat(refusalRecords).hasSizeLessThanOrEqualTo(2 * 4)
                    .allSatisfy(r -> assertThat(r.caller()).isEqualTo("addr:192.0.2.7"));
            assertThat(refusalRecords.stream().mapToInt(r -> r.repeats() == null ? 1 : r.repeats()).sum())
                    .as("every refused request is counted").isEqualTo(refused);
            assertThat(trail.verify().intact()).isTrue();
        }
    }

    @Test
    void aReadOnlyStartAnswersStateChangingRequestsWith503AndRecordsThem() throws Exception {
        Path file = dir.resolve("audit").resolve("audit.log");
        try (AuditLog trail = new AuditLog(file)) {
            trail.append(new AuditRecord(0, null, "ann", List.of(), "GET", null, "/api/stats", new java.util.TreeMap<>(),
                    List.of(), 0, null, 200, null));
            trail.append(new AuditRecord(0, null, "ann", List.of(), "GET", null, "/api/stats", new java.util.TreeMap<>(),
                    List.of(), 0, null, 200, null));
        }
        List<String> lines = java.nio.file.Files.readAllLines(file);
        java.nio.file.Files.write(file, List.of(lines.get(0).replace("ann", "bob"), lines.get(1)));
        try (AuditLog trail = new AuditLog(file, AuditLog.defaultKeyFile(file), false, AuditSync.PER_REQUEST,
                Duration.ZERO, OnBrokenChain.READ_ONLY)) {
            AuditTrailFilter audit = auditFilter(trail, new RefusalCoalescer(trail, System::currentTimeMillis, false));
            MockHttpServletResponse post = send(audit, null, "POST");
            assertThat(post.getStatus()).isEqualTo(503);
            assertThat(post.getContentType()).isEqualTo("application/problem+json");
            assertThat(post.getContentAsString()).contains("https://favornet.org/problems/read-only");
            assertThat(send(audit, null, "GET").getStatus()).isEqualTo(200);
            assertThat(trail.lastSeq()).isEqualTo(4);
            assertThat(trail.find(r -> r.seq() > 2, 0, 10).items()).extracting(AuditRecord::status)
                    .containsExactly(503, 200);
        }
    }
}
