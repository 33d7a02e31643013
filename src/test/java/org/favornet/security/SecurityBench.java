package org.favornet.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Costs of the security safety nets, printed, never asserted:
 * {@code mvn -B -o test -Dtest=SecurityBench -Dbench=true}; numbers go to docs/security.md.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SecurityBench {

    private static byte[] personsJson(int n) throws Exception {
        Random random = new Random(7);
        List<Map<String, Object>> persons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("4101021965%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28), i % 1000);
            persons.add(Map.of("id", SeededCounty.residentId(id), "ref", "p.Q2xlYXJseSBub3QgYW4gaWQ" + i,
                    "name", "张伟" + i, "regionCode", "410102001", "phone", "138****" + (1000 + i % 9000),
                    "amount", 3600.0 + i, "relation", "first cousin once removed"));
        }
        return new ObjectMapper().writeValueAsBytes(persons);
    }

    @Test
    void maskingStreamCostPerMegabyte() throws Exception {
        measure("every id in clear (worst case)", personsJson(10_000));
        // What the safety net usually sees: ids already masked by @Sensitive.
        measure("ids already masked (usual case)", Masking.scrub(new String(personsJson(10_000),
                java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void measure(String what, byte[] body) throws Exception {
        OutputStream sink = OutputStream.nullOutputStream();
        int rounds = 200;
        for (int warm = 0; warm < 50; warm++) {
            MaskingOutputStream m = new MaskingOutputStream(sink);
            m.write(body, 0, body.length);
            m.finish();
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            MaskingOutputStream m = new MaskingOutputStream(sink);
            m.write(body, 0, body.length);
            m.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = (double) body.length * rounds / (1 << 20);
        System.out.printf("BENCH masking stream, %s: %.1f MB/s (%.2f ns/byte) over a %d-byte JSON of 10,000 persons%n",
                what, mb / seconds, seconds * 1e9 / ((double) body.length * rounds), body.length);

        ObjectMapper json = new ObjectMapper();
        Object tree = json.readValue(body, List.class);
        for (int warm = 0; warm < 30; warm++) {
            json.writeValue(new ByteArrayOutputStream(), tree);
        }
        start = System.nanoTime();
        for (int r = 0; r < 50; r++) {
            json.writeValue(OutputStream.nullOutputStream(), tree);
        }
        double plain = (System.nanoTime() - start) / 50e6;
        start = System.nanoTime();
        for (int r = 0; r < 50; r++) {
            MaskingOutputStream m = new MaskingOutputStream(OutputStream.nullOutputStream());
            json.writeValue(m, tree);
            m.finish();
        }
        double masked = (System.nanoTime() - start) / 50e6;
        System.out.printf("BENCH Jackson serialization of 10,000 persons, %s: %.2f ms plain, %.2f ms through the mask (+%.0f%%)%n",
                what, plain, masked, 100 * (masked - plain) / plain);
    }

    @Test
    void auditAppendsPerSecondWithFsync() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "audit-bench");
        try (AuditLog log = new AuditLog(dir.resolve("audit.log"))) {
            AuditRecord draft = new AuditRecord(0, null, "investigator", List.of("INVESTIGATOR"), "GET",
                    "/api/persons/{id}", "/api/persons/p.Q2xlYXJseSBub3QgYW4gaWQ", new TreeMap<>(),
                    List.of("p.Q2xlYXJseSBub3QgYW4gaWQ"), 1, 1L, 200, null);
            for (int i = 0; i < 200; i++) {
                log.append(draft);
            }
            int n = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                log.append(draft);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf("BENCH audit append + fsync: %.0f records/s (%.3f ms each)%n", n / (ms / 1000), ms / n);
            int threads = 8;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            start = System.nanoTime();
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < n / threads; i++) {
                        log.append(draft);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            ms = (System.nanoTime() - start) / 1e6;
            System.out.printf("BENCH audit append + fsync, %d threads (group commit): %.0f records/s%n", threads,
                    n / (ms / 1000));
            long vstart = System.nanoTime();
            AuditChainVerifier.Verification v = log.verify();
            System.out.printf("BENCH audit verify: %d records in %.1f ms%n", v.records(), (System.nanoTime() - vstart) / 1e6);
        }
    }
}
