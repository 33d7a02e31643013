package org.favornet.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.favornet.csv.CsvRecord;

/**
 * The header row of a file: where each column is. Names are matched trimmed and
 * case-insensitively, in any order. A missing required column or a repeated column refuses the file.
 */
public final class Header {

    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> extras = new ArrayList<>();

    private Header(RecordKind kind, List<String> columns) {
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            if (c.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(c, i) != null) {
                throw new FileRejected("The " + kind.fileName() + " file names column '" + c + "' twice in its header row.");
            }
            if (!kind.knows(c)) {
                extras.add(c);
            }
        }
        List<String> missing = kind.required().stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejected("The " + kind.fileName() + " file lacks required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + "; its header row must name " + String.join(", ", kind.required()) + ". Nothing was loaded.");
        }
    }

    /** Reads the header row; {@code null} (an empty file) refuses the file. */
    public static Header of(RecordKind kind, CsvRecord record) {
        if (record == null) {
            throw new FileRejected("The " + kind.fileName() + " file is empty: a header row naming "
                    + String.join(", ", kind.required()) + " is required.");
        }
        List<String> names = new ArrayList<>();
        for (String f : record.fields()) {
            names.add(f.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        return new Header(kind, names);
    }

    /** Position of a column, or -1 when the file does not have it. */
    public int index(String column) {
        return index.getOrDefault(column, -1);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Column names in file order (trimmed, lower case). */
    public List<String> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** Columns the contract does not know, in file order. */
    public List<String> extras() {
        return Collections.unmodifiableList(extras);
    }
}
