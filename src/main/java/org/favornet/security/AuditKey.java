package org.favornet.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain (RFC 2104 HMAC-SHA256): record {@code n}'s hash is
 * {@code "hmac:" + base64url(HMAC(key, hash_{n-1} || json_n))}, so whoever can edit the log but not
 * read this key cannot recompute the hashes after an edit, as anyone could with plain SHA-256. The
 * key is 32 random bytes in an owner-only file kept apart from the log (by default
 * {@code <dataDir>/audit-key}; put it on other storage with {@code favornet.security.audit.key-file}),
 * generated at first start. A configured key file that is missing is an error, never regenerated: a
 * new key would make the whole trail unverifiable.
 */
final class AuditKey {

    static final String PREFIX = "hmac:";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final boolean created;

    private AuditKey(byte[] secret, boolean created) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.created = created;
    }

    /** Whether this start generated the key (the trail's first keyed start). */
    boolean created() {
        return created;
    }

    /** Reads the key, or generates it when {@code mayCreate} and the file does not exist yet. */
    static AuditKey load(Path file, boolean mayCreate) {
        try {
            if (!Files.exists(file)) {
                if (!mayCreate) {
                    throw new IllegalStateException("The audit key " + file + " is missing; the trail cannot be "
                            + "verified or continued without it. Restore it from its backup.");
                }
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".new");
                Files.deleteIfExists(tmp);
                Files.createFile(tmp);
                restrict(tmp);
                Files.writeString(tmp, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                return new AuditKey(secret, true);
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < 32) {
                throw new IllegalStateException("The audit key " + file + " is shorter than 32 bytes");
            }
            return new AuditKey(secret, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key " + file, e);
        }
    }

    /** A key from given bytes (tests). */
    static AuditKey of(byte[] secret) {
        return new AuditKey(secret.clone(), false);
    }

    /** The keyed link from the previous record's hash to this record's canonical JSON. */
    String chain(String previousHash, String body) {
        return PREFIX + mac(previousHash + "\n" + body);
    }

    /** A keyed tag over any text (checkpoints). */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of two tags. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and friends: the directory's ACLs have to do.
        }
    }
}
