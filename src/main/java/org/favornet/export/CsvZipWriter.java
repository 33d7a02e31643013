package org.favornet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.favornet.csv.CsvCells;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;
import org.favornet.web.Texts;

/**
 * A zip of {@code nodes.csv}, {@code edges.csv} (Gephi's spreadsheet import and Excel read them)
 * and {@code columns.csv} (each column's type: CSV itself has none). UTF-8 with a byte-order mark
 * so Excel shows Chinese names; every cell passes {@link SpreadsheetCells}. JGraphT's CSV exporter
 * writes adjacency lists without attributes, hence this writer.
 */
final class CsvZipWriter implements SubgraphWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public void write(EvidenceSubgraph g, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Map<String, ValueType> nodeSchema = g.nodeSchema();
        Map<String, ValueType> edgeSchema = g.edgeSchema();

        Writer w = entry(zip, "nodes.csv");
        Locale language = g.language();
        row(w, header(EvidenceSubgraph.NODE_FIELDS, nodeSchema, language));
        for (Node n : g.nodes()) {
            List<String> cells = new ArrayList<>(List.of(text(n.id()), text(n.caption()), text(n.type()),
                    text(n.provenance())));
            values(cells, n.attributes(), nodeSchema);
            row(w, cells);
        }
        w.flush();
        zip.closeEntry();

        w = entry(zip, "edges.csv");
        row(w, header(EvidenceSubgraph.EDGE_FIELDS, edgeSchema, language));
        for (Edge e : g.edges()) {
            List<String> cells = new ArrayList<>(List.of(text(e.id()), text(e.source().id()), text(e.target().id()),
                    text(e.caption()), text(e.type()), Boolean.toString(e.directed()), text(e.provenance())));
            values(cells, e.attributes(), edgeSchema);
            row(w, cells);
        }
        w.flush();
        zip.closeEntry();

        Writer c = entry(zip, "columns.csv");
        row(c, List.of("file", "column", "type", "header"));
        for (String f : EvidenceSubgraph.NODE_FIELDS) {
            row(c, List.of("nodes.csv", f, "string", text(heading(f, language))));
        }
        nodeSchema.forEach((k, t) -> row(c, List.of("nodes.csv", text(k), typeName(t), text(heading(k, language)))));
        for (String f : EvidenceSubgraph.EDGE_FIELDS) {
            row(c, List.of("edges.csv", f, f.equals("directed") ? "boolean" : "string", text(heading(f, language))));
        }
        edgeSchema.forEach((k, t) -> row(c, List.of("edges.csv", text(k), typeName(t), text(heading(k, language)))));
        c.flush();
        zip.closeEntry();
        zip.finish();
        out.flush();
    }

    private static Writer entry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(BOM);
        // Not closed: closing would close the zip; flushed per entry instead.
        return new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
    }

    private static List<String> header(List<String> fixed, Map<String, ValueType> schema, Locale language) {
        List<String> h = new ArrayList<>();
        fixed.forEach(k -> h.add(text(heading(k, language))));
        schema.keySet().forEach(k -> h.add(text(heading(k, language))));
        return h;
    }

    /**
     * A column's header in the export's language ({@code export.column.<key>}); the columns Gephi's
     * spreadsheet import recognises by name ({@code id, label, source, target}) and any column without
     * a translation keep their key. {@code columns.csv} maps every header back to its key.
     */
    static String heading(String key, Locale language) {
        if (GEPHI_COLUMNS.contains(key)) {
            return key;
        }
        String heading = Texts.shared().find(language, "export.column." + key);
        return heading == null ? key : heading;
    }

    private static final java.util.Set<String> GEPHI_COLUMNS = java.util.Set.of("id", "label", "source", "target");

    private static void values(List<String> cells, Map<String, TypedValue> values, Map<String, ValueType> schema) {
        for (var e : schema.entrySet()) {
            TypedValue v = values.get(e.getKey());
            if (v == null) {
                cells.add("");
                continue;
            }
            TypedValue typed = v.as(e.getValue());
            boolean numeric = typed.type() == ValueType.INTEGER || typed.type() == ValueType.DOUBLE;
            String raw = typed.type() == ValueType.DOUBLE
                    ? plain((Double) typed.value()) : typed.text();
            cells.add(CsvCells.forReading(raw, numeric));
        }
    }

    private static String plain(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : Double.toString(d);
    }

    private static String text(String s) {
        return CsvCells.forReading(s, false);
    }

    private static void row(Writer w, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(CsvCells.quoted(cells.get(i)));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String typeName(ValueType t) {
        return switch (t) {
            case INTEGER -> "integer";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case STRING_LIST -> "list";
            case STRING -> "string";
        };
    }
}
