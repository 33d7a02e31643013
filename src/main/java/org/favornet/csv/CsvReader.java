package org.favornet.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated fields, fields quoted with {@code "} may hold
 * commas, line breaks and doubled quotes ({@code ""}). Lines end with CRLF, LF or CR. Lenient
 * where files from spreadsheets are sloppy: a quote inside an unquoted field is kept as a
 * character, text after a closing quote is appended. Blank lines are skipped. Each record knows
 * the physical line it starts on, so rejects point at what the data officer sees in an editor.
 * One pass, O(length of the file) time, memory bounded by the longest record; a field keeps at
 * most {@code maxFieldChars} characters (the caller rejects a field that long as too long), so one
 * huge cell cannot exhaust memory.
 */
public final class CsvReader implements Closeable {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>(16);

    private final int maxFieldChars;

    /** @param maxFieldChars characters kept of each field; the rest is read and dropped */
    public CsvReader(Reader in, int maxFieldChars) {
        this.in = in;
        this.maxFieldChars = maxFieldChars;
    }

    /** The next record, or {@code null} at the end of the input. */
    public CsvRecord next() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                consumeLineBreak(c);
                continue;
            }
            return record();
        }
    }

    private CsvRecord record() throws IOException {
        long start = line;
        fields.clear();
        field.setLength(0);
        boolean quoted = false;
        boolean inQuotes = false;
        while (true) {
            int c = read();
            if (c < 0) {
                fields.add(field.toString());
                return new CsvRecord(start, fields.toArray(String[]::new), inQuotes);
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                fields.add(field.toString());
                return new CsvRecord(start, fields.toArray(String[]::new), false);
            } else if (c == '"' && field.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                append(c);
            }
        }
    }

    private void append(int c) {
        if (field.length() < maxFieldChars) {
            field.append((char) c);
        }
    }

    private void consumeLineBreak(int c) throws IOException {
        read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
