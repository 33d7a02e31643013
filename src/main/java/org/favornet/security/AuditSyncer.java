package org.favornet.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forces the audit trail to disk by its {@link AuditSync} policy: under {@link AuditSync#PER_REQUEST}
 * each append waits for a force covering its line (group commit: one {@code fsync} covers every line
 * written before it began, so concurrent appends share it); under {@link AuditSync#INTERVAL} a
 * background thread forces the file every interval, and a failed background force makes the trail
 * refuse further records (fail closed). After a force it renews the signed checkpoint when due.
 *
 * <p>Lock order: this syncer's lock, then the trail's (to read its tail); appends take only the
 * trail's, so lines are written while a force runs.
 */
final class AuditSyncer {

    private static final Logger log = LoggerFactory.getLogger(AuditSyncer.class);

    /** The trail's end as one consistent snapshot: bytes written, last sequence number and hash. */
    record Tail(long written, long seq, String hash) {}

    private final Path file;
    private final FileChannel channel;
    private final AuditSync policy;
    private final Duration interval;
    /** Reads the trail's tail under the trail's lock. */
    private final Supplier<Tail> tail;
    /** The end of the last line written (a volatile read, no lock). */
    private final LongSupplier written;
    private final AuditCheckpoint checkpoint;
    private final Object lock = new Object();
    /** How far the file is known to be on disk; read by the background syncer and tests. */
    private volatile long synced;
    /** Set when a background force failed: the trail then refuses appends (fail closed). */
    private volatile IOException failure;
    private ScheduledExecutorService background;

    AuditSyncer(Path file, FileChannel channel, long synced, AuditSync policy, Duration interval, Supplier<Tail> tail,
            LongSupplier written, AuditCheckpoint checkpoint) {
        this.file = file;
        this.channel = channel;
        this.synced = synced;
        this.policy = policy;
        this.interval = interval;
        this.tail = tail;
        this.written = written;
        this.checkpoint = checkpoint;
    }

    /** Starts the background thread under {@link AuditSync#INTERVAL}; nothing under per-request. */
    void start() {
        if (policy != AuditSync.INTERVAL) {
            return;
        }
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("The audit sync interval must be positive");
        }
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-sync");
            t.setDaemon(true);
            return t;
        });
        long nanos = interval.toNanos();
        background.scheduleWithFixedDelay(this::syncInBackground, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    private void syncInBackground() {
        try {
            syncTo(written.getAsLong());
        } catch (UncheckedIOException e) {
            failure = e.getCause();
            log.error("Audit trail {} could not be forced to disk; refusing further records", file, e);
        }
    }

    /** Throws when a background force failed: no record may be added to a trail that is not reaching the disk. */
    void requireHealthy() {
        if (failure != null) {
            throw new UncheckedIOException("The audit trail could not be forced to disk", failure);
        }
    }

    /** After a line ending at {@code end} was written: returns once it is on disk, under per-request. */
    void appended(long end) {
        if (policy == AuditSync.PER_REQUEST) {
            syncTo(end);
        }
    }

    AuditSync policy() {
        return policy;
    }

    /** Bytes of the trail known to be forced to disk. */
    long synced() {
        return synced;
    }

    /** Forces the file unless a force already covered {@code end}; then renews the checkpoint when due. */
    void syncTo(long end) {
        synchronized (lock) {
            if (synced >= end || !channel.isOpen()) {
                return;
            }
            Tail t = tail.get();
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot force the audit trail to disk", e);
            }
            synced = t.written();
            if (checkpoint.due(t.seq())) {
                checkpoint.write(t.seq(), t.hash());
            }
        }
    }

    /**
     * Stops the background thread, then, holding this syncer's lock and the trail's ({@code trailLock}),
     * forces what is written, writes a last checkpoint and closes the file.
     */
    void close(Object trailLock) throws IOException {
        if (background != null) {
            background.shutdownNow();
            try {
                background.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lock) {
            synchronized (trailLock) {
                if (channel.isOpen()) {
                    Tail t = tail.get();
                    syncTo(t.written());
                    if (checkpoint.behind(t.seq())) {
                        checkpoint.write(t.seq(), t.hash());
                    }
                    channel.close();
                }
            }
        }
    }
}
