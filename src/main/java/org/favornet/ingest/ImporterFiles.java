package org.favornet.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files a bulk load hands Neo4j's offline importer: one node file per label, one
 * relationship file per (type, start label, end label), and the leftover rows (a later row for a
 * key already written) that the incremental loader applies afterwards. Every node is numbered here,
 * in the order written, because the importer runs with {@code --id-type=actual}: the numbers are
 * the store's own ids.
 */
final class ImporterFiles {

    private final Path work;
    private final List<ImporterCsv> nodeFiles = new ArrayList<>();
    private final List<ImporterCsv> relFiles = new ArrayList<>();
    private final Map<ImporterCsv, String> labelOf = new HashMap<>();
    private final Map<String, NodeFile> nodes = new HashMap<>();
    private final Map<String, RelFile> rels = new HashMap<>();
    private final Map<RecordKind, Path> leftovers = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, ImporterCsv> leftoverFiles = new EnumMap<>(RecordKind.class);
    private long nextNodeId;

    ImporterFiles(Path work) {
        this.work = work;
    }

    /** The node file of a label, created with this header (the id column first) on first use. */
    NodeFile node(String label, long expected, String... header) {
        return nodes.computeIfAbsent(label, n -> {
            List<String> columns = new ArrayList<>(header.length + 1);
            columns.add(":ID");
            columns.addAll(List.of(header));
            ImporterCsv f = new ImporterCsv(work.resolve("node-" + label + ".csv"), columns);
            nodeFiles.add(f);
            labelOf.put(f, label);
            return new NodeFile(label, f, expected);
        });
    }

    NodeFile node(String label, String... header) {
        return node(label, 0, header);
    }

    /** The node file of a label that must already have been written. */
    NodeFile written(String label) {
        NodeFile f = nodes.get(label);
        if (f == null) {
            throw new IllegalStateException("no " + label + " node written before a relationship to it");
        }
        return f;
    }

    /** Whether a node with this label and key was written. */
    boolean contains(String label, String key) {
        NodeFile f = nodes.get(label);
        return f != null && f.ids.containsKey(key);
    }

    RelFile rel(String type, String from, String to, String... props) {
        return rels.computeIfAbsent(type + ":" + from + ":" + to, n -> {
            List<String> header = new ArrayList<>();
            header.add(":START_ID");
            header.add(":END_ID");
            header.addAll(List.of(props));
            ImporterCsv f = new ImporterCsv(work.resolve("rel-" + type + "-" + from + "-" + to + ".csv"), header);
            relFiles.add(f);
            labelOf.put(f, type);
            return new RelFile(written(from), written(to), f);
        });
    }

    /** Keeps a row aside, as it came, for the incremental loader. */
    void leftover(RecordKind kind, Header header, ValidRow row) {
        ImporterCsv f = leftoverFiles.computeIfAbsent(kind, k -> {
            Path p = work.resolve("leftover-" + k.fileName() + ".csv");
            leftovers.put(k, p);
            return new ImporterCsv(p, header.columns());
        });
        f.row((Object[]) row.raw());
    }

    List<ImporterCsv> nodeFiles() {
        return nodeFiles;
    }

    List<ImporterCsv> relFiles() {
        return relFiles;
    }

    /** The label of a node file, the type of a relationship file. */
    String labelOf(ImporterCsv file) {
        return labelOf.get(file);
    }

    Map<RecordKind, Path> leftovers() {
        return leftovers;
    }

    void closeAll() {
        nodeFiles.forEach(ImporterCsv::close);
        relFiles.forEach(ImporterCsv::close);
        leftoverFiles.values().forEach(ImporterCsv::close);
    }

    /** A hash map capacity that holds {@code expected} entries without growing (capped). */
    static int capacity(long expected) {
        return (int) Math.min(1 << 28, expected * 4 / 3 + 16);
    }

    /**
     * One importer node file. Every node gets its store id here, in the order written, so the
     * relationship files name their ends by id and the importer needs no id map: looking up string
     * keys was 38 % of its CPU and half its time on the 1M county.
     */
    final class NodeFile {
        private final String label;
        private final ImporterCsv csv;
        private final Map<String, Long> ids;

        private NodeFile(String label, ImporterCsv csv, long expected) {
            this.ids = new HashMap<>(capacity(expected));
            this.label = label;
            this.csv = csv;
        }

        /** Writes a node whose first value is its key (unique per label: the caller sees to it); returns its id. */
        long add(Object... values) {
            long id = nextNodeId++;
            if (ids.put((String) values[0], id) != null) {
                throw new IllegalStateException(label + " " + values[0] + " written twice to the importer");
            }
            Object[] row = new Object[values.length + 1];
            row[0] = id;
            System.arraycopy(values, 0, row, 1, values.length);
            csv.row(row);
            return id;
        }

        long id(Object key) {
            Long id = ids.get((String) key);
            if (id == null) {
                throw new IllegalStateException("no " + label + " " + key + " among the nodes written to the importer");
            }
            return id;
        }
    }

    /** One importer relationship file; its rows name their ends by key and are written by node id. */
    record RelFile(NodeFile from, NodeFile to, ImporterCsv csv) {
        void row(Object... values) {
            Object[] row = values.clone();
            row[0] = from.id(values[0]);
            row[1] = to.id(values[1]);
            csv.row(row);
        }

        /** A tie without properties between nodes whose ids the caller already has. */
        void ids(long fromId, long toId) {
            csv.row(fromId, toId);
        }
    }
}
