package org.favornet.ingest;

import java.nio.charset.StandardCharsets;

/**
 * How large a field may be. Values that land in an indexed property (keys, references, names,
 * region codes, programmes, household ids, normalised phones and addresses) must fit Neo4j's
 * index key: a larger one fails the whole write transaction, so it is rejected as a row before
 * anything is written. Every other field has a plain sanity bound, so a 5 MB cell is a rejected
 * row rather than a 5 MB property. The reader keeps at most {@link #READ_CHARS} characters of a
 * field, so one huge cell cannot exhaust memory.
 */
public final class FieldLimits {

    /**
     * The largest string Neo4j 5.26's RANGE index ({@code range-1.0}, the default, also behind
     * every uniqueness constraint) takes as a key, in UTF-8 bytes: 8,164 ASCII characters or 2,721
     * Chinese ones. Measured on the embedded store ({@code IndexKeyLimitTest} keeps it honest
     * across upgrades).
     */
    public static final int INDEX_KEY_BYTES = 8164;

    /** Any other field, in UTF-8 bytes: a long citizen report fits (about 10,000 Chinese characters). */
    static final int FIELD_BYTES = 32 * 1024;

    /** Characters of one field the reader keeps; beyond this the field is marked too long and dropped. */
    static final int READ_CHARS = FIELD_BYTES + 1;

    private FieldLimits() {}

    public static int utf8Bytes(String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** A value short enough to show in a report: at most 100 characters, then the size. */
    static String shown(String value) {
        if (value == null || value.length() <= 100) {
            return value;
        }
        return value.substring(0, 100) + "… (" + value.getBytes(StandardCharsets.UTF_8).length + " bytes)";
    }
}
