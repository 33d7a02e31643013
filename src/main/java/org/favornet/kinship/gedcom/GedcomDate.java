package org.favornet.kinship.gedcom;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GEDCOM date as far as kinship naming needs it: the full date only when it is exact to the day
 * ({@code 12 MAY 1820}), the year whenever one is given exactly or approximately ({@code 1820},
 * {@code MAY 1820}, {@code ABT 1820}, {@code EST}/{@code CAL}); ranges and periods ({@code BET},
 * {@code BEF}, {@code AFT}, {@code FROM}) give neither, since relative age is all they would serve.
 */
record GedcomDate(LocalDate date, Integer year) {

    private static final Pattern EXACT = Pattern.compile("^(\\d{1,2}) ([A-Z]{3}) (\\d{3,4})$");
    private static final Pattern YEAR = Pattern.compile("^(?:(?:ABT|EST|CAL|INT) )?(?:(?:\\d{1,2} )?[A-Z]{3} )?(\\d{3,4})(?:/\\d{1,2})?$");
    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    static GedcomDate parse(String raw) {
        if (raw == null) {
            return new GedcomDate(null, null);
        }
        String s = raw.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replace("@#DGREGORIAN@ ", "");
        Matcher m = EXACT.matcher(s);
        if (m.matches()) {
            int month = MONTHS.indexOf(m.group(2));
            if (month >= 0 && month % 3 == 0) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month / 3 + 1, Integer.parseInt(m.group(1)));
                    return new GedcomDate(d, d.getYear());
                } catch (java.time.DateTimeException e) {
                    // an impossible day (31 FEB): keep the year only
                }
            }
        }
        Matcher y = YEAR.matcher(s);
        if (y.matches()) {
            return new GedcomDate(null, Integer.parseInt(y.group(1)));
        }
        return new GedcomDate(null, null);
    }
}
