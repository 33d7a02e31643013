package org.favornet.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.favornet.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code import <file-or-folder> [--kind K] [--strict]}: loads one file (its kind from
 * {@code --kind} or its name, {@code persons.csv}) or every {@code <kind>.csv} of a folder in
 * dependency order, with a progress bar, then prints each file's report (first 20 rejects) and
 * totals. Exit code 0 when every row was accepted, 3 when some were rejected or a file was
 * refused, 2 on usage errors.
 */
@Component
class ImportCommand implements CliCommand {

    private static final int REJECTS_SHOWN = 20;

    private final RecordLoader loader;

    ImportCommand(RecordLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "<file-or-folder> [--kind " + String.join("|", RecordKind.validNames().split(", ")) + "] [--strict]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        Path path = null;
        RecordKind kind = null;
        boolean strict = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--strict")) {
                strict = true;
            } else if (a.equals("--kind") && i + 1 < args.size()) {
                String k = args.get(++i);
                kind = RecordKind.named(k).orElseThrow(() -> new IllegalArgumentException(
                        "unknown kind '" + k + "'; valid kinds: " + RecordKind.validNames()));
            } else if (a.startsWith("-") || path != null) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            } else {
                path = Path.of(a);
            }
        }
        if (path == null) {
            throw new IllegalArgumentException("name a file or a folder to import");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        List<ImportReport> reports = new ArrayList<>();
        AtomicReference<RecordKind> current = new AtomicReference<>();
        AtomicReference<LoadProgress> progress = new AtomicReference<>();
        Thread bar = progressBar(out, current, progress);
        try {
            if (Files.isDirectory(path)) {
                Map<RecordKind, ImportSource> files = RecordLoader.folder(path);
                if (files.isEmpty()) {
                    throw new IllegalArgumentException(path + " holds no <kind>.csv file (" + RecordKind.validNames() + ")");
                }
                bar.start();
                reports.addAll(loader.loadFolder(files, strict, (k, p) -> {
                    current.set(k);
                    progress.set(p);
                }));
            } else {
                Path file = path;
                RecordKind k = kind != null ? kind : RecordKind.named(stem(path)).orElseThrow(() ->
                        new IllegalArgumentException("cannot tell the kind of " + file.getFileName()
                                + " from its name; add --kind"));
                RecordLoader.Options options = RecordLoader.Options.of(strict);
                current.set(k);
                progress.set(options.progress());
                bar.start();
                try {
                    reports.add(loader.load(k, ImportSource.of(path), options));
                } catch (FileRejected e) {
                    reports.add(new ImportReport(null, k.fileName(), path.getFileName().toString(), null, strict, 0, 0, 0,
                            List.of(e.getMessage()), List.of(), false, 0, 0));
                }
            }
        } finally {
            bar.interrupt();
            bar.join();
        }
        out.println();
        return print(reports, out);
    }

    private static int print(List<ImportReport> reports, PrintStream out) {
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
        return rejected > 0 || refused ? 3 : 0;
    }

    private static Thread progressBar(PrintStream out, AtomicReference<RecordKind> kind,
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
