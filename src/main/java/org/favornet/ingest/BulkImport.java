package org.favornet.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.favornet.graph.GraphStatistics;
import org.favornet.graph.GraphStoreSize;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bulk-import <folder>}: the first load of a county into an empty embedded store. Runs
 * before the database starts (the offline importer needs it stopped): {@link BulkLoader}
 * validates and imports, then the application starts without its web server to apply the schema
 * (indexes are built here), load the rows kept aside for the incremental loader, and report.
 * Everything is timed; the rate counts the input rows over the whole run.
 */
public final class BulkImport {

    private BulkImport() {}

    public static boolean isBulkImport(String[] args) {
        return args.length > 0 && args[0].equals("bulk-import");
    }

    public static int run(Class<?> application, String[] args) {
        PrintStream out = System.out;
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        if (rest.size() != 1 || rest.get(0).startsWith("-")) {
            out.println("usage: bulk-import <folder of <kind>.csv files>   (FAVORNET_DATA_DIR names the empty data directory)");
            return 2;
        }
        String uri = System.getenv("FAVORNET_NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            out.println("error: bulk-import fills an embedded store; with FAVORNET_NEO4J_URI set use 'import' instead");
            return 2;
        }
        Path folder = Path.of(rest.get(0));
        String dataDirEnv = System.getenv("FAVORNET_DATA_DIR");
        Path dataDir = Path.of(System.getProperty("favornet.data-dir",
                dataDirEnv == null || dataDirEnv.isBlank() ? "data" : dataDirEnv)).toAbsolutePath();
        Path storeHome = dataDir.resolve("neo4j");
        Path work = dataDir.resolve("bulk").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        long started = System.nanoTime();
        BulkLoader.Result result;
        try {
            Map<RecordKind, ImportSource> files = RecordLoader.folder(folder);
            if (files.isEmpty()) {
                out.println("error: no <kind>.csv files in " + folder + " (kinds: " + RecordKind.validNames() + ")");
                return 2;
            }
            result = new BulkLoader(storeHome, work, 30, 1000, out).load(files);
        } catch (IllegalStateException | IOException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
        long imported = System.nanoTime();
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        app.setDefaultProperties(Map.of("favornet.data-dir", dataDir.toString()));
        try (ConfigurableApplicationContext context = app.run()) {
            long schema = System.nanoTime();
            RecordLoader loader = context.getBean(RecordLoader.class);
            long leftoverRows = 0;
            for (var e : result.leftovers().entrySet()) {
                ImportReport r = loader.load(e.getKey(), ImportSource.of(e.getValue()), RecordLoader.Options.of(false));
                leftoverRows += r.rows();
            }
            long done = System.nanoTime();
            GraphStatistics.Counts counts = context.getBean(GraphStatistics.class).counts();
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
            // -Dfavornet.bulk.keep-work=true keeps the importer CSVs, to run or profile the importer on them by hand
            if (!Boolean.getBoolean("favornet.bulk.keep-work")) {
                clean(work);
            }
            return result.rejected() > 0 ? 3 : 0;
        } catch (IOException e) {
            out.println("error: " + e.getMessage());
            return 1;
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
