package org.favornet.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.GraphChanged;
import org.favornet.graph.GraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads one record file, or a folder of them in dependency order: detect the encoding, read the
 * header, then stream the rows in batches: validate each row ({@link RowValidator}), check the
 * batch's references with one query ({@link ReferenceCheck}), check new parent ties
 * ({@link ParentGraph}), and hand the batch to the writers ({@link BatchWriter}). In strict mode
 * a first pass validates everything without writing and a second pass writes only if nothing
 * was rejected. After the rows, the ties the kind feeds are derived ({@link TieDerivation}).
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

    /** Options of one import. */
    public record Options(boolean strict, LoadProgress progress, Path rejectsCsv, LocalDate today) {

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
            Pass pass;
            if (options.strict()) {
                progress.phase = "validating";
                pass = pass(kind, source, encoding, today, rejects, progress, warnings, false);
                if (pass.rejected > 0) {
                    warnings.add("strict import: " + pass.rejected + " invalid row(s), so nothing of this file was written");
                    progress.phase = "done";
                    return report(kind, source, encoding, true, pass, 0, rejects, warnings, 0, started);
                }
                progress.rowsRead.set(0);
                progress.bytesRead.set(0);
                warnings.clear();
            }
            progress.phase = "writing";
            pass = pass(kind, source, encoding, today, rejects, progress, warnings, true);
            progress.phase = "deriving";
            replanAfter(pass.accepted); // before deriving: the derivation's own reads need the fresh plans too
            long derived = derive(kind, pass, warnings);
            progress.phase = "done";
            return report(kind, source, encoding, options.strict(), pass, pass.accepted, rejects, warnings, derived, started);
        }
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

    private Pass pass(RecordKind kind, ImportSource source, TextEncoding encoding, LocalDate today, Rejects rejects,
            LoadProgress progress, Warnings warnings, boolean write) throws IOException {
        Pass pass = new Pass();
        pass.parents = new ParentGraph(this::storedParents);
        ReferenceCheck references = new ReferenceCheck(cypher);
        int batchSize = Math.max(1, graph.batchSize());
        try (InputStream raw = new Counting(source.open(), progress);
                CsvReader reader = new CsvReader(encoding.reader(raw));
                BatchWriter writer = write ? new BatchWriter(cypher, kind.loadCypher(), props.writers(), progress.rowsWritten)
                        : null) {
            Header header = Header.of(kind, reader.next());
            rejects.start(header.columns());
            if (!kind.keepsExtraColumns()) {
                for (String extra : header.extras()) {
                    warnings.add("column '" + extra + "' is not part of " + kind.fileName() + " and was ignored");
                }
            }
            RowValidator validator = new RowValidator(kind, header, today, source.name());
            Consumer<List<Reject>> reject = problems -> {
                pass.rejected++;
                rejects.reject(problems);
            };
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
                    flush(kind, batch, references, pass, reject, writer);
                    batch = new ArrayList<>(batchSize);
                }
            }
            flush(kind, batch, references, pass, reject, writer);
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
            Consumer<List<Reject>> reject, BatchWriter writer) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        List<ValidRow> rows = references.retainKnown(batch, reject);
        if (kind == RecordKind.KINSHIP) {
            rows = checkParents(rows, pass.parents, reject);
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
        pass.accepted += rows.size();
        if (writer != null && !rows.isEmpty()) {
            writer.submit(rows);
        }
    }

    private static void addIfPresent(Set<String> set, Object value) {
        if (value != null) {
            set.add((String) value);
        }
    }

    /** Rejects parent ties that would give a third parent or close a cycle, in file order. */
    private List<ValidRow> checkParents(List<ValidRow> rows, ParentGraph parents, Consumer<List<Reject>> reject) {
        Set<String> ids = new LinkedHashSet<>();
        for (ValidRow row : rows) {
            if ("PARENT_OF".equals(row.params().get("relation"))) {
                ids.add((String) row.params().get("fromId"));
                ids.add((String) row.params().get("toId"));
            }
        }
        if (ids.isEmpty()) {
            return rows;
        }
        parents.prefetch(ids);
        List<ValidRow> kept = new ArrayList<>(rows.size());
        for (ValidRow row : rows) {
            if (!"PARENT_OF".equals(row.params().get("relation"))) {
                kept.add(row);
                continue;
            }
            String parent = (String) row.params().get("fromId");
            String child = (String) row.params().get("toId");
            String why = parents.violation(parent, child);
            if (why == null) {
                parents.add(parent, child);
                kept.add(row);
            } else {
                String column = why.contains("two parents") ? "to_id" : "from_id";
                reject.accept(List.of(new Reject(row.line(), column, column.equals("to_id") ? child : parent,
                        "PARENT_OF " + parent + " -> " + child + ": " + why, row.raw())));
            }
        }
        return kept;
    }

    private Map<String, List<String>> storedParents(Collection<String> ids) {
        Map<String, List<String>> out = new HashMap<>();
        cypher.read("load/stored_parents.cypher", Map.of("ids", List.copyOf(ids)), r -> {
            out.put(r.get("id").asString(), r.get("parents").asList(v -> v.asString()));
            return null;
        });
        return out;
    }

    private long derive(RecordKind kind, Pass pass, Warnings warnings) {
        try (TieDerivation derivation = new TieDerivation(cypher, Math.max(1, graph.batchSize()), props.sharedGroupCap(),
                props.writers())) {
            return switch (kind) {
                case PERSONS -> derivation.shared(TieDerivation.Shared.PHONE, pass.phones, warnings::add)
                        + derivation.shared(TieDerivation.Shared.ADDRESS, pass.addresses, warnings::add);
                case HOUSEHOLDS -> derivation.households(pass.households, new ParentGraph(this::storedParents), warnings::add);
                case ACCOUNTS, PAYMENTS -> derivation.shared(TieDerivation.Shared.ACCOUNT, pass.accounts, warnings::add);
                default -> 0;
            };
        }
    }

    /** File-level warnings, at most 200 listed and a count of the rest. */
    private static final class Warnings {
        private static final int LIMIT = 200;
        private final List<String> list = new ArrayList<>();
        private long more;

        synchronized void add(String warning) {
            if (list.size() < LIMIT) {
                list.add(warning);
            } else {
                more++;
            }
        }

        void clear() {
            list.clear();
            more = 0;
        }

        List<String> list() {
            List<String> out = new ArrayList<>(list);
            if (more > 0) {
                out.add("... and " + more + " more warnings");
            }
            return out;
        }
    }

    /** Counts bytes read, for progress. */
    private static final class Counting extends FilterInputStream {
        private final LoadProgress progress;

        Counting(InputStream in, LoadProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.bytesRead.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.bytesRead.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            progress.bytesRead.addAndGet(s);
            return s;
        }
    }

}
