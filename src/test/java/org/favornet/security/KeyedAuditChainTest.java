package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain is keyed (HMAC-SHA256 with a key kept beside, not in, the log), verified at start, and a
 * checkpoint signed with the key catches a tail cut off between restarts.
 */
class KeyedAuditChainTest {

    @TempDir Path dir;

    private Path file() {
        return dir.resolve("audit").resolve("audit.log");
    }

    private Path keyFile() {
        return dir.resolve("audit-key");
    }

    private static AuditRecord draft(String user, int status) {
        return new AuditRecord(0, null, user, List.of("ANALYST"), "GET", "/api/leads/{id}", "/api/leads/7",
                new TreeMap<>(), List.of("7"), 1, 1L, status, null);
    }

    private void write(int records) throws Exception {
        try (AuditLog log = new AuditLog(file())) {
            for (int i = 0; i < records; i++) {
                log.append(draft("ann", i == 2 ? 403 : 200));
            }
        }
    }

    private AuditLog open(OnBrokenChain onBroken) {
        return new AuditLog(file(), keyFile(), true, AuditSync.PER_REQUEST, Duration.ZERO, onBroken);
    }

    /** What an intruder without the key does: edit a record and recompute every later hash with SHA-256. */
    private void rewriteWithRecomputedSha256(int index, String from, String to) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file()));
        lines.set(index, lines.get(index).replace(from, to));
        String prev = index == 0 ? "" : hashOf(lines.get(index - 1));
        for (int i = index; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.lastIndexOf(",\"hash\":\"");
            String body = line.substring(0, at) + "}";
            prev = AuditChainVerifier.chain(prev, body);
            lines.set(i, line.substring(0, at) + ",\"hash\":\"" + prev + "\"}");
        }
        Files.write(file(), lines);
    }

    private static String hashOf(String line) {
        return line.substring(line.lastIndexOf("\"hash\":\"") + 8, line.length() - 2);
    }

    @Test
    void anEditedRecordWithRecomputedSha256HashesIsDetected() throws Exception {
        write(5);
        rewriteWithRecomputedSha256(2, "\"status\":403", "\"status\":200");
        AuditChainVerifier.Verification v = AuditChainVerifier.verify(file());
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAt()).isEqualTo(3);
    }

    @Test
    void theServiceRefusesToStartOnABrokenChainByDefault() throws Exception {
        write(5);
        rewriteWithRecomputedSha256(2, "\"status\":403", "\"status\":200");
        assertThatThrownBy(() -> open(OnBrokenChain.REFUSE).close())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("record 3").hasMessageContaining("refusing");
    }

    @Test
    void readOnlyStartKeepsRecordingAndSaysWhy() throws Exception {
        write(5);
        rewriteWithRecomputedSha256(2, "\"status\":403", "\"status\":200");
        try (AuditLog log = open(OnBrokenChain.READ_ONLY)) {
            assertThat(log.readOnlyReason()).contains("record 3");
            assertThat(log.append(draft("bob", 200)).seq()).isEqualTo(6);
        }
    }

    @Test
    void anIntactTrailStartsWritable() throws Exception {
        write(5);
        try (AuditLog log = open(OnBrokenChain.READ_ONLY)) {
            assertThat(log.readOnlyReason()).isNull();
            assertThat(log.verify().intact()).isTrue();
        }
    }

    @Test
    void aTailCutOffBetweenRestartsIsCaughtByTheSignedCheckpoint() throws Exception {
        write(AuditCheckpoint.EVERY + 40);
        List<String> lines = Files.readAllLines(file());
        Files.write(file(), lines.subList(0, 100));
        assertThatThrownBy(() -> open(OnBrokenChain.REFUSE).close())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }

    @Test
    void removingTheCheckpointIsCaughtAtStart() throws Exception {
        write(3);
        Files.delete(keyFile().resolveSibling("audit-checkpoint"));
        assertThatThrownBy(() -> open(OnBrokenChain.REFUSE).close())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("checkpoint");
    }

    @Test
    void aConfiguredKeyThatIsMissingIsNeverRegenerated() throws Exception {
        write(3);
        Files.delete(keyFile());
        assertThatThrownBy(() -> new AuditLog(file(), keyFile(), false, AuditSync.PER_REQUEST, Duration.ZERO,
                OnBrokenChain.REFUSE)).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }

    @Test
    void theKeyAndCheckpointAreOwnerOnlyAndTheKeyIsNotInTheLog() throws Exception {
        write(3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                keyFile().resolveSibling("audit-checkpoint")))).isEqualTo("rw-------");
        String key = Files.readString(keyFile()).strip();
        assertThat(Files.readString(file())).doesNotContain(key);
        assertThat(Files.readAllLines(file())).allSatisfy(l -> assertThat(hashOf(l)).startsWith("hmac:"));
    }

    @Test
    void anOldUnkeyedTrailIsVerifiedAsBeforeAndContinuesKeyed() throws Exception {
        // A trail written before the key existed: plain SHA-256 links.
        Files.createDirectories(file().getParent());
        List<String> old = new ArrayList<>();
        String prev = "";
        for (int seq = 1; seq <= 3; seq++) {
            String body = AuditLog.canonical(draft("ann", 200).withChain(seq, "2025-01-01T00:00:00Z", null));
            prev = AuditChainVerifier.chain(prev, body);
            old.add(body.substring(0, body.length() - 1) + ",\"hash\":\"" + prev + "\"}");
        }
        Files.write(file(), old, StandardCharsets.UTF_8);
        try (AuditLog log = open(OnBrokenChain.REFUSE)) {
            assertThat(log.append(draft("bob", 200)).hash()).startsWith("hmac:");
            assertThat(log.verify()).isEqualTo(new AuditChainVerifier.Verification(true, 4, null, null, null));
        }
        // The keyed part cannot be passed off as old: record 4 rewritten with plain SHA-256 is refused.
        rewriteWithRecomputedSha256(3, "\"user\":\"bob\"", "\"user\":\"eve\"");
        AuditChainVerifier.Verification v = AuditChainVerifier.verify(file());
        assertThat(v.brokenAt()).isEqualTo(4);
        assertThat(v.reason()).contains("unkeyed");
    }
}
