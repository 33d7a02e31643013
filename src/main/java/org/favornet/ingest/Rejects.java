package org.favornet.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.favornet.csv.CsvCells;

/**
 * Collects rejected rows: the first {@code limit} problems for the report, and optionally every
 * rejected row streamed to a CSV file (UTF-8 with BOM so Excel shows Chinese right): the
 * original columns, then {@code line}, {@code column}, {@code reason}, one line per row.
 */
final class Rejects implements AutoCloseable {

    private final int limit;
    private final Path csv;
    private final List<Reject> listed = new ArrayList<>();
    private BufferedWriter out;
    private long rows;
    private long problems;

    Rejects(int limit, Path csv) {
        this.limit = limit;
        this.csv = csv;
    }

    /** Starts a (new) pass: forgets what an earlier pass found and writes the header. */
    void start(List<String> columns) {
        listed.clear();
        rows = 0;
        problems = 0;
        if (csv == null) {
            return;
        }
        try {
            close();
            Files.createDirectories(csv.getParent());
            out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(columns);
            header.addAll(List.of("line", "column", "reason"));
            writeLine(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All problems of one row. */
    synchronized void reject(List<Reject> rowProblems) {
        rows++;
        for (Reject r : rowProblems) {
            problems++;
            if (listed.size() < limit) {
                listed.add(r);
            }
        }
        if (out != null) {
            Reject first = rowProblems.get(0);
            List<String> fields = new ArrayList<>(List.of(first.raw()));
            fields.add(Long.toString(first.line()));
            fields.add(rowProblems.stream().map(r -> r.column() == null ? "" : r.column()).distinct()
                    .collect(Collectors.joining("; ")));
            fields.add(rowProblems.stream().map(Reject::reason).collect(Collectors.joining("; ")));
            try {
                writeLine(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    long rows() {
        return rows;
    }

    /** The listed problems by line (reference and parent checks run per batch, after the row checks). */
    List<Reject> listed() {
        List<Reject> sorted = new ArrayList<>(listed);
        sorted.sort(java.util.Comparator.comparingLong(Reject::line));
        return sorted;
    }

    boolean truncated() {
        return problems > listed.size();
    }

    private void writeLine(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCells.field(CsvCells.forCorrecting(fields.get(i))));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
