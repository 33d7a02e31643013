package org.favornet.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.favornet.graph.GraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The append-only, keyed hash-chained audit trail: one JSON line per request in
 * {@code <dataDir>/audit/audit.log}, each written before the response it describes is sent and, by
 * default ({@link AuditSync#PER_REQUEST}), forced to disk ({@code fsync}) before it too; under
 * {@link AuditSync#INTERVAL} a background thread forces the file within a configured interval.
 * Record {@code n} carries {@code hash_n = "hmac:" + HMAC-SHA256(key, hash_{n-1} \n json_n)}
 * ({@link AuditKey}; {@code hash_0} is empty), so changing, inserting or removing any record breaks
 * every hash after it, and without the key nobody can recompute them. Records written before the key
 * existed carry a plain {@code SHA-256(hash_{n-1} || json_n)} and are verified as before; the signed
 * checkpoint beside the key says from which sequence number on records must be keyed, so an old-style
 * rewrite of later records is refused.
 *
 * <p>The checkpoint ({@code audit-checkpoint} beside the key: first keyed sequence number, a recent
 * record's sequence number and hash, HMAC over them) is renewed every {@value #CHECKPOINT_EVERY}
 * records once they are on disk, and at close; at start a trail shorter than the checkpoint, or whose
 * record at the checkpoint differs, is broken: this catches a tail cut off between restarts, up to
 * the records written since the last checkpoint. The whole chain is verified at start; a broken
 * chain stops the start or makes the service read-only ({@link OnBrokenChain}).
 *
 * <p>A file rather than the graph: the trail must outlive a wiped or reloaded graph and must not be
 * writable with the database credentials the service uses for data. Cost: one {@code fsync} per
 * request, shared by concurrent ones (see docs/security.md for the measured rate); queries and
 * verification scan the file, O(records).
 */
@Component
public class AuditLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String HASH_FIELD = ",\"hash\":\"";
    /** Records between checkpoints. */
    static final int CHECKPOINT_EVERY = 256;

    private final Path file;
    private final FileChannel channel;
    private long lastSeq;
    private String lastHash = "";
    /** End of the last line written. */
    private volatile long written;
    private final Object syncLock = new Object();
    /** How far the file is known to be on disk; read by the background syncer and tests. */
    private volatile long synced;
    private final AuditSync sync;
    private final AuditKey key;
    private final Path checkpointFile;
    /** First sequence number that must be keyed (records before it are from before the key). */
    private long keyedFrom;
    /** Sequence number of the last checkpoint written; guarded by {@link #syncLock}. */
    private long checkpointed;
    /** Why the trail did not verify at start, when the service runs read-only; else null. */
    private final String readOnlyReason;
    private final ScheduledExecutorService syncer;
    /** Set when a background force failed: the trail then refuses appends (fail closed). */
    private volatile IOException syncFailure;

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
        this.sync = sync;
        this.key = AuditKey.load(keyFile, mayCreateKey);
        this.checkpointFile = keyFile.resolveSibling("audit-checkpoint");
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
            synced = written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the audit trail " + file, e);
        }
        this.readOnlyReason = verifyAtStart(onBroken);
        if (sync == AuditSync.INTERVAL) {
            if (syncInterval.isZero() || syncInterval.isNegative()) {
                throw new IllegalArgumentException("The audit sync interval must be positive");
            }
            syncer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "audit-sync");
                t.setDaemon(true);
                return t;
            });
            long nanos = syncInterval.toNanos();
            syncer.scheduleWithFixedDelay(this::syncInBackground, nanos, nanos, TimeUnit.NANOSECONDS);
        } else {
            syncer = null;
        }
    }

    private void syncInBackground() {
        try {
            syncTo(written);
        } catch (UncheckedIOException e) {
            syncFailure = e.getCause();
            log.error("Audit trail {} could not be forced to disk; refusing further records", file, e);
        }
    }

    /** Where the trail lives. */
    public Path file() {
        return file;
    }

    /**
     * Appends a record (its sequence number, time and hash are assigned here) and returns once it is
     * in the file and, under {@link AuditSync#PER_REQUEST}, on disk. Group commit: the line is written
     * under the lock, the {@code fsync} happens outside it, and one {@code fsync} covers every line
     * written before it started, so concurrent requests share the cost instead of queueing behind one
     * sync each (no fixed window: a lone request waits for its own sync only).
     */
    public AuditRecord append(AuditRecord draft) {
        if (syncFailure != null) {
            throw new UncheckedIOException("The audit trail could not be forced to disk", syncFailure);
        }
        AuditRecord record;
        long end;
        synchronized (this) {
            record = draft.withChain(lastSeq + 1, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), null);
            String body = canonical(record);
            String hash = key.chain(lastHash, body);
            String line = body.substring(0, body.length() - 1) + HASH_FIELD + hash + "\"}\n";
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
        if (sync == AuditSync.PER_REQUEST) {
            syncTo(end);
        }
        return record;
    }

    /** The sync policy in force. */
    public AuditSync sync() {
        return sync;
    }

    /** Bytes of the trail known to be forced to disk. */
    long syncedLength() {
        return synced;
    }

    /** Bytes of the trail written (complete lines). */
    long writtenLength() {
        return written;
    }

    private void syncTo(long end) {
        synchronized (syncLock) {
            if (synced >= end || !channel.isOpen()) {
                return;
            }
            long target;
            long seq;
            String hash;
            synchronized (this) {
                target = written;
                seq = lastSeq;
                hash = lastHash;
            }
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot force the audit trail to disk", e);
            }
            synced = target;
            if (seq - checkpointed >= CHECKPOINT_EVERY) {
                writeCheckpoint(seq, hash);
            }
        }
    }

    /** Why the service runs read-only (the chain did not verify at start); null when it does not. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /**
     * The signed checkpoint: from which record on hashes are keyed, and one record known to be on
     * disk. Only ever written for records already forced, so a power failure cannot leave a
     * checkpoint ahead of the trail. Caller holds {@link #syncLock} (or is the constructor).
     */
    private void writeCheckpoint(long seq, String hash) {
        Checkpoint c = new Checkpoint(keyedFrom, seq, hash, key.mac(Checkpoint.text(keyedFrom, seq, hash)));
        try {
            Path tmp = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            AuditKey.restrict(tmp);
            Files.write(tmp, JSON.writeValueAsBytes(c));
            Files.move(tmp, checkpointFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            checkpointed = seq;
        } catch (IOException e) {
            // The checkpoint only narrows what a restart can miss; the trail itself is intact.
            log.warn("Audit checkpoint {} could not be written: {}", checkpointFile, e.getMessage());
        }
    }

    /**
     * A signed note kept beside the key.
     *
     * @param keyedFrom first sequence number whose record must carry a keyed hash
     * @param seq a record known to be on disk
     * @param hash that record's hash
     * @param mac HMAC over the three
     */
    record Checkpoint(long keyedFrom, long seq, String hash, String mac) {

        static String text(long keyedFrom, long seq, String hash) {
            return "audit-checkpoint|" + keyedFrom + "|" + seq + "|" + hash;
        }
    }

    /** Reads the checkpoint or starts one (first keyed start); then walks the whole chain. */
    private String verifyAtStart(OnBrokenChain onBroken) {
        String problem = null;
        try {
            if (Files.exists(checkpointFile)) {
                Checkpoint c = JSON.readValue(checkpointFile.toFile(), Checkpoint.class);
                if (!AuditKey.same(key.mac(Checkpoint.text(c.keyedFrom(), c.seq(), c.hash())), c.mac())) {
                    problem = "the checkpoint " + checkpointFile + " was not signed with this key";
                } else {
                    keyedFrom = c.keyedFrom();
                    checkpointed = c.seq();
                }
            } else if (lastHash.startsWith(AuditKey.PREFIX) || !key.created()) {
                // The checkpoint is written right after the key is made: a key without one means it was removed.
                problem = "the checkpoint " + checkpointFile + " beside the audit key is missing";
            } else {
                keyedFrom = lastSeq + 1;
                if (lastSeq > 0) {
                    log.info("Audit trail {}: records 1-{} are plain SHA-256 chained; keyed (HMAC) records start at {}",
                            file, lastSeq, keyedFrom);
                }
                writeCheckpoint(lastSeq, lastHash);
            }
        } catch (IOException e) {
            problem = "the checkpoint " + checkpointFile + " cannot be read: " + e.getMessage();
        }
        if (problem == null) {
            Verification v = verify();
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

    /** One page of the records matching a filter, in sequence order. */
    public record Page(List<AuditRecord> items, long total, int page, int size) {}

    public Page find(Predicate<AuditRecord> filter, int page, int size) {
        List<AuditRecord> items = new ArrayList<>();
        long[] total = {0};
        long skip = (long) page * size;
        lines(line -> {
            AuditRecord r = parse(line);
            if (r != null && filter.test(r)) {
                if (total[0] >= skip && items.size() < size) {
                    items.add(r);
                }
                total[0]++;
            }
            return true;
        });
        return new Page(items, total[0], page, size);
    }

    /**
     * The outcome of walking the chain.
     *
     * @param records records checked and found intact
     * @param brokenAt sequence number expected at the first broken record; null when intact
     * @param line line number (from 1) of the first broken record
     * @param reason what is wrong there
     */
    public record Verification(boolean intact, long records, Long brokenAt, Long line, String reason) {}

    /** Walks the chain of the live trail; also notices a tail cut off while running. */
    public Verification verify() {
        long expectedLast;
        synchronized (this) {
            expectedLast = lastSeq;
        }
        Verification v = verify(this::lines, key, keyedFrom, checkpointSeq(), checkpointHash());
        if (v.intact() && v.records() < expectedLast) {
            return new Verification(false, v.records(), v.records() + 1, v.records() + 1,
                    "records after " + v.records() + " are missing (written up to " + expectedLast + ")");
        }
        return v;
    }

    private long checkpointSeq() {
        Checkpoint c = readCheckpoint();
        return c == null ? 0 : c.seq();
    }

    private String checkpointHash() {
        Checkpoint c = readCheckpoint();
        return c == null ? null : c.hash();
    }

    private Checkpoint readCheckpoint() {
        try {
            Checkpoint c = JSON.readValue(checkpointFile.toFile(), Checkpoint.class);
            return AuditKey.same(key.mac(Checkpoint.text(c.keyedFrom(), c.seq(), c.hash())), c.mac()) ? c : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Walks the chain of a trail file (e.g. a copy) with the key and checkpoint beside its data directory. */
    public static Verification verify(Path file) {
        Path keyFile = defaultKeyFile(file);
        AuditKey key = AuditKey.load(keyFile, false);
        Checkpoint c;
        try {
            c = JSON.readValue(keyFile.resolveSibling("audit-checkpoint").toFile(), Checkpoint.class);
        } catch (IOException e) {
            c = new Checkpoint(Long.MAX_VALUE, 0, null, null);
        }
        return verify(file, key, c.keyedFrom(), c.seq(), c.hash());
    }

    /** Walks the chain of any trail file with a key; records from {@code keyedFrom} on must be keyed. */
    static Verification verify(Path file, AuditKey key, long keyedFrom, long checkpointSeq, String checkpointHash) {
        return verify(consumer -> {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!consumer.test(line)) {
                        return;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, key, keyedFrom, checkpointSeq, checkpointHash);
    }

    private interface LineSource {
        void each(Predicate<String> consumer);
    }

    private static Verification verify(LineSource source, AuditKey key, long keyedFrom, long checkpointSeq,
            String checkpointHash) {
        String[] prev = {""};
        long[] n = {0};
        Verification[] broken = {null};
        source.each(line -> {
            long seq = n[0] + 1;
            String reason = check(line, seq, prev, key, keyedFrom);
            if (reason == null && seq == checkpointSeq && checkpointHash != null && !checkpointHash.equals(prev[0])) {
                reason = "record differs from the signed checkpoint";
            }
            if (reason != null) {
                broken[0] = new Verification(false, n[0], seq, seq, reason);
                return false;
            }
            n[0] = seq;
            return true;
        });
        if (broken[0] != null) {
            return broken[0];
        }
        if (n[0] < checkpointSeq) {
            return new Verification(false, n[0], n[0] + 1, n[0] + 1, "records after " + n[0]
                    + " are missing (the signed checkpoint names record " + checkpointSeq + ")");
        }
        return new Verification(true, n[0], null, null, null);
    }

    /** Null when the line is record {@code seq} chained to {@code prev[0]}; advances {@code prev[0]}. */
    private static String check(String line, long seq, String[] prev, AuditKey key, long keyedFrom) {
        int at = line.lastIndexOf(HASH_FIELD);
        if (at < 0 || !line.endsWith("\"}")) {
            return "no hash";
        }
        String stored = line.substring(at + HASH_FIELD.length(), line.length() - 2);
        String body = line.substring(0, at) + "}";
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            return "not a JSON record";
        }
        if (node.path("seq").asLong(-1) != seq) {
            return "sequence number " + node.path("seq").asText() + " where " + seq + " was expected";
        }
        if (stored.startsWith(AuditKey.PREFIX)) {
            if (!AuditKey.same(key.chain(prev[0], body), stored)) {
                return "hash does not match the record and its predecessor under the audit key";
            }
        } else if (seq >= keyedFrom) {
            return "unkeyed (plain SHA-256) hash where keyed records are required (from record " + keyedFrom + ")";
        } else if (!chain(prev[0], body).equals(stored)) {
            return "hash does not match the record and its predecessor";
        }
        prev[0] = stored;
        return null;
    }

    static String canonical(AuditRecord record) {
        ObjectNode node = JSON.valueToTree(record);
        node.remove("hash");
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain SHA-256 link of records written before the key existed. */
    static String chain(String previousHash, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditRecord parse(String line) {
        try {
            return JSON.readValue(line, AuditRecord.class);
        } catch (IOException e) {
            return null;
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

    /** Forces what is written (the interval syncer's last round), then closes the file. */
    @Override
    public void close() throws IOException {
        if (syncer != null) {
            syncer.shutdownNow();
            try {
                syncer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (syncLock) {
            synchronized (this) {
                if (channel.isOpen()) {
                    syncTo(written);
                    if (lastSeq > checkpointed) {
                        writeCheckpoint(lastSeq, lastHash);
                    }
                    channel.close();
                }
            }
        }
    }
}
