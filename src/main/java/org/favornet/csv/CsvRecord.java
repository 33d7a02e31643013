package org.favornet.csv;

/**
 * One record of a CSV file.
 *
 * @param line physical line (1-based) where the record starts, as a spreadsheet shows it
 * @param fields the fields, unquoted
 * @param unterminated a quoted field was still open at the end of the file
 */
public record CsvRecord(long line, String[] fields, boolean unterminated) {

    /** The field at {@code index}, or {@code null} when the record is shorter. */
    public String field(int index) {
        return index < fields.length ? fields[index] : null;
    }
}
