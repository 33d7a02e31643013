package org.favornet.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed checkpoint kept beside the audit key ({@code audit-checkpoint}): from which sequence
 * number on records must be keyed, and one recent record's sequence number and hash, with an HMAC
 * over them. Renewed every {@value #EVERY} records once they are on disk, and at close; at start a
 * trail shorter than the checkpoint, or whose record there differs, is broken: this catches a tail
 * cut off between restarts, up to the records written since the last checkpoint.
 */
final class AuditCheckpoint {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Records between checkpoints. */
    static final int EVERY = 256;

    private final Path file;
    private final AuditKey key;
    /** First sequence number that must be keyed (records before it are from before the key). */
    private long keyedFrom;
    /** Sequence number of the last checkpoint written; guarded by the syncer's lock (or start/close). */
    private long checkpointed;

    /**
     * A signed note.
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

    AuditCheckpoint(Path keyFile, AuditKey key) {
        this.file = besideKey(keyFile);
        this.key = key;
    }

    static Path besideKey(Path keyFile) {
        return keyFile.resolveSibling("audit-checkpoint");
    }

    long keyedFrom() {
        return keyedFrom;
    }

    /** Whether enough records were written since the last checkpoint to write a new one. */
    boolean due(long seq) {
        return seq - checkpointed >= EVERY;
    }

    /** Whether records after the last checkpoint exist. */
    boolean behind(long seq) {
        return seq > checkpointed;
    }

    /**
     * Reads the checkpoint, or starts one at the first keyed start; returns what is wrong with it, or
     * null. {@code lastSeq} and {@code lastHash} are the trail's last record as found at start.
     */
    String load(long lastSeq, String lastHash, Path trail) {
        try {
            if (Files.exists(file)) {
                Checkpoint c = JSON.readValue(file.toFile(), Checkpoint.class);
                if (!signed(c)) {
                    return "the checkpoint " + file + " was not signed with this key";
                }
                keyedFrom = c.keyedFrom();
                checkpointed = c.seq();
                return null;
            }
            if (lastHash.startsWith(AuditKey.PREFIX) || !key.created()) {
                // The checkpoint is written right after the key is made: a key without one means it was removed.
                return "the checkpoint " + file + " beside the audit key is missing";
            }
            keyedFrom = lastSeq + 1;
            if (lastSeq > 0) {
                log.info("Audit trail {}: records 1-{} are plain SHA-256 chained; keyed (HMAC) records start at {}",
                        trail, lastSeq, keyedFrom);
            }
            write(lastSeq, lastHash);
            return null;
        } catch (IOException e) {
            return "the checkpoint " + file + " cannot be read: " + e.getMessage();
        }
    }

    /**
     * Writes a checkpoint for a record already forced to disk, so a power failure cannot leave a
     * checkpoint ahead of the trail. Caller holds the syncer's lock (or is starting or closing).
     */
    void write(long seq, String hash) {
        Checkpoint c = new Checkpoint(keyedFrom, seq, hash, key.mac(Checkpoint.text(keyedFrom, seq, hash)));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            AuditKey.restrict(tmp);
            Files.write(tmp, JSON.writeValueAsBytes(c));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            checkpointed = seq;
        } catch (IOException e) {
            // The checkpoint only narrows what a restart can miss; the trail itself is intact.
            log.warn("Audit checkpoint {} could not be written: {}", file, e.getMessage());
        }
    }

    /** The checkpoint on disk if it is signed with this key; else null. */
    Checkpoint readSigned() {
        try {
            Checkpoint c = JSON.readValue(file.toFile(), Checkpoint.class);
            return signed(c) ? c : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The checkpoint at {@code file} as written, unchecked; one that requires nothing when unreadable. */
    static Checkpoint readUnsigned(Path file) {
        try {
            return JSON.readValue(file.toFile(), Checkpoint.class);
        } catch (IOException e) {
            return new Checkpoint(Long.MAX_VALUE, 0, null, null);
        }
    }

    private boolean signed(Checkpoint c) {
        return AuditKey.same(key.mac(Checkpoint.text(c.keyedFrom(), c.seq(), c.hash())), c.mac());
    }
}
