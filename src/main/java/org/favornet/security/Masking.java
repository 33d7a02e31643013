package org.favornet.security;

import java.util.regex.Pattern;

/** How identifiers look to a viewer without clear-data permission. */
public final class Masking {

    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dXx]");

    private Masking() {}

    /** True for an 18-character resident identity number (GB 11643-1999 shape). */
    public static boolean isResidentId(String s) {
        return s != null && RESIDENT_ID.matcher(s).matches();
    }

    public static String mask(Sensitive.Kind kind, String value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case PERSON_ID -> isResidentId(value) ? value.substring(0, 6) + "********" + value.substring(14) : value;
            case PHONE, ACCOUNT -> keepLast(value, 4);
        };
    }

    /**
     * Masks every resident-ID-shaped run ({@code \d{17}[\dXx]}) inside free text, e.g. a message, a
     * path or a query parameter; see {@link DigitRunMasker}. Returns the same instance when clean.
     */
    public static String scrub(String text) {
        return DigitRunMasker.scrub(text);
    }

    /** Masks when the viewer may not see clear data. */
    public static String forViewer(Viewer viewer, Sensitive.Kind kind, String value) {
        return viewer.clearData() ? value : mask(kind, value);
    }

    private static String keepLast(String value, int keep) {
        if (value.length() <= keep) {
            return "*".repeat(value.length());
        }
        return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }
}
