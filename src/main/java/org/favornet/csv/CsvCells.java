package org.favornet.csv;

import java.util.regex.Pattern;

/**
 * How favornet writes a CSV cell (RFC 4180), and how it keeps a spreadsheet from running one as a
 * formula (OWASP "CSV Injection"): the one place for both, used by the exports, the rejects files
 * and the generated county.
 *
 * <p>A cell whose text begins with {@code = + - @}, tab, CR, LF or the full-width
 * {@code ＝ ＋ － ＠} (which Excel's Chinese IME input also evaluates) gets a leading apostrophe.
 * Why an apostrophe: once the text no longer starts with a formula character, Excel's CSV import
 * can only store it as text; the apostrophe stays visible in the cell, which marks the change
 * honestly, unlike {@code ="..."} (itself a formula) or invisible zero-width characters (which
 * silently corrupt the value for joins).
 */
public final class CsvCells {

    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{12,}[Xx]?");
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,11}(\\.[0-9]+)?([Ee]-?[0-9]+)?");
    private static final Pattern SIGNED_NUMBER = Pattern.compile("-[0-9.]+");

    private CsvCells() {}

    /** Whether a spreadsheet would evaluate text that starts with this character. */
    static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /**
     * For a file a person reads in a spreadsheet (exports): also long digit strings (more than 11
     * digits: Excel would show 1.10101E+17 and keep 15 significant digits of an 18-digit ID or
     * account) and digit strings with a leading zero get the apostrophe; {@code numeric} marks
     * values typed as numbers, which pass when they are plain numbers.
     */
    public static String forReading(String text, boolean numeric) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (numeric && PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        if (formulaStart(text.charAt(0)) || LONG_DIGITS.matcher(text).matches()
                || LEADING_ZERO.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    /**
     * For a file a person corrects and loads again (rejects): only formulas get the apostrophe
     * (a negative number does not), so identifiers come back unchanged.
     */
    public static String forCorrecting(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        if (formulaStart(c) && !(c == '-' && SIGNED_NUMBER.matcher(text).matches())) {
            return "'" + text;
        }
        return text;
    }

    /** A field quoted always, quotes doubled. */
    public static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** A field quoted only when it holds a comma, quote or line break. */
    public static String field(String cell) {
        if (cell == null) {
            return "";
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return quoted(cell);
            }
        }
        return cell;
    }
}
