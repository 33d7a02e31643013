package org.favornet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.favornet.csv.CsvReader;
import org.favornet.csv.CsvRecord;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.CypherWork;
import org.favornet.graph.GraphChanged;
import org.favornet.graph.GraphProperties;
import org.favornet.graph.OneTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads one record file, or a folder of them in dependency order: detect the encoding, read the
 * header, then stream the rows in batches: validate each row ({@link RowValidator}), check the
 * batch's references with one query ({@link ReferenceCheck}), check new parent ties
 * ({@link ParentGraph}), and hand the batch to the writers ({@link BatchWriter}). In strict mode
 * a first pass validates everything without writing and a second pass writes, only if nothing
 * was rejected, in one transaction with the derived ties (all of the file or nothing). Outside
 * strict mode rows the database refuses are rejected rows with a reason in words, never a failed
 * import. After the rows, the ties the kind feeds are derived ({@link TieDerivation}).
 * Imports run one at a time (a second waits), so reference checks see a stable graph. After a file
 * that wrote many rows, index statistics are refreshed and cached plans dropped
 * ({@link #REPLAN_AFTER_ROWS}), so the next file is not run on plans made for an emptier graph.
 */
@Component
public class RecordLoader {

    private static final Logger log = LoggerFactory.getLogger(RecordLoader.class);

    private final CypherRunner cypher;
    private final GraphProperties graph;
    private final IngestProperties props;
    private final ApplicationEventPublisher events;
    private final Object oneAtATime = new Object();

    RecordLoader(CypherRunner cypher, GraphProperties graph, IngestProperties props, ApplicationEventPublisher events) {
        this.cypher = cypher;
        this.graph = graph;
        this.props = props;
        this.events = events;
    }

    /**
     * Options of one import.
     *
     * @param regions region-code prefixes the importing user may write in ({@code ""}: everywhere);
     *     rows of persons, or referring to persons, grants or accounts, outside them are rejected
     */
    public record Options(boolean strict, LoadProgress progress, Path rejectsCsv, LocalDate today, List<String> regions) {

        public Options {
            regions = regions == null ? List.of("") : List.copyOf(regions);
        }

        public Options(boolean strict, LoadProgress progress, Path rejectsCsv, LocalDate today) {
            this(strict, progress, rejectsCsv, today, List.of(""));
        }

        public static Options of(boolean strict) {
            return new Options(strict, new LoadProgress(), null, null);
        }
    }

    /** Loads one file and publishes {@link GraphChanged}. A refused file throws {@link FileRejected}. */
    public ImportReport load(RecordKind kind, ImportSource source, Options options) throws IOException {
        ImportReport report;
        synchronized (oneAtATime) {
            report = loadOne(kind, source, options);
        }
        if (report.accepted() > 0) {
            events.publishEvent(new GraphChanged(changed(kind)));
        }
        return report;
    }

    /**
     * Loads every {@code <kind>.csv} of a folder in dependency order; one {@link GraphChanged} at the end.
     *
     * @param perFile called before each file with its kind, and its progress
     */
    public List<ImportReport> loadFolder(Map<RecordKind, ImportSource> files, boolean strict,
            java.util.function.BiConsumer<RecordKind, LoadProgress> perFile) throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        Set<String> changed = new LinkedHashSet<>();
        synchronized (oneAtATime) {
            for (RecordKind kind : RecordKind.values()) {
                ImportSource source = files.get(kind);
                if (source == null) {
                    continue;
                }
                Options options = Options.of(strict);
                perFile.accept(kind, options.progress());
                try {
                    ImportReport r = loadOne(kind, source, options);
                    reports.add(r);
                    if (r.accepted() > 0) {
                        changed.addAll(changed(kind));
                    }
                } catch (FileRejected e) {
                    reports.add(new ImportReport(null, kind.fileName(), source.name(), null, strict, 0, 0, 0,
                            List.of(e.getMessage()), List.of(), false, 0, 0));
                }
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new GraphChanged(changed));
        }
        return reports;
    }

    /** Kinds a load changes: households also change kinship (the ties derived from their codes). */
    static Set<String> changed(RecordKind kind) {
        return kind == RecordKind.HOUSEHOLDS ? Set.of(kind.fileName(), RecordKind.KINSHIP.fileName())
                : Set.of(kind.fileName());
    }

    /** The {@code <kind>.csv} files of a folder. */
    public static Map<RecordKind, ImportSource> folder(Path dir) throws IOException {
        Map<RecordKind, ImportSource> files = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            Path f = dir.resolve(kind.fileName() + ".csv");
            if (Files.isRegularFile(f)) {
                files.put(kind, ImportSource.of(f));
            }
        }
        return files;
    }

    private ImportReport loadOne(RecordKind kind, ImportSource source, Options options) throws IOException {
        long started = System.nanoTime();
        LocalDate today = options.today() == null ? LocalDate.now() : options.today();
        LoadProgress progress = options.progress();
        progress.bytesTotal = source.size();
        TextEncoding encoding = TextEncoding.detect(source);
        Warnings warnings = new Warnings();
        try (Rejects rejects = new Rejects(props.reportRejects(), options.rejectsCsv())) {
            if (options.strict()) {
                return strict(kind, source, encoding, today, rejects, progress, warnings, options, started);
            }
            progress.phase = "writing";
            Pass pass = pass(kind, source, encoding, today, rejects, progress, warnings, cypher, options);
            progress.phase = "deriving";
            replanAfter(pass.accepted); // before deriving: the derivation's own reads need the fresh plans too
            long derived;
            try {
                derived = derive(kind, pass, warnings, cypher);
            } catch (RuntimeException e) {
                log.warn("Deriving ties after import of {} failed", source.name(), e);
                warnings.add("the rows were written, but deriving the " + kind.fileName() + " ties stopped: "
                        + WriteFailure.reason(e) + ". Re-running the file derives them (loading is idempotent).");
                derived = 0;
            }
            progress.phase = "done";
            return report(kind, source, encoding, false, pass, pass.accepted, rejects, warnings, derived, started);
        }
    }

    /**
     * Strict mode: a first pass validates everything without writing; only when no row is rejected
     * a second pass writes the rows and the derived ties in one transaction, committed at the end
     * or rolled back whole, so a strict import writes all of the file or nothing of it.
     */
    private ImportReport strict(RecordKind kind, ImportSource source, TextEncoding encoding, LocalDate today,
            Rejects rejects, LoadProgress progress, Warnings warnings, Options options, long started) throws IOException {
        progress.phase = "validating";
        Pass pass = pass(kind, source, encoding, today, rejects, progress, warnings, null, options);
        if (pass.rejected > 0) {
            warnings.add("strict import: " + pass.rejected + " invalid row(s), so nothing of this file was written");
            progress.phase = "done";
            return report(kind, source, encoding, true, pass, 0, rejects, warnings, 0, started);
        }
        progress.rowsRead.set(0);
        progress.bytesRead.set(0);
        warnings.clear();
        progress.phase = "writing";
        Pass written = new Pass();
        long derived = 0;
        try (OneTransaction tx = cypher.begin()) {
            written = pass(kind, source, encoding, today, rejects, progress, warnings, tx, options);
            if (written.rejected > 0) {
                // the graph changed between the passes (another import): keep the promise, write nothing
                warnings.add("strict import: " + written.rejected + " row(s) became invalid while writing, so "
                        + "nothing of this file was written");
                progress.phase = "done";
                return report(kind, source, encoding, true, written, 0, rejects, warnings, 0, started);
            }
            progress.phase = "deriving";
            derived = derive(kind, written, warnings, tx);
            tx.commit();
        } catch (RuntimeException e) {
            log.warn("Strict import of {} rolled back", source.name(), e);
            progress.rowsWritten.set(0);
            warnings.add("strict import: writing stopped (" + WriteFailure.reason(e) + "); the transaction was "
                    + "rolled back and nothing of this file was written");
            progress.phase = "done";
            Pass all = new Pass();
            all.rows = pass.rows;
            return report(kind, source, encoding, true, all, 0, rejects, warnings, 0, started);
        }
        replanAfter(written.accepted);
        progress.phase = "done";
        return report(kind, source, encoding, true, written, written.accepted, rejects, warnings, derived, started);
    }

    /** Rows written before statistics are refreshed: a monthly file of a few thousand rows changes no plan. */
    static final long REPLAN_AFTER_ROWS = 10_000;

    /**
     * After a large write, refreshes index statistics and drops cached plans (Neo4j replans on its
     * own only when counts diverge and a minimum interval has passed, and not on stale index
     * samples). Needs no more than the import's own rights on Neo4j 5; where the procedure is not
     * allowed (a restricted user on an external server), the import goes on with the cached plans.
     */
    private void replanAfter(long written) {
        if (written < REPLAN_AFTER_ROWS) {
            return;
        }
        try {
            cypher.write("load/prepare_for_replanning.cypher", Map.of("timeoutSeconds", 300));
        } catch (RuntimeException e) {
            log.warn("Could not refresh index statistics after a large import ({}); queries keep their cached plans",
                    e.getMessage());
        }
    }

    private ImportReport report(RecordKind kind, ImportSource source, TextEncoding encoding, boolean strict, Pass pass,
            long accepted, Rejects rejects, Warnings warnings, long derived, long started) {
        return new ImportReport(null, kind.fileName(), source.name(), encoding.label(), strict, pass.rows, accepted,
                pass.rows - accepted, warnings.list(), rejects.listed(), rejects.truncated(), derived,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** What one pass over the file saw. */
    private static final class Pass {
        long rows;
        long accepted;
        long rejected;
        final Set<String> phones = new HashSet<>();
        final Set<String> addresses = new HashSet<>();
        final Set<String> households = new HashSet<>();
        final Set<String> accounts = new HashSet<>();
        ParentGraph parents;
    }

    /** One pass over the file: validates every row, and writes the valid ones when {@code work} is given. */
    private Pass pass(RecordKind kind, ImportSource source, TextEncoding encoding, LocalDate today, Rejects rejects,
            LoadProgress progress, Warnings warnings, CypherWork work, Options options) throws IOException {
        Pass pass = new Pass();
        CypherWork reads = work == null ? cypher : work;
        pass.parents = ParentGraph.stored(reads);
        ReferenceCheck references = new ReferenceCheck(reads);
        int batchSize = Math.max(1, graph.batchSize());
        Consumer<List<Reject>> reject = problems -> {
            synchronized (pass) {
                pass.rejected++;
            }
            rejects.reject(problems);
        };
        Consumer<BatchWriter.Failed> failed = f -> {
            synchronized (pass) {
                pass.accepted -= f.rows().size();
            }
            boolean strict = work != null && work.oneTransaction();
            for (ValidRow row : f.rows()) {
                reject.accept(List.of(new Reject(row.line(), null, null, (strict ? "the batch of this row could not be "
                        + "written: " : "the row could not be written: ") + f.reason()
                        + (strict ? " (strict import: nothing of the file was written)" : " (the rest of the file was written)"),
                        row.raw())));
            }
        };
        try (InputStream raw = new Counting(source.open(), progress);
                CsvReader reader = new CsvReader(encoding.reader(raw), FieldLimits.READ_CHARS);
                BatchWriter writer = work != null
                        ? new BatchWriter(work, kind.loadCypher(), props.writers(), progress.rowsWritten, failed) : null) {
            Header header = Header.of(kind, reader.next());
            rejects.start(header.columns());
            if (!kind.keepsExtraColumns()) {
                for (String extra : header.extras()) {
                    warnings.add("column '" + extra + "' is not part of " + kind.fileName() + " and was ignored");
                }
            }
            RowValidator validator = new RowValidator(kind, header, today, source.name());
            List<ValidRow> batch = new ArrayList<>(batchSize);
            CsvRecord record;
            while ((record = reader.next()) != null) {
                pass.rows++;
                progress.rowsRead.incrementAndGet();
                RowValidator.Outcome outcome = validator.validate(record);
                if (outcome instanceof RowValidator.Valid v) {
                    batch.add(v.row());
                } else if (outcome instanceof RowValidator.Invalid i) {
                    reject.accept(i.rejects());
                }
                if (batch.size() >= batchSize) {
                    flush(kind, batch, references, pass, reject, writer, options);
                    batch = new ArrayList<>(batchSize);
                }
            }
            flush(kind, batch, references, pass, reject, writer, options);
            if (writer != null) {
                writer.finish();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
        return pass;
    }

    private void flush(RecordKind kind, List<ValidRow> batch, ReferenceCheck references, Pass pass,
            Consumer<List<Reject>> reject, BatchWriter writer, Options options) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        List<ValidRow> rows = references.retainKnown(batch, options.regions(), reject);
        if (kind == RecordKind.KINSHIP) {
            rows = pass.parents.admit(rows, reject);
        }
        for (ValidRow row : rows) {
            Map<String, Object> p = row.params();
            switch (kind) {
                case PERSONS -> {
                    addIfPresent(pass.phones, p.get("phoneKey"));
                    addIfPresent(pass.addresses, p.get("addressKey"));
                }
                case HOUSEHOLDS -> pass.households.add((String) p.get("householdId"));
                case ACCOUNTS -> pass.accounts.add((String) p.get("id"));
                case PAYMENTS -> pass.accounts.add((String) p.get("accountId"));
                default -> { }
            }
        }
        synchronized (pass) {
            pass.accepted += rows.size();
        }
        if (writer != null && !rows.isEmpty()) {
            writer.submit(rows);
        }
    }

    private static void addIfPresent(Set<String> set, Object value) {
        if (value != null) {
            set.add((String) value);
        }
    }

    private long derive(RecordKind kind, Pass pass, Warnings warnings, CypherWork work) {
        try (TieDerivation derivation = new TieDerivation(work, Math.max(1, graph.batchSize()), props.sharedGroupCap(),
                props.writers())) {
            return switch (kind) {
                case PERSONS -> derivation.shared(TieDerivation.Shared.PHONE, pass.phones, warnings::add)
                        + derivation.shared(TieDerivation.Shared.ADDRESS, pass.addresses, warnings::add);
                case HOUSEHOLDS -> derivation.households(pass.households, ParentGraph.stored(work), warnings::add);
                case ACCOUNTS, PAYMENTS -> derivation.shared(TieDerivation.Shared.ACCOUNT, pass.accounts, warnings::add);
                default -> 0;
            };
        }
    }
}
