package org.favornet.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identity number of GB 11643-1999: a 6-digit region code, the birth
 * date {@code YYYYMMDD}, a 3-digit sequence whose last digit is odd for men and even for women,
 * and a check digit over ISO 7064 MOD 11-2: {@code sum(digit_i * weight_i) mod 11} with weights
 * {@code 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2} indexes {@code "10X98765432"}. O(1).
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final java.time.format.DateTimeFormatter BASIC = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;

    private ResidentId() {}

    /** True for 17 ASCII digits followed by a digit or {@code X}/{@code x}: the shape of a resident ID. */
    public static boolean looksLikeOne(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The check character the first 17 digits call for. */
    public static char checkDigit(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** True when an 18-character id has a valid check character (case-insensitive {@code x}). */
    public static boolean verifies(String id) {
        return looksLikeOne(id) && Character.toUpperCase(id.charAt(17)) == checkDigit(id);
    }

    /** The birth date inside the number, or {@code null} when digits 7-14 are not a calendar date. */
    public static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** True for a number that verifies and carries a real birth date. */
    public static boolean isValid(String id) {
        return verifies(id) && birthDate(id) != null;
    }

    /**
     * Builds a number (for generated counties); {@code sequence} is 0-999 and must already carry
     * the sex parity.
     */
    public static String compose(String region6, LocalDate birth, int sequence) {
        StringBuilder id = new StringBuilder(18).append(region6).append(BASIC.format(birth));
        if (sequence < 100) {
            id.append('0');
        }
        if (sequence < 10) {
            id.append('0');
        }
        id.append(sequence);
        return id.append(checkDigit(id)).toString();
    }

    /** True when the 17th digit is odd. */
    public static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    /** {@code M} when the 17th digit is odd, else {@code F}. */
    public static String gender(String id) {
        return isMale(id) ? "M" : "F";
    }
}
