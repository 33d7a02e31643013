package org.favornet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Predicate;

/**
 * Walks an audit chain from its first line: each record must carry the next sequence number and a
 * hash that links it to its predecessor, {@code "hmac:" + HMAC-SHA256(key, hash_{n-1} \n json_n)}
 * ({@link AuditKey}) from the first keyed record on, a plain {@code SHA-256(hash_{n-1} || json_n)}
 * before it; the record at the signed checkpoint must have the checkpoint's hash, and the trail must
 * reach it. O(records), one pass, constant memory.
 */
public final class AuditChainVerifier {

    static final String HASH_FIELD = ",\"hash\":\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChainVerifier() {}

    /**
     * The outcome of walking the chain.
     *
     * @param records records checked and found intact
     * @param brokenAt sequence number expected at the first broken record; null when intact
     * @param line line number (from 1) of the first broken record
     * @param reason what is wrong there
     */
    public record Verification(boolean intact, long records, Long brokenAt, Long line, String reason) {}

    /** The lines of a trail, in order, until the consumer says stop. */
    interface LineSource {
        void each(Predicate<String> consumer);
    }

    /** Walks the chain of a trail file (e.g. a copy) with the key and checkpoint beside its data directory. */
    public static Verification verify(Path file) {
        Path keyFile = AuditLog.defaultKeyFile(file);
        AuditKey key = AuditKey.load(keyFile, false);
        AuditCheckpoint.Checkpoint c = AuditCheckpoint.readUnsigned(AuditCheckpoint.besideKey(keyFile));
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

    static Verification verify(LineSource source, AuditKey key, long keyedFrom, long checkpointSeq,
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
}
