package org.favornet.ingest;

import java.util.Set;

/**
 * Family relation codes of GB/T 4761-2008 (家庭关系代码), the relation of a household member to
 * the head of the household: one digit for the broad class, two digits for the precise relation
 * (table in records.md). Codes are strings: {@code "1"} (spouse) and {@code "01"} (self) differ.
 */
public final class Gb4761 {

    private Gb4761() {}

    static final Set<String> HEAD = Set.of("0", "01", "02");
    static final Set<String> SPOUSE = Set.of("1", "10", "11", "12");
    static final Set<String> SON = Set.of("2", "20", "21", "22", "23", "24", "25", "26", "27", "29");
    static final Set<String> DAUGHTER = Set.of("3", "30", "31", "32", "33", "34", "35", "36", "37", "39");
    static final Set<String> PARENT = Set.of("5", "50", "51", "52", "57", "58", "59");
    static final Set<String> SIBLING = Set.of("7", "70", "71", "73", "75", "77", "79");
    static final Set<String> BROTHER = Set.of("71", "73");
    static final Set<String> SISTER = Set.of("75", "77");

    /** True for a code of the table: one digit 0-8, or a two-digit code listed in the standard. */
    public static boolean valid(String code) {
        if (code == null) {
            return false;
        }
        if (code.length() == 1) {
            return code.charAt(0) >= '0' && code.charAt(0) <= '8';
        }
        if (code.length() != 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return false;
        }
        int n = Integer.parseInt(code);
        return n == 1 || n == 2 || (n >= 10 && n <= 12) || (n >= 20 && n <= 97) || n == 99;
    }

    /** Kind of the parent-child tie a child code states: birth order implies birth, 27/37 adoptive or step. */
    static String childKind(String code) {
        return switch (code) {
            case "21", "22", "23", "24", "25", "26", "31", "32", "33", "34", "35", "36" -> "BIRTH";
            case "27", "37" -> "ADOPTIVE_OR_STEP";
            default -> "UNKNOWN";
        };
    }

    /** Kind of the tie a parent code states: 51/52 father/mother, 57/58 step or adoptive. */
    static String parentKind(String code) {
        return switch (code) {
            case "51", "52" -> "BIRTH";
            case "57", "58" -> "ADOPTIVE_OR_STEP";
            default -> "UNKNOWN";
        };
    }
}
