package org.favornet.export;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet opens as data, never as a formula or a mangled number
 * (OWASP "CSV Injection"). A cell whose text begins with {@code = + - @}, tab, CR, LF or the
 * full-width {@code ＝ ＋ － ＠} (which Excel's Chinese IME input also evaluates) gets a leading
 * apostrophe; so do long digit strings (more than 11 digits: Excel would show 1.10101E+17 and
 * keep only 15 significant digits of an 18-digit ID or account number) and digit strings with a
 * leading zero. Why an apostrophe: once the text no longer starts with a formula character or
 * parses as a number, Excel's CSV import can only store it as text; the apostrophe stays visible
 * in the cell, which marks the change honestly, unlike {@code ="..."} (itself a formula) or
 * invisible zero-width characters (which silently corrupt the value for joins).
 */
final class SpreadsheetCells {

    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{12,}[Xx]?");
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,11}(\\.[0-9]+)?([Ee]-?[0-9]+)?");

    private SpreadsheetCells() {}

    /** The cell text a spreadsheet will show as written; {@code numeric} marks values typed as numbers. */
    static String neutralise(String text, boolean numeric) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (numeric && PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        char c = text.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        if (formula || LONG_DIGITS.matcher(text).matches() || LEADING_ZERO.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    /** An RFC 4180 field: always quoted, quotes doubled. */
    static String quote(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
