package org.favornet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;
import org.favornet.graph.GraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The append-only, keyed hash-chained audit trail: one JSON line per request in
 * {@code <dataDir>/audit/audit.log}, each written before the response it describes is sent and, by
 * default ({@link AuditSync#PER_REQUEST}), forced to disk before it too ({@link AuditSyncer}).
 * Record {@code n} carries {@code hash_n = "hmac:" + HMAC-SHA256(key, hash_{n-1} \n json_n)}
 * ({@link AuditKey}; {@code hash_0} is empty), so changing, inserting or removing any record breaks
 * every hash after it, and without the key nobody can recompute them. Records written before the key
 * existed carry a plain {@code SHA-256(hash_{n-1} || json_n)}; the signed checkpoint
 * ({@link AuditCheckpoint}) says from which sequence number on records must be keyed.
 *
 * <p>This class appends and keeps the chain's end; forcing to disk is {@link AuditSyncer}'s job,
 * walking the chain {@link AuditChainVerifier}'s (the whole chain at start: a broken chain stops the
 * start or makes the service read-only, {@link OnBrokenChain}), finding records {@link AuditQuery}'s.
 *
 * <p>A file rather than the graph: the trail must outlive a wiped or reloaded graph and must not be
 * writable with the database credentials the service uses for data. Cost: one {@code fsync} per
 * request, shared by concurrent ones (see docs/security.md for the measured rate); queries and
 * verification scan the file, O(records).
 */
@Component
public class AuditLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private long lastSeq;
    private String lastHash = "";
    /** End of the last line written. */
    private volatile long written;
    private final AuditKey key;
    private final AuditCheckpoint checkpoint;
    private final AuditSyncer syncer;
    private final AuditQuery query = new AuditQuery(this::lines);
    /** Why the trail did not verify at start, when the service runs read-only; else null. */
    private final String readOnlyReason;

    @Autowired
    AuditLog(GraphProperties props, SecurityProperties security) {
        this(props.dataDir().toAbsolutePath().resolve("audit").resolve("audit.log"),
                security.audit().keyFile() == null ? props.dataDir().toAbsolutePath().resolve("audit-key")
                        : security.audit().keyFile(),
                security.audit().keyFile() == null, security.audit().sync(), security.audit().syncInterval(),
                security.audit().onBrokenChain());
    }

    AuditLog(Path file) {
        this(file, AuditSync.PER_REQUEST, Duration.ZERO);
    }

    AuditLog(Path file, AuditSync sync, Duration syncInterval) {
        this(file, defaultKeyFile(file), true, sync, syncInterval, OnBrokenChain.REFUSE);
    }

    /** Where the key lives by default: beside the audit directory, {@code <dataDir>/audit-key}. */
    static Path defaultKeyFile(Path logFile) {
        return logFile.toAbsolutePath().getParent().resolveSibling("audit-key");
    }

    /**
     * Opens the trail, verifies it whole, and refuses to start ({@link IllegalStateException}) or
     * starts read-only when it is broken.
     */
    AuditLog(Path file, Path keyFile, boolean mayCreateKey, AuditSync sync, Duration syncInterval,
            OnBrokenChain onBroken) {
        this.file = file;
        this.key = AuditKey.load(keyFile, mayCreateKey);
        this.checkpoint = new AuditCheckpoint(keyFile, key);
        try {
            Files.createDirectories(file.getParent());
            restrict(file.getParent(), "rwx------");
            boolean created = !Files.exists(file);
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (created) {
                restrict(file, "rw-------");
            }
            recoverTail();
            channel.force(false); // whatever an earlier run left is on disk before anything is added
            written = channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the audit trail " + file, e);
        }
        this.syncer = new AuditSyncer(file, channel, written, sync, syncInterval, this::tail, () -> written,
                checkpoint);
        this.readOnlyReason = verifyAtStart(onBroken);
        syncer.start();
    }

    /** The chain's end as one snapshot, for the syncer. */
    private synchronized AuditSyncer.Tail tail() {
        return new AuditSyncer.Tail(written, lastSeq, lastHash);
    }

    /** Where the trail lives. */
    public Path file() {
        return file;
    }

    /**
     * Appends a record (its sequence number, time and hash are assigned here) and returns once it is
     * in the file and, under {@link AuditSync#PER_REQUEST}, on disk. Group commit: the line is written
     * under the lock, the {@code fsync} happens outside it ({@link AuditSyncer}).
     */
    public AuditRecord append(AuditRecord draft) {
        syncer.requireHealthy();
        AuditRecord record;
        long end;
        synchronized (this) {
            record = draft.withChain(lastSeq + 1, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), null);
            String body = canonical(record);
            String hash = key.chain(lastHash, body);
            String line = body.substring(0, body.length() - 1) + AuditChainVerifier.HASH_FIELD + hash + "\"}\n";
            try {
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                long at = channel.size();
                while (bytes.hasRemaining()) {
                    at += channel.write(bytes, at);
                }
                end = at;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the audit trail", e);
            }
            lastSeq = record.seq();
            lastHash = hash;
            written = end;
            record = record.withChain(record.seq(), record.time(), hash);
        }
        syncer.appended(end);
        return record;
    }

    /** The sync policy in force. */
    public AuditSync sync() {
        return syncer.policy();
    }

    /** Bytes of the trail known to be forced to disk. */
    long syncedLength() {
        return syncer.synced();
    }

    /** Bytes of the trail written (complete lines). */
    long writtenLength() {
        return written;
    }

    /** Why the service runs read-only (the chain did not verify at start); null when it does not. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** Reads the checkpoint or starts one (first keyed start); then walks the whole chain. */
    private String verifyAtStart(OnBrokenChain onBroken) {
        String problem = checkpoint.load(lastSeq, lastHash, file);
        if (problem == null) {
            AuditChainVerifier.Verification v = verify();
            if (!v.intact()) {
                problem = "record " + v.brokenAt() + ": " + v.reason();
            }
        }
        if (problem == null) {
            return null;
        }
        if (onBroken == OnBrokenChain.REFUSE) {
            throw new IllegalStateException("The audit trail " + file + " does not verify (" + problem + "); refusing "
                    + "to start. Investigate, or start read-only with favornet.security.audit.on-broken-chain=read-only.");
        }
        log.error("The audit trail {} does not verify ({}); running read-only: state-changing requests answer 503",
                file, problem);
        return problem;
    }

    /** The last sequence number written. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** One page of the records matching a filter, in sequence order ({@link AuditQuery}). */
    public AuditQuery.Page find(Predicate<AuditRecord> filter, int page, int size) {
        return query.find(filter, page, size);
    }

    /** Walks the chain of the live trail ({@link AuditChainVerifier}); also notices a tail cut off while running. */
    public AuditChainVerifier.Verification verify() {
        long expectedLast;
        synchronized (this) {
            expectedLast = lastSeq;
        }
        AuditCheckpoint.Checkpoint c = checkpoint.readSigned();
        AuditChainVerifier.Verification v = AuditChainVerifier.verify(this::lines, key, checkpoint.keyedFrom(),
                c == null ? 0 : c.seq(), c == null ? null : c.hash());
        if (v.intact() && v.records() < expectedLast) {
            return new AuditChainVerifier.Verification(false, v.records(), v.records() + 1, v.records() + 1,
                    "records after " + v.records() + " are missing (written up to " + expectedLast + ")");
        }
        return v;
    }

    /** The record as hashed: its JSON without the hash, fields in the declared order. */
    static String canonical(AuditRecord record) {
        ObjectNode node = JSON.valueToTree(record);
        node.remove("hash");
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Complete lines written so far (a snapshot of the length, so a concurrent append is not half-read). */
    private void lines(Predicate<String> consumer) {
        long length;
        synchronized (this) {
            try {
                length = channel.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long remaining = length;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                remaining -= line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (remaining < 0 || !consumer.test(line)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the last complete record to continue the chain. A torn last line (a crash during the
     * write, before any response was sent for it) is cut off so the chain stays verifiable.
     */
    private void recoverTail() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long size = raf.length();
            long end = lastNewline(raf, size);
            if (end + 1 < size) {
                log.warn("Audit trail {} ends with an incomplete record ({} bytes); cutting it off", file,
                        size - end - 1);
                raf.setLength(end + 1);
            }
            if (end < 0) {
                return;
            }
            long start = lastNewline(raf, end) + 1;
            byte[] bytes = new byte[(int) (end - start)];
            raf.seek(start);
            raf.readFully(bytes);
            String line = new String(bytes, StandardCharsets.UTF_8);
            JsonNode node = JSON.readTree(line);
            lastSeq = node.path("seq").asLong();
            lastHash = node.path("hash").asText();
            log.info("Audit trail {} continues after record {}", file, lastSeq);
        }
    }

    /** Offset of the last '\n' before {@code before}, or -1. */
    private static long lastNewline(RandomAccessFile raf, long before) throws IOException {
        byte[] block = new byte[8192];
        long pos = before;
        while (pos > 0) {
            int n = (int) Math.min(block.length, pos);
            pos -= n;
            raf.seek(pos);
            raf.readFully(block, 0, n);
            for (int i = n - 1; i >= 0; i--) {
                if (block[i] == '\n') {
                    return pos + i;
                }
            }
        }
        return -1;
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Cannot restrict permissions of {} on this file system", path);
        }
    }

    /** Forces what is written (the interval syncer's last round), writes a last checkpoint, closes the file. */
    @Override
    public void close() throws IOException {
        syncer.close(this);
    }
}
