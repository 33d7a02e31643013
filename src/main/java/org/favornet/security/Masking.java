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
            case SOURCE_TEXT -> sourceText(value);
        };
    }

    private static final Pattern DATE = Pattern.compile("(?U)(?<!\\d)(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?!\\d)");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("(?U)(?<!\\d)(\\d{4})\\d{4}(?!\\d)");

    /**
     * Text quoted from a source record, for a viewer without clear data: identifiers masked
     * ({@link FreeTextMasking}), full dates cut to the year ({@code 1965-**-**}) and the last four
     * of an 8-digit run starred ({@code 1965****}), so no birth date finer than the year is left
     * beside a masked ID. Used for rejected rows and their reasons.
     */
    public static String sourceText(String text) {
        if (text == null) {
            return null;
        }
        String s = FreeTextMasking.scrub(text);
        s = DATE.matcher(s).replaceAll("$1-**-**");
        return EIGHT_DIGITS.matcher(s).replaceAll("$1****");
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
