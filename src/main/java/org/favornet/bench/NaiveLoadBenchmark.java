package org.favornet.bench;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import org.favornet.csv.CsvReader;
import org.favornet.csv.CsvRecord;
import org.favornet.graph.CypherRunner;
import org.favornet.ingest.ImportSource;
import org.favornet.ingest.TextEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench-naive-load <folder>}: the baseline the importer is measured against, the loader
 * anyone would write first: one thread, {@code UNWIND} batches of 1,000 rows, {@code MERGE} per
 * row, no validation. Loads {@code persons.csv} then {@code kinship.csv} into the live database
 * and prints nodes/s and relationships/s. Use an empty scratch database: it writes
 * {@code :NAIVE_TIE} relationships that nothing else reads.
 */
@Command(name = "bench-naive-load", mixinStandardHelpOptions = true,
        description = "Benchmark baseline: a one-thread UNWIND loader of persons.csv and kinship.csv, no validation "
                + "(writes :NAIVE_TIE relationships; use an empty scratch store).")
public final class NaiveLoadBenchmark implements Callable<Integer> {

    private static final int BATCH = 1000;

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "FOLDER", description = "Folder with persons.csv and kinship.csv.")
    Path dir;

    private CypherRunner cypher;

    /** For picocli. */
    public NaiveLoadBenchmark() {}

    NaiveLoadBenchmark(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @Override
    public Integer call() throws Exception {
        try (Services services = top.services(service)) {
            cypher = services.get(CypherRunner.class);
            load(dir, spec.commandLine().getOut());
        }
        return ExitCode.OK;
    }

    /** Loads the folder's persons, then its kinship ties, and prints the rates. */
    void load(Path dir, PrintWriter out) throws Exception {
        long t0 = System.nanoTime();
        long persons = load(dir.resolve("persons.csv"), "bench/naive_persons.cypher", (h, r) -> Map.of(
                "id", r.get(h.indexOf("person_id")), "name", r.get(h.indexOf("name")),
                "regionCode", r.get(h.indexOf("region_code"))));
        long t1 = System.nanoTime();
        long ties = load(dir.resolve("kinship.csv"), "bench/naive_kinship.cypher", (h, r) -> Map.of(
                "fromId", r.get(h.indexOf("from_id")), "toId", r.get(h.indexOf("to_id")),
                "relation", r.get(h.indexOf("relation"))));
        long t2 = System.nanoTime();
        out.printf("naive loader: %,d persons in %.1f s = %,.0f nodes/s; %,d kinship ties in %.1f s = %,.0f relationships/s%n",
                persons, (t1 - t0) / 1e9, persons / ((t1 - t0) / 1e9), ties, (t2 - t1) / 1e9, ties / ((t2 - t1) / 1e9));
        out.flush();
    }

    private interface RowMapper {
        Map<String, Object> map(List<String> header, List<String> row);
    }

    private long load(Path file, String query, RowMapper mapper) throws Exception {
        long n = 0;
        ImportSource source = ImportSource.of(file);
        try (InputStream in = source.open(); CsvReader reader = new CsvReader(TextEncoding.detect(source).reader(in), 1 << 20)) {
            List<String> header = List.of(reader.next().fields());
            List<Map<String, Object>> batch = new ArrayList<>(BATCH);
            CsvRecord record;
            while ((record = reader.next()) != null) {
                batch.add(new HashMap<>(mapper.map(header, List.of(record.fields()))));
                if (batch.size() == BATCH) {
                    cypher.write(query, Map.of("rows", batch));
                    n += batch.size();
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                cypher.write(query, Map.of("rows", batch));
                n += batch.size();
            }
        }
        return n;
    }
}
