package org.favornet.security;

import java.util.regex.Pattern;

/**
 * Masks identifiers written inside free text (names of things, notes, tip text, addresses,
 * provenance, rejected rows) for viewers without clear-data permission.
 *
 * <p>A <em>number</em> is a maximal run of decimal digits (ASCII, full-width {@code ０-９} or any
 * other Unicode {@code Nd} digit), whatever stands before or after it (a Latin letter, a Chinese
 * character, another digit), plus an {@code X}/{@code x} directly after 17 digits (the GB 11643
 * check character). Groups of 3 or more digits joined by one space or dash (also no-break and
 * ideographic space) are read as one number too ({@code 6222 0212 3456 7890},
 * {@code 138-1234-5678}, {@code 410102 19650307 0011}); dates ({@code 2024-01-05}) have 2-digit
 * groups and never join. A number is masked when it can be one of:
 * <ul>
 *   <li>a resident ID, 18 characters: first 6 and last 4 kept, as {@link Masking#mask};</li>
 *   <li>a mobile phone, 11 digits starting with 1[3-9], alone or glued to one to three more
 *       digits ({@code 8613812345678}, {@code 913812345678}): last 4 kept;</li>
 *   <li>a first-generation resident ID (15 digits), a bank card or account (16-19 digits) or any
 *       longer run (which may hide any of these glued to other digits): last 4 kept.</li>
 * </ul>
 * Other runs of 12-14 digits stay. A 12-digit region code ({@code 130102001001}) can look like a
 * phone glued to a digit: structured region-code fields are therefore not free text and are not
 * passed here, and a UUID (a generated id, never personal data) is left whole. Cost O(n), one pass.
 */
public final class FreeTextMasking {

    private static final int KEEP = 4;
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FreeTextMasking() {}

    /** The text with every identifier-shaped number masked; the same instance when there is none. */
    public static String scrub(String text) {
        if (text == null || text.length() < 11 || UUID.matcher(text).matches()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = runEnd(text, i);
            int digits = end - start;
            int chainEnd = end;
            int chainDigits = digits;
            // Join groups of 3+ digits separated by exactly one separator.
            int groupDigits = digits;
            while (groupDigits >= 3 && chainEnd + 1 < n && separator(text.charAt(chainEnd))
                    && Character.isDigit(text.charAt(chainEnd + 1))) {
                int next = runEnd(text, chainEnd + 1);
                int nextDigits = next - chainEnd - 1;
                if (nextDigits < 3) {
                    break;
                }
                chainDigits += nextDigits;
                chainEnd = next;
                groupDigits = nextDigits;
            }
            boolean checkChar = false;
            if (chainEnd == end && digits == 17 && end < n && check(text.charAt(end))) {
                checkChar = true;
                end++;
                chainEnd = end;
            } else if (chainEnd > end && chainDigits == 17 && chainEnd < n
                    && check(text.charAt(chainEnd))) {
                checkChar = true;
                chainEnd++;
            }
            int maskEnd;
            int length;
            if (chainEnd > end && maskable(text, start, chainDigits + (checkChar ? 1 : 0))) {
                maskEnd = chainEnd;
                length = chainDigits + (checkChar ? 1 : 0);
            } else {
                maskEnd = end;
                length = digits + (checkChar && end == chainEnd ? 1 : 0);
            }
            if (maskable(text, start, length)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, start);
                mask(text, start, maskEnd, length, out);
                copied = maskEnd;
            }
            i = maskEnd;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    private static int runEnd(String text, int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '-' || c == '\u00A0' || c == '\u3000' || c == '\uFF0D';
    }

    /** Whether a number of this many characters (digits and a final check character) starting at {@code start} is masked. */
    private static boolean maskable(String text, int start, int length) {
        if (length >= 15) {
            return true;
        }
        if (length < 11) {
            return false;
        }
        // 11-14: a mobile number at any offset (alone, after a country code 86, glued to other digits).
        for (int at = 0; at + 11 <= length; at++) {
            int lead = digit(nthDigit(text, start, at));
            int next = digit(nthDigit(text, start, at + 1));
            if (lead == 1 && next >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The {@code k}-th digit of the number starting at {@code start}, skipping separators. */
    private static char nthDigit(String text, int start, int k) {
        int seen = 0;
        for (int i = start; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                if (seen++ == k) {
                    return text.charAt(i);
                }
            }
        }
        return ' ';
    }

    /** The GB 11643 check character X, also full-width. */
    private static boolean check(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    private static int digit(char c) {
        return Character.digit(c, 10);
    }

    /**
     * Writes the number {@code text[start, end)} masked: an 18-character number keeps its first 6
     * and last 4 characters, any other its last 4; separators stay where they were.
     */
    private static void mask(String text, int start, int end, int length, StringBuilder out) {
        int keepHead = length == 18 ? 6 : 0;
        int seen = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (separator(c) && seen > 0 && seen < length) {
                out.append(c);
                continue;
            }
            boolean keep = seen < keepHead || seen >= length - KEEP;
            out.append(keep ? c : '*');
            seen++;
        }
    }
}
