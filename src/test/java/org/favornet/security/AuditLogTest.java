package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash-chained trail file on its own: chaining, restarts, tampering, torn writes. */
class AuditLogTest {

    @TempDir Path dir;

    private static AuditRecord draft(String user, int status) {
        return new AuditRecord(0, null, user, List.of("ANALYST"), "GET", "/api/leads/{id}", "/api/leads/7",
                new TreeMap<>(), List.of("7"), 1, 1L, status, null);
    }

    private Path file() {
        return dir.resolve("audit").resolve("audit.log");
    }

    @Test
    void numbersRecordsWithoutGapsAndChainsEachToItsPredecessor() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            AuditRecord first = log.append(draft("ann", 200));
            AuditRecord second = log.append(draft("bob", 403));
            assertThat(first.seq()).isEqualTo(1);
            assertThat(second.seq()).isEqualTo(2);
            AuditKey key = AuditKey.load(AuditLog.defaultKeyFile(file()), false);
            assertThat(second.hash()).isEqualTo(key.chain(first.hash(),
                    AuditLog.canonical(second.withChain(2, second.time(), null))));
            assertThat(log.verify()).isEqualTo(new AuditChainVerifier.Verification(true, 2, null, null, null));
        }
        assertThat(Files.readAllLines(file())).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"seq\":"));
    }

    @Test
    void aRestartContinuesTheChainWhereItStopped() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            log.append(draft("ann", 200));
            log.append(draft("ann", 200));
        }
        try (AuditLog log = new AuditLog(file())) {
            assertThat(log.lastSeq()).isEqualTo(2);
            assertThat(log.append(draft("bob", 401)).seq()).isEqualTo(3);
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.verify().records()).isEqualTo(3);
        }
    }

    @Test
    void rewritingOneRecordIsReportedAtThatRecord() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            for (int i = 0; i < 5; i++) {
                log.append(draft("ann", i == 2 ? 403 : 200));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file()));
        lines.set(2, lines.get(2).replace("\"status\":403", "\"status\":200"));
        Files.write(file(), lines);
        AuditChainVerifier.Verification v = AuditChainVerifier.verify(file());
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(3);
        assertThat(v.records()).isEqualTo(2);
        assertThat(v.reason()).contains("hash");
    }

    @Test
    void removingARecordIsReported() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            for (int i = 0; i < 4; i++) {
                log.append(draft("ann", 200));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file()));
        lines.remove(1);
        Files.write(file(), lines);
        AuditChainVerifier.Verification v = AuditChainVerifier.verify(file());
        assertThat(v.brokenAt()).isEqualTo(2);
        assertThat(v.reason()).contains("sequence number 3");
    }

    @Test
    void theRunningTrailNoticesItsTailCutOff() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            for (int i = 0; i < 3; i++) {
                log.append(draft("ann", 200));
            }
            List<String> lines = Files.readAllLines(file());
            Files.write(file(), lines.subList(0, 2));
            AuditChainVerifier.Verification v = log.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAt()).isEqualTo(3);
        }
    }

    @Test
    void aTornLastLineFromACrashIsCutOffAndTheChainGoesOn() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            log.append(draft("ann", 200));
        }
        Files.writeString(file(), "{\"seq\":2,\"time\":\"20", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (AuditLog log = new AuditLog(file())) {
            assertThat(log.append(draft("bob", 200)).seq()).isEqualTo(2);
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @Test
    void theTrailIsReadableByItsOwnerOnly() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            log.append(draft("ann", 200));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void concurrentRequestsStillFormOneUnbrokenChain() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            appendFromFourThreads(log, 50);
            assertThat(log.verify()).isEqualTo(new AuditChainVerifier.Verification(true, 200, null, null, null));
        }
    }

    @Test
    void findsRecordsByFilterOnePageAtATime() throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            for (int i = 0; i < 7; i++) {
                log.append(draft(i % 2 == 0 ? "ann" : "bob", 200));
            }
            AuditQuery.Page page = log.find(r -> r.user().equals("ann"), 1, 3);
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.items()).extracting(AuditRecord::seq).containsExactly(7L);
        }
    }

    @Test
    void perRequestReturnsOnlyOnceTheRecordIsForcedToDiskEvenUnderConcurrency() throws Exception {
        java.util.Map<String, Long> syncedAtReturn = new java.util.concurrent.ConcurrentHashMap<>();
        try (AuditLog log = new AuditLog(file())) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        syncedAtReturn.put(log.append(draft("ann", 200)).hash(), log.syncedLength());
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(log.verify()).isEqualTo(new AuditChainVerifier.Verification(true, 100, null, null, null));
        }
        // each record's line ended within what was on disk when its append returned
        long end = 0;
        for (String line : Files.readAllLines(file())) {
            end += line.getBytes(StandardCharsets.UTF_8).length + 1;
            String hash = line.substring(line.lastIndexOf("\"hash\":\"") + 8, line.length() - 2);
            assertThat(syncedAtReturn.get(hash)).isGreaterThanOrEqualTo(end);
        }
        assertThat(syncedAtReturn).hasSize(100);
    }

    @Test
    void aLoneRecordIsOnDiskWhenAppendReturnsUnderPerRequest() throws Exception {
        try (AuditLog log = new AuditLog(file(), AuditSync.PER_REQUEST, java.time.Duration.ZERO)) {
            for (int i = 0; i < 5; i++) {
                AuditRecord r = log.append(draft("ann", 200));
                assertThat(log.syncedLength()).isEqualTo(Files.size(file()));
                List<String> lines = Files.readAllLines(file());
                assertThat(lines.get(lines.size() - 1)).contains("\"hash\":\"" + r.hash() + "\"");
            }
        }
    }

    @Test
    void underIntervalEachRecordIsInTheFileAtOnceAndOnDiskWithinTheInterval() throws Exception {
        try (AuditLog log = new AuditLog(file(), AuditSync.INTERVAL, java.time.Duration.ofMillis(5))) {
            assertThat(log.sync()).isEqualTo(AuditSync.INTERVAL);
            AuditRecord last = null;
            for (int i = 0; i < 20; i++) {
                last = log.append(draft("ann", 200));
                // another reader (a copy, the verifier) sees it before the response would leave
                List<String> lines = Files.readAllLines(file());
                assertThat(lines).hasSize(i + 1);
                assertThat(lines.get(i)).contains("\"hash\":\"" + last.hash() + "\"");
            }
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            while (log.syncedLength() < Files.size(file()) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(log.syncedLength()).isEqualTo(Files.size(file()));
            assertThat(log.verify()).isEqualTo(new AuditChainVerifier.Verification(true, 20, null, null, null));
        }
    }

    @Test
    void underIntervalConcurrentRequestsFormOneChainThatARestartContinues() throws Exception {
        try (AuditLog log = new AuditLog(file(), AuditSync.INTERVAL, java.time.Duration.ofMillis(2))) {
            appendFromFourThreads(log, 50);
        } // closing forces the last records
        try (AuditLog log = new AuditLog(file(), AuditSync.INTERVAL, java.time.Duration.ofMillis(2))) {
            assertThat(log.syncedLength()).isEqualTo(Files.size(file()));
            assertThat(log.append(draft("bob", 200)).seq()).isEqualTo(201);
            assertThat(log.verify()).isEqualTo(new AuditChainVerifier.Verification(true, 201, null, null, null));
        }
        assertThat(AuditChainVerifier.verify(file()).intact()).isTrue();
    }

    /** Four threads append {@code each} records apiece, and all have finished on return. */
    private static void appendFromFourThreads(AuditLog log, int each) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        log.append(draft("ann", 200));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
