package org.favornet.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.favornet.cli.Cli;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import <file-or-folder> [--kind K] [--strict]}: loads one file (its kind from
 * {@code --kind} or its name, {@code persons.csv}) or every {@code <kind>.csv} of a folder in
 * dependency order, with a progress bar, then prints each file's report (first 20 rejects) and
 * totals. Exit code 0 when every row was accepted, 3 when some were rejected or a file was
 * refused, 2 on usage errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load one record file, or every <kind>.csv of a folder in dependency order, into the database "
                + "(validated; rejects reported with their line). Exit code 3 when rows were rejected or a file refused.")
public final class ImportCommand implements Callable<Integer> {

    private static final int REJECTS_SHOWN = 20;

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "FILE_OR_FOLDER", description = "A <kind>.csv file or a folder of them.")
    Path path;

    @Option(names = "--kind", paramLabel = "KIND", description = "Record kind of a single file whose name does not say it: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Kinds.class)
    String kind;

    @Option(names = "--strict", description = "Refuse a file that has any rejected row (nothing of it is written).")
    boolean strict;

    /** The valid kinds for the help text. */
    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(RecordKind.values()).map(RecordKind::fileName).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RecordKind named = kind == null ? null : RecordKind.named(kind).orElseThrow(() -> new Cli.UsageException(
                "unknown kind '" + kind + "'; valid kinds: " + RecordKind.validNames()));
        if (!Files.exists(path)) {
            throw new Cli.UsageException(path + " does not exist");
        }
        Map<RecordKind, ImportSource> files = null;
        RecordKind single = null;
        if (Files.isDirectory(path)) {
            files = RecordLoader.folder(path);
            if (files.isEmpty()) {
                throw new Cli.UsageException(path + " holds no <kind>.csv file (" + RecordKind.validNames() + ")");
            }
        } else {
            single = named != null ? named : RecordKind.named(stem(path)).orElseThrow(() ->
                    new Cli.UsageException("cannot tell the kind of " + path.getFileName() + " from its name; add --kind"));
        }
        try (Services services = top.services(service)) {
            return load(services.get(RecordLoader.class), files, single, out);
        }
    }

    private int load(RecordLoader loader, Map<RecordKind, ImportSource> files, RecordKind single, PrintWriter out)
            throws Exception {
        List<ImportReport> reports = new ArrayList<>();
        AtomicReference<RecordKind> current = new AtomicReference<>();
        AtomicReference<LoadProgress> progress = new AtomicReference<>();
        Thread bar = progressBar(out, current, progress);
        try {
            if (files != null) {
                bar.start();
                reports.addAll(loader.loadFolder(files, strict, (k, p) -> {
                    current.set(k);
                    progress.set(p);
                }));
            } else {
                RecordLoader.Options options = RecordLoader.Options.of(strict);
                current.set(single);
                progress.set(options.progress());
                bar.start();
                try {
                    reports.add(loader.load(single, ImportSource.of(path), options));
                } catch (FileRejected e) {
                    reports.add(new ImportReport(null, single.fileName(), path.getFileName().toString(), null, strict, 0,
                            0, 0, List.of(e.getMessage()), List.of(), false, 0, 0));
                }
            }
        } finally {
            bar.interrupt();
            bar.join();
        }
        out.println();
        int code = print(reports, out);
        out.flush();
        return code;
    }

    private static int print(List<ImportReport> reports, PrintWriter out) {
        long rows = 0;
        long accepted = 0;
        long rejected = 0;
        boolean refused = false;
        for (ImportReport r : reports) {
            if (r.encoding() == null) {
                refused = true;
                out.printf("%s (%s): REFUSED: %s%n", r.file(), r.kind(), r.warnings().get(0));
                continue;
            }
            rows += r.rows();
            accepted += r.accepted();
            rejected += r.rejected();
            out.printf("%s (%s, %s%s): %,d rows, %,d accepted, %,d rejected, %,d derived ties, %,d ms%n", r.file(),
                    r.kind(), r.encoding(), r.strict() ? ", strict" : "", r.rows(), r.accepted(), r.rejected(),
                    r.derivedTies(), r.durationMs());
            for (String w : r.warnings()) {
                out.println("  warning: " + w);
            }
            r.rejects().stream().limit(REJECTS_SHOWN).forEach(x -> out.printf("  line %d%s: %s%n", x.line(),
                    x.column() == null ? "" : ", " + x.column(), x.reason()));
            if (r.rejects().size() > REJECTS_SHOWN || r.rejectsTruncated()) {
                out.println("  ... more rejects not shown");
            }
        }
        out.printf("total: %,d rows, %,d accepted, %,d rejected%s%n", rows, accepted, rejected,
                refused ? ", some files refused" : "");
        return rejected > 0 || refused ? ExitCode.REJECTED : ExitCode.OK;
    }

    private static Thread progressBar(PrintWriter out, AtomicReference<RecordKind> kind,
            AtomicReference<LoadProgress> progress) {
        Thread t = new Thread(() -> {
            long started = System.nanoTime();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(500);
                    LoadProgress p = progress.get();
                    if (p == null) {
                        continue;
                    }
                    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                    int filled = (int) Math.round(p.fraction() * 30);
                    out.printf("\r%-13s [%s%s] %3.0f%% %,d rows %,.0f rows/s %-10s", kind.get().fileName(),
                            "#".repeat(filled), ".".repeat(30 - filled), p.fraction() * 100, p.rowsRead(),
                            p.rowsRead() / seconds, p.phase());
                    out.flush();
                }
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "import-progress");
        t.setDaemon(true);
        return t;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
