package org.favornet.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * One input file for Neo4j's offline importer: a typed header ({@code id:ID(Person)},
 * {@code birthDate:date}, {@code provenance:string[]}) then rows, fields quoted where they must be
 * ({@link #needsQuotes}). Arrays are joined with {@link #ARRAY_DELIMITER}; a field holding a line
 * break marks the file multiline.
 */
final class ImporterCsv implements AutoCloseable {

    static final char ARRAY_DELIMITER = ';';

    private final Path file;
    private final BufferedWriter out;
    private final int width;
    private long rows;
    private boolean multiline;

    ImporterCsv(Path file, List<String> header) {
        this.file = file;
        this.width = header.size();
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(String.join(",", header));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return file;
    }

    long rows() {
        return rows;
    }

    boolean multiline() {
        return multiline;
    }

    void row(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException(file.getFileName() + ": " + values.length + " values for " + width + " columns");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                field(values[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(Object value) throws IOException {
        if (value == null) {
            return; // empty field: no property
        }
        String text;
        if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                return;
            }
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                if (joined.length() > 0) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(item);
            }
            text = joined.toString();
        } else if (value instanceof LocalDate d) {
            text = d.toString();
        } else {
            text = value.toString();
        }
        if (!needsQuotes(text)) {
            out.write(text);
            return;
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            multiline = true;
        }
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    /**
     * Quotes only where the importer needs them: an empty string (unquoted, it would be no
     * property), a delimiter, quote or line break, or blanks at either end. Quoting every field
     * made the files a third larger and the importer's parser slower.
     */
    static boolean needsQuotes(String text) {
        if (text.isEmpty() || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
