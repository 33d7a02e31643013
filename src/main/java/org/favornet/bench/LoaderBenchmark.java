package org.favornet.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.favornet.cli.Cli;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import org.favornet.graph.CypherRunner;
import org.favornet.ingest.ImportReport;
import org.favornet.ingest.ImportSource;
import org.favornet.ingest.RecordKind;
import org.favornet.ingest.RecordLoader;
import org.favornet.projection.LiveProjection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench-import <folder> [--rounds 2]}: the transactional loader's throughput into a live
 * database, cold and warm, beside the naive loader in the same process. Each round loads the whole
 * folder with {@link RecordLoader#loadFolder} (validation, reference and parent checks, derived ties:
 * exactly what {@code import} does), then the naive one-thread loader loads its persons and kinship;
 * the graph is wiped before each load. The first round meets a JVM and a database that have
 * compiled nothing (what the first import after a start sees); later rounds meet them as a running
 * service that has loaded before does. Refuses a store that already holds persons: it is for a
 * scratch data directory.
 */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Benchmark: the transactional loader cold and warm, and the naive loader, on an empty scratch store "
                + "(the graph is wiped between rounds).")
public final class LoaderBenchmark implements Callable<Integer> {

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "FOLDER", description = "Folder of <kind>.csv files.")
    Path dir;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2", description = "Rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    private RecordLoader loader;
    private NaiveLoadBenchmark naive;
    private CypherRunner cypher;
    private LiveProjection projection;

    @Override
    public Integer call() throws Exception {
        try (Services services = top.services(service)) {
            loader = services.get(RecordLoader.class);
            cypher = services.get(CypherRunner.class);
            naive = new NaiveLoadBenchmark(cypher);
            projection = services.get(LiveProjection.class);
            return run(spec.commandLine().getOut());
        }
    }

    private int run(PrintWriter out) throws Exception {
        long persons = cypher.read("bench/count_persons.cypher", Map.of(), r -> r.get("persons").asLong()).get(0);
        if (persons > 0) {
            throw new Cli.UsageException("the graph holds " + persons + " persons: bench-import wipes the graph"
                    + " between rounds, so run it on an empty scratch data directory (FAVORNET_DATA_DIR)");
        }
        Map<RecordKind, ImportSource> files = RecordLoader.folder(dir);
        for (int round = 1; round <= rounds; round++) {
            String label = round == 1 ? "cold" : "warm";
            if (round > 1) {
                wipe();
            }
            long t0 = System.nanoTime();
            List<ImportReport> reports = loader.loadFolder(files, false, (k, p) -> { });
            long millis = (System.nanoTime() - t0) / 1_000_000;
            long rows = 0;
            long derived = 0;
            long rejected = 0;
            for (ImportReport r : reports) {
                rows += r.rows();
                derived += r.derivedTies();
                rejected += r.rejected();
                out.printf("  round %d %-14s %,9d rows %,8d derived %,8d ms %,9.0f rows/s%n", round, r.file(), r.rows(),
                        r.derivedTies(), r.durationMs(), r.rows() / Math.max(0.001, r.durationMs() / 1000.0));
            }
            out.printf("round %d (%s): transactional loader, %,d records (%,d rejected, %,d ties derived) in %.1f s ="
                    + " %,.0f records/s%n", round, label, rows, rejected, derived, millis / 1000.0, rows / (millis / 1000.0));
            projection.awaitIdle(Duration.ofMinutes(30)); // the load's own projection rebuild must not overlap what follows
            wipe();
            out.printf("round %d (%s): ", round, label);
            naive.load(dir, out);
        }
        wipe();
        out.flush();
        return ExitCode.OK;
    }

    private void wipe() {
        try (var session = cypher.driver().session(cypher.session())) {
            session.run(cypher.files().text("bench/wipe_graph.cypher")).consume();
            session.run(cypher.files().text("load/prepare_for_replanning.cypher"), Map.of("timeoutSeconds", 300))
                    .consume();
        }
    }
}
