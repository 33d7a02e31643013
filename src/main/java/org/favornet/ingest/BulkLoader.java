package org.favornet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.favornet.csv.CsvReader;
import org.favornet.csv.CsvRecord;
import org.favornet.ingest.ValidRow.Ref;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The first load of a whole county into an empty store, through Neo4j's offline importer
 * ({@code neo4j-admin database import full}, shipped in {@code org.neo4j:neo4j}): every row passes
 * the same {@link RowValidator} and reference, parent-cycle and two-parent checks as an
 * incremental load, household kinship and shared-identifier ties are derived in memory with the
 * same rules ({@link HouseholdKinship}, the {@link TieDerivation} cap), and the result is written
 * as importer CSVs and imported in one pass, with no transactions. The graph is the one an
 * incremental load of the same files would build. A later row for a key that was already seen
 * is kept aside ({@link Result#leftovers()}) and applied afterwards by the incremental loader,
 * so "a later row updates the record" holds here too.
 *
 * <p>Memory: O(keys) for the reference sets plus O(kin ties) for de-duplication; about 1.5 GB
 * for a county of 1M persons.
 */
public final class BulkLoader {

    private final Path storeHome;
    private final Path work;
    private final int sharedCap;
    private final int reportRejects;
    private final PrintStream out;
    private final LocalDate today;

    /** What the bulk load did. */
    public record Result(long rows, long accepted, long rejected, long derived, long nodes, long relationships,
            Map<RecordKind, Path> leftovers, List<ImportReport> reports, long validateMillis, long importMillis) {}

    /**
     * @param storeHome the embedded Neo4j home ({@code <dataDir>/neo4j}); must hold no database yet
     * @param work folder for the importer CSVs, rejects and leftovers
     */
    public BulkLoader(Path storeHome, Path work, int sharedCap, int reportRejects, PrintStream out) {
        this.storeHome = storeHome;
        this.work = work;
        this.sharedCap = sharedCap;
        this.reportRejects = reportRejects;
        this.out = out;
        this.today = LocalDate.now();
    }

    /** True when the embedded home has no database a bulk load would overwrite. */
    public static boolean storeIsEmpty(Path storeHome) {
        return !Files.exists(storeHome.resolve("data/databases/neo4j/neostore.counts.db"))
                && !Files.exists(storeHome.resolve("data/databases/neo4j/neostore"))
                && !Files.isDirectory(storeHome.resolve("data/databases/neo4j"));
    }

    public Result load(Map<RecordKind, ImportSource> files) throws IOException {
        if (!storeIsEmpty(storeHome)) {
            throw new IllegalStateException("the database in " + storeHome + " already exists: a bulk load only fills an"
                    + " empty data directory; use 'import' to load into a live database");
        }
        long started = System.nanoTime();
        Files.createDirectories(work);
        Validated v = validate(files);
        long validated = System.nanoTime();
        out.printf("validated %,d rows (%,d rejected) and derived %,d ties in %.1f s; importing%n",
                v.rows, v.rejected, v.derived, (validated - started) / 1e9);
        runImporter(v);
        long imported = System.nanoTime();
        long nodes = v.files.nodeFiles().stream().mapToLong(ImporterCsv::rows).sum();
        long rels = v.files.relFiles().stream().mapToLong(ImporterCsv::rows).sum();
        return new Result(v.rows, v.accepted, v.rejected, v.derived, nodes, rels, v.files.leftovers(), v.reports,
                (validated - started) / 1_000_000, (imported - validated) / 1_000_000);
    }

    /** What validation hands the importer; the in-memory state (a gigabyte or more) is garbage by then. */
    private record Validated(long rows, long accepted, long rejected, long derived, ImporterFiles files,
            List<ImportReport> reports) {}

    private Validated validate(Map<RecordKind, ImportSource> files) throws IOException {
        BulkRows s = new BulkRows(files, work);
        for (RecordKind kind : RecordKind.values()) {
            ImportSource source = files.get(kind);
            if (source != null) {
                s.reports.add(read(kind, source, s));
            }
            if (kind == RecordKind.PERSONS) {
                s.writeContacts();
            }
            if (kind == RecordKind.HOUSEHOLDS) {
                s.derived += BulkDerivation.households(s);
            }
        }
        s.derived += BulkDerivation.shared(s, sharedCap);
        s.writeKin();
        s.closeAll();
        return new Validated(s.rows, s.accepted, s.rejected, s.derived, s.files, s.reports);
    }

    private ImportReport read(RecordKind kind, ImportSource source, BulkRows s) throws IOException {
        long started = System.nanoTime();
        TextEncoding encoding = TextEncoding.detect(source);
        long rows = 0;
        long accepted = 0;
        List<String> warnings = new ArrayList<>();
        try (Rejects rejects = new Rejects(reportRejects, work.resolve("rejects").resolve(kind.fileName() + ".csv"));
                InputStream raw = source.open();
                CsvReader reader = new CsvReader(encoding.reader(raw), FieldLimits.READ_CHARS)) {
            Header header = Header.of(kind, reader.next());
            rejects.start(header.columns());
            if (!kind.keepsExtraColumns()) {
                header.extras().forEach(x -> warnings.add("column '" + x + "' is not part of " + kind.fileName()
                        + " and was ignored"));
            }
            RowValidator validator = new RowValidator(kind, header, today, source.name());
            s.open(kind, header);
            CsvRecord record;
            long rejectedBefore = s.rejected;
            while ((record = reader.next()) != null) {
                rows++;
                RowValidator.Outcome outcome = validator.validate(record);
                if (outcome instanceof RowValidator.Invalid invalid) {
                    rejects.reject(invalid.rejects());
                    s.rejected++;
                    continue;
                }
                ValidRow row = ((RowValidator.Valid) outcome).row();
                List<Reject> problems = unknownRefs(row, s);
                if (problems.isEmpty() && kind == RecordKind.KINSHIP) {
                    problems = parentProblems(row, s);
                }
                if (!problems.isEmpty()) {
                    rejects.reject(problems);
                    s.rejected++;
                    continue;
                }
                if (s.isNodeKind(kind) && s.known(kind, row.key())) {
                    s.leftover(kind, header, row);
                } else {
                    s.emit(kind, row);
                }
                accepted++;
            }
            s.rows += rows;
            s.accepted += accepted;
            if (s.rejected > rejectedBefore) {
                out.printf("  %-14s %,d rows, %,d rejected (see %s)%n", kind.fileName(), rows, s.rejected - rejectedBefore,
                        work.resolve("rejects").resolve(kind.fileName() + ".csv"));
            } else {
                out.printf("  %-14s %,d rows%n", kind.fileName(), rows);
            }
            return new ImportReport(null, kind.fileName(), source.name(), encoding.label(), false, rows, accepted,
                    rows - accepted, warnings, rejects.listed(), rejects.truncated(), 0,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static List<Reject> unknownRefs(ValidRow row, BulkRows s) {
        List<Reject> problems = new ArrayList<>(0);
        for (Ref ref : row.refs()) {
            RecordKind target = switch (ref.target()) {
                case PERSON -> RecordKind.PERSONS;
                case GRANT -> RecordKind.GRANTS;
                case ACCOUNT -> RecordKind.ACCOUNTS;
            };
            if (!s.known(target, ref.id())) {
                problems.add(new Reject(row.line(), ref.column(), ref.id(), ref.column() + " " + ref.id()
                        + ": no such " + ref.target().noun + " in the graph (load " + ref.target().noun
                        + "s first, or fix the id)", row.raw()));
            }
        }
        return problems;
    }

    private static List<Reject> parentProblems(ValidRow row, BulkRows s) {
        return s.parents.admit(row);
    }

    private void runImporter(Validated s) {
        List<String> args = new ArrayList<>();
        ImporterFiles files = s.files;
        for (ImporterCsv f : files.nodeFiles()) {
            args.add("--nodes=" + files.labelOf(f) + "=" + f.file());
        }
        for (ImporterCsv f : files.relFiles()) {
            args.add("--relationships=" + files.labelOf(f) + "=" + f.file());
        }
        List<String> multiline = new ArrayList<>();
        for (ImporterCsv f : files.nodeFiles()) {
            if (f.multiline()) {
                multiline.add(f.file().toString());
            }
        }
        if (multiline.isEmpty()) {
            args.add("--multiline-fields=false");
        } else {
            // only the files that hold a line break pay for multiline parsing; naming files needs v2
            args.add("--multiline-fields-format=v2");
            args.add("--multiline-fields=" + String.join(",", multiline));
        }
        args.add("--array-delimiter=" + ImporterCsv.ARRAY_DELIMITER);
        args.add("--id-type=actual");
        args.add("--overwrite-destination=true");
        args.add("--report-file=" + work.resolve("importer-report.txt"));
        args.add("neo4j");
        int rc = neo4jImport(storeHome, args, out);
        if (rc != 0) {
            throw new IllegalStateException("Neo4j's importer failed (exit " + rc + "); see " + work.resolve("importer-report.txt"));
        }
    }

    /**
     * Runs Neo4j's offline importer ({@code neo4j-admin database import full}) in this process on
     * the Neo4j home {@code home}; returns its exit code.
     */
    public static int neo4jImport(Path home, List<String> args, PrintStream out) {
        Path conf = home.resolve("conf");
        try {
            Files.createDirectories(conf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var ctx = new ExecutionContext(home, conf, out, out, new DefaultFileSystemAbstraction());
        return new CommandLine(new ImportCommand.Full(ctx)).execute(args.toArray(String[]::new));
    }
}
