package org.favornet.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.favornet.graph.GraphProperties;
import org.favornet.web.ApiProblem;
import org.favornet.web.ProblemKind;
import org.springframework.stereotype.Component;

/**
 * Opaque, stable references to persons, so a viewer who sees masked ID numbers can still ask
 * about a person: {@code ref = "p." + base64url(nonce || AES-GCM(id))} with a deterministic nonce
 * (HMAC of the id, SIV style), under a key kept in the data directory. Every API that takes a
 * person id also takes a ref.
 */
@Component
public class PersonRefs {

    private static final String PREFIX = "p.";
    /** Refs are deterministic, and an answer names the same persons many times: keep recent ones. */
    private static final int CACHED_REFS = 50_000;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final SecretKeySpec aes;
    private final SecretKeySpec hmac;

    PersonRefs(GraphProperties props) {
        byte[] key = key(props.dataDir().toAbsolutePath().resolve("person-ref.key"));
        this.aes = new SecretKeySpec(Arrays.copyOfRange(key, 0, 16), "AES");
        this.hmac = new SecretKeySpec(Arrays.copyOfRange(key, 16, 48), "HmacSHA256");
    }

    public String ref(String personId) {
        String cached = cache.get(personId);
        if (cached != null) {
            return cached;
        }
        String ref = seal(personId);
        if (cache.size() >= CACHED_REFS) {
            cache.clear(); // crude but bounded; the next answers refill it
        }
        cache.put(personId, ref);
        return ref;
    }

    private String seal(String personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmac);
            byte[] nonce = Arrays.copyOf(mac.doFinal(personId.getBytes(StandardCharsets.UTF_8)), 12);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(personId.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person id a ref stands for; empty for anything that is not a ref made here. */
    public Optional<String> decode(String ref) {
        if (ref == null || !ref.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(ref.substring(PREFIX.length()));
            if (all.length < 12 + 16) {
                return Optional.empty();
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(128, all, 0, 12));
            return Optional.of(new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Accepts either a ref or a plain person id, as path and query parameters do. A viewer without
     * clear-data permission may not name a person by his resident ID number: answering 200 or 404
     * would confirm guessed numbers (an oracle), so the request is refused with a 400 naming the
     * ref, before anything is looked up, whether such a person exists or not.
     */
    public String resolve(String refOrId, Viewer viewer) {
        Optional<String> decoded = decode(refOrId);
        if (decoded.isPresent()) {
            return decoded.get();
        }
        if (!viewer.clearData() && looksLikeResidentId(refOrId)) {
            throw new ApiProblem(ProblemKind.USE_REF, "problem.detail.use-ref");
        }
        return refOrId;
    }

    /** 18 or 15 characters of digits (any script) with an optional final X, once spaces and dashes are dropped. */
    static boolean looksLikeResidentId(String s) {
        if (s == null) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
            } else if ((c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58') && i == s.length() - 1) {
                digits.append('X');
            } else if (c != ' ' && c != '-') {
                return false;
            }
        }
        return digits.length() == 18 || digits.length() == 15;
    }

    private static byte[] key(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[48];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // non-POSIX file system: nothing more we can do
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
