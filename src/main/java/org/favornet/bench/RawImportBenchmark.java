package org.favornet.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.favornet.cli.Cli;
import org.favornet.cli.ExitCode;
import org.favornet.ingest.BulkLoader;
import org.favornet.ingest.ImportSource;
import org.favornet.ingest.RecordKind;
import org.favornet.ingest.RecordLoader;
import org.favornet.ingest.TextEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bench-raw-import <folder> [scratch dir]}: the baseline the first load is measured against,
 * Neo4j's offline importer on the record files as they stand. Every row becomes one entity, with
 * its columns as string properties: persons, grants, accounts, payments, transfers, assets and
 * tips are nodes keyed by their id; households and posts rows are nodes without a key; kinship rows
 * are relationships of their {@code relation}, acquaintances {@code KNOWS} relationships. Nothing is
 * validated, nothing derived, no index built: it is the upper bound for any first load on this
 * machine. Only the header row is rewritten in the importer's notation (the copy is not timed).
 * Runs without starting the service and writes only under the scratch directory, which must be
 * new, empty or one it made before; it empties it before and after the run.
 */
@Command(name = "bench-raw-import", mixinStandardHelpOptions = true,
        description = "Benchmark baseline of the first load: Neo4j's offline importer on the record files as they stand "
                + "(no validation, no derived ties, no indexes), into a scratch directory. Starts no service.")
public final class RawImportBenchmark implements Callable<Integer> {

    private static final String NAME = "bench-raw-import";
    /** Marks a scratch directory this command made, the only kind it empties. */
    private static final String MARKER = ".favornet-raw-import";

    @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder of <kind>.csv files (UTF-8 without BOM).")
    Path folder;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SCRATCH", defaultValue = "/tmp/favornet-raw-import",
            description = "Scratch directory, new, empty or made by this command before; emptied before and after "
                    + "(default ${DEFAULT-VALUE}).")
    Path scratchDir;

    /**
     * How one record kind enters the raw graph.
     *
     * @param name the node label, or the relationship type ({@code null}: each row's {@code relation})
     */
    private record Shape(String name, String idColumn, boolean relationship) {

        static Shape of(RecordKind kind) {
            return switch (kind) {
                case PERSONS -> new Shape("Person", "person_id", false);
                case KINSHIP -> new Shape(null, null, true);
                case HOUSEHOLDS -> new Shape("HouseholdRow", null, false);
                case ACQUAINTANCES -> new Shape("KNOWS", null, true);
                case POSTS -> new Shape("Post", null, false);
                case GRANTS -> new Shape("Grant", "grant_id", false);
                case ACCOUNTS -> new Shape("Account", "account_id", false);
                case PAYMENTS -> new Shape("Payment", "payment_id", false);
                case TRANSFERS -> new Shape("Transfer", "transfer_id", false);
                case ASSETS -> new Shape("Asset", "asset_id", false);
                case TIPS -> new Shape("Tip", "tip_id", false);
            };
        }

        /** The importer's header for a file whose own header names {@code columns}. */
        String header(List<String> columns) {
            List<String> out = new ArrayList<>(columns.size());
            for (String c : columns) {
                if (relationship && c.equals("from_id")) {
                    out.add(":START_ID(Person)");
                } else if (relationship && c.equals("to_id")) {
                    out.add(":END_ID(Person)");
                } else if (relationship && name == null && c.equals("relation")) {
                    out.add(":TYPE");
                } else if (c.equals(idColumn)) {
                    out.add(c + ":ID(" + name + ")");
                } else {
                    out.add(c);
                }
            }
            return String.join(",", out);
        }
    }

    @Override
    public Integer call() throws IOException {
        // the importer prints its progress to the console: so does this command
        PrintStream out = System.out;
        Path scratch = scratchDir.toAbsolutePath();
        Map<RecordKind, ImportSource> files = RecordLoader.folder(folder);
        if (files.isEmpty()) {
            throw new Cli.UsageException("no <kind>.csv files in " + folder);
        }
        if (!isOurs(scratch)) {
            throw new Cli.UsageException(scratch + " is not empty and was not made by " + NAME
                    + "; name an empty or new scratch directory (it is emptied before and after the run)");
        }
        deleteTree(scratch);
        Files.createDirectories(scratch);
        Files.createFile(scratch.resolve(MARKER));
        Path csv = Files.createDirectories(scratch.resolve("csv"));
        List<String> importerArgs = new ArrayList<>();
        long records = 0;
        for (RecordKind kind : RecordKind.values()) {
            if (!files.containsKey(kind)) {
                continue;
            }
            Path source = folder.resolve(kind.fileName() + ".csv");
            TextEncoding encoding = TextEncoding.detect(files.get(kind));
            if (encoding.bom() != 0 || !encoding.charset().equals(StandardCharsets.UTF_8)) {
                throw new Cli.UsageException(source + " is not UTF-8 without a byte-order mark; the raw baseline"
                        + " reads the generator's files as they stand");
            }
            Shape shape = Shape.of(kind);
            Path copy = csv.resolve(kind.fileName() + ".csv");
            records += copyWithHeader(source, copy, shape);
            String group = shape.name() == null ? "" : shape.name() + "=";
            importerArgs.add((shape.relationship() ? "--relationships=" : "--nodes=") + group + copy);
        }
        importerArgs.add("--multiline-fields=false");
        importerArgs.add("--overwrite-destination=true");
        importerArgs.add("--report-file=" + scratch.resolve("importer-report.txt"));
        importerArgs.add("neo4j");
        long t0 = System.nanoTime();
        int rc = BulkLoader.neo4jImport(scratch.resolve("neo4j"), importerArgs, out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("Neo4j's importer failed (exit " + rc + "); see "
                    + scratch.resolve("importer-report.txt"));
        }
        out.printf("%nraw import of %s (Neo4j's offline importer on the files as they stand, no validation,"
                + " no derived ties, no indexes)%n", folder);
        out.printf("  records           %,d%n", records);
        out.printf("  importer          %.1f s = %,.0f records/s%n", seconds, records / seconds);
        deleteTree(scratch);
        return ExitCode.OK;
    }

    /** Copies a record file with its header row in the importer's notation; returns the data rows. */
    private static long copyWithHeader(Path source, Path target, Shape shape) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 1 << 16);
                OutputStream out = Files.newOutputStream(target)) {
            var first = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                first.write(b);
            }
            List<String> columns = new ArrayList<>();
            for (String c : first.toString(StandardCharsets.UTF_8).strip().split(",", -1)) {
                columns.add(c.strip().toLowerCase(Locale.ROOT));
            }
            out.write((shape.header(columns) + "\n").getBytes(StandardCharsets.UTF_8));
            long lines = 0;
            byte[] buf = new byte[1 << 16];
            int n;
            int last = '\n';
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            return last == '\n' ? lines : lines + 1;
        }
    }

    /** Whether the scratch directory may be emptied: new, empty, or marked as made by this command. */
    private static boolean isOurs(Path dir) throws IOException {
        if (!Files.exists(dir) || Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
