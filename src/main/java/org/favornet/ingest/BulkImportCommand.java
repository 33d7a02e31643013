package org.favornet.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.favornet.cli.Cli;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import org.favornet.graph.GraphStatistics;
import org.favornet.graph.GraphStoreSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bulk-import <folder>}: the first load of a county into an empty embedded store. Runs
 * before the database starts (the offline importer needs it stopped): {@link BulkLoader}
 * validates and imports, then the application starts without its web server to apply the schema
 * (indexes are built here), load the rows kept aside for the incremental loader, and report.
 * Everything is timed; the rate counts the input rows over the whole run.
 */
@Command(name = "bulk-import", mixinStandardHelpOptions = true,
        description = "First load of a county into an empty embedded store with Neo4j's offline importer "
                + "(validated like import), then the schema and the rows kept for the transactional loader. "
                + "Exit code 3 when rows were rejected.")
public final class BulkImportCommand implements Callable<Integer> {

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "FOLDER", description = "Folder of <kind>.csv files.")
    Path folder;

    @Option(names = "--keep-work", description = "Keep the importer's CSV copies under DATA_DIR/bulk (to rerun or profile the importer by hand).")
    boolean keepWork;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String uri = System.getenv("FAVORNET_NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            throw new Cli.UsageException("bulk-import fills an embedded store; with FAVORNET_NEO4J_URI set use 'import' instead");
        }
        Path dataDir = service.resolvedDataDir();
        Path storeHome = dataDir.resolve("neo4j");
        Path work = dataDir.resolve("bulk").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        long started = System.nanoTime();
        Map<RecordKind, ImportSource> files = RecordLoader.folder(folder);
        if (files.isEmpty()) {
            throw new Cli.UsageException("no <kind>.csv files in " + folder + " (kinds: " + RecordKind.validNames() + ")");
        }
        // the offline importer needs the store stopped: it runs before the service starts
        // (its progress goes to the console as the importer's own does)
        BulkLoader.Result result = new BulkLoader(storeHome, work, 30, 1000, System.out).load(files);
        long imported = System.nanoTime();
        try (Services services = top.services(service)) {
            long schema = System.nanoTime();
            RecordLoader loader = services.get(RecordLoader.class);
            long leftoverRows = 0;
            for (var e : result.leftovers().entrySet()) {
                ImportReport r = loader.load(e.getKey(), ImportSource.of(e.getValue()), RecordLoader.Options.of(false));
                leftoverRows += r.rows();
            }
            long done = System.nanoTime();
            GraphStatistics.Counts counts = services.get(GraphStatistics.class).counts();
            double seconds = (done - started) / 1e9;
            out.printf("%nbulk-import of %s%n", folder);
            out.printf("  rows read         %,d (accepted %,d, rejected %,d; %,d later rows for known keys applied incrementally)%n",
                    result.rows(), result.accepted(), result.rejected(), leftoverRows);
            out.printf("  derived ties      %,d%n", result.derived());
            out.printf("  written           %,d nodes, %,d relationships%n", result.nodes(), result.relationships());
            out.printf("  validate+derive   %.1f s%n", result.validateMillis() / 1e3);
            out.printf("  offline import    %.1f s%n", result.importMillis() / 1e3);
            out.printf("  start+schema      %.1f s%n", (schema - imported) / 1e9);
            out.printf("  later rows        %.1f s%n", (done - schema) / 1e9);
            out.printf("  total             %.1f s = %,.0f input records/s%n", seconds, result.rows() / seconds);
            out.printf("  store on disk     %,d MB (transaction logs included)%n",
                    GraphStoreSize.bytes(storeHome.resolve("data")) >> 20);
            out.println("  nodes             " + counts.nodes());
            out.println("  relationships     " + counts.relationships());
            out.flush();
            if (!keepWork) {
                clean(work);
            }
            return result.rejected() > 0 ? ExitCode.REJECTED : ExitCode.OK;
        }
    }

    /** Drops the importer's CSV copies; the rejects files stay for the data officer. */
    private static void clean(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("node-") || name.startsWith("rel-") || name.startsWith("leftover-")) {
                    Files.delete(f);
                }
            }
        }
    }
}
