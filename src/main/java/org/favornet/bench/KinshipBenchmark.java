package org.favornet.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import org.favornet.graph.CypherRunner;
import org.favornet.kinship.KinGraph;
import org.favornet.kinship.KinGraphProjection;
import org.favornet.kinship.KinshipService;
import org.favornet.kinship.Relation;
import org.favornet.kinship.gedcom.GedcomImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench-kinship [--pairs N] [--officials N] [--seed S] [--gedcom a.ged,b.ged]}: on the loaded graph, times relation queries
 * between seeded random related pairs (a relative picked from the subject's recusal report) and
 * unrelated pairs, and the recusal report of officials (persons holding a post, else random
 * persons), first in the service (in-memory index) and then with the equivalent variable-length
 * Cypher ({@code cypher/kinship/bench_*.cypher}, 5 s budget each) in the same run. Prints median,
 * p99 and max in milliseconds. The index build is timed separately (it happens once per change).
 */
@Command(name = "bench-kinship", mixinStandardHelpOptions = true,
        description = "Benchmark: relation queries and recusal reports on the loaded graph, the service's kin index "
                + "against the equivalent variable-length Cypher (5 s budget each): median, p99, max in ms.")
public final class KinshipBenchmark implements Callable<Integer> {

    private static final Duration CYPHER_BUDGET = Duration.ofSeconds(5);

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "200", description = "Related and unrelated pairs each (default ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--officials", paramLabel = "N", defaultValue = "50", description = "Recusal reports (default ${DEFAULT-VALUE}).")
    int officials;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the pair sample (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--gedcom", paramLabel = "FILE.ged", split = ",", description = "GEDCOM files to import first.")
    List<Path> gedcom = List.of();

    private KinshipService kinship;
    private KinGraphProjection projection;
    private CypherRunner cypher;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = top.services(service)) {
            kinship = services.get(KinshipService.class);
            projection = services.get(KinGraphProjection.class);
            cypher = services.get(CypherRunner.class);
            GedcomImport importer = services.get(GedcomImport.class);
            for (Path f : gedcom) {
                GedcomImport.Report r = importer.load(f.getFileName().toString(), Files.readAllBytes(f));
                out.printf("imported %s: %d individuals, %d ties%n", r.file(), r.individuals(), r.tiesWritten());
            }
            int code = run(out);
            out.flush();
            return code;
        }
    }

    private int run(PrintWriter out) {
        long t0 = System.nanoTime();
        projection.onGraphChanged(null);
        KinGraph g = projection.graph();
        out.printf("kin index: %d persons, %d ties, built in %.0f ms%n", g.size(), g.tieCount(), ms(System.nanoTime() - t0));
        if (g.size() < 2) {
            out.println("nothing to measure: load persons and kin ties first");
            return ExitCode.FAILURE;
        }
        Random random = new Random(seed);
        List<String[]> related = new ArrayList<>();
        List<String[]> unrelated = new ArrayList<>();
        int guard = 0;
        while ((related.size() < pairs || unrelated.size() < pairs) && guard++ < pairs * 50) {
            String a = g.id(random.nextInt(g.size()));
            if (related.size() < pairs) {
                List<Relation> rs = kinship.relativesOf(a, "CIVIL_SERVANT_RECUSAL");
                if (!rs.isEmpty()) {
                    related.add(new String[] {a, rs.get(random.nextInt(rs.size())).toId()});
                }
            }
            if (unrelated.size() < pairs) {
                String b = g.id(random.nextInt(g.size()));
                if (!a.equals(b) && kinship.relationsBetween(a, b).isEmpty()) {
                    unrelated.add(new String[] {a, b});
                }
            }
        }
        List<String> subjects = cypher.read("kinship/bench_officials.cypher", Map.of("limit", officials),
                r -> r.get("id").asString());
        String who = "officials";
        if (subjects.isEmpty()) {
            who = "random persons (no officials loaded)";
            subjects = new ArrayList<>();
            for (int i = 0; i < officials; i++) {
                subjects.add(g.id(random.nextInt(g.size())));
            }
        }
        // warm the JIT on the same kind of work before timing
        for (String[] p : related) {
            kinship.relationsBetween(p[0], p[1]);
        }
        out.printf("%-44s %6s %9s %9s %9s%n", "measure", "n", "median", "p99", "max");
        report(out, "service relationsBetween, related pairs", time(related, p -> kinship.relationsBetween(p[0], p[1])));
        report(out, "service relationsBetween, unrelated pairs", time(unrelated, p -> kinship.relationsBetween(p[0], p[1])));
        List<String[]> subjectRows = subjects.stream().map(s -> new String[] {s}).toList();
        report(out, "service recusal report of " + who, time(subjectRows, p -> kinship.relativesOf(p[0], "CIVIL_SERVANT_RECUSAL")));
        int[] timeouts = new int[1];
        report(out, "cypher *1..6 walks, related pairs", time(related, p -> cypherOrTimeout(timeouts,
                "kinship/bench_relations.cypher", Map.of("a", p[0], "b", p[1], "limit", 100_000))));
        report(out, "cypher *1..6 walks, unrelated pairs", time(unrelated, p -> cypherOrTimeout(timeouts,
                "kinship/bench_relations.cypher", Map.of("a", p[0], "b", p[1], "limit", 100_000))));
        report(out, "cypher *1..5 neighbourhood of " + who, time(subjectRows, p -> cypherOrTimeout(timeouts,
                "kinship/bench_relatives.cypher", Map.of("id", p[0], "limit", 1_000_000))));
        out.printf("cypher queries over the %d s budget: %d%n", CYPHER_BUDGET.toSeconds(), timeouts[0]);
        return 0;
    }

    private Object cypherOrTimeout(int[] timeouts, String file, Map<String, Object> params) {
        try {
            return cypher.read(file, params, r -> r.get(0), CYPHER_BUDGET).size();
        } catch (RuntimeException e) {
            timeouts[0]++;
            return null;
        }
    }

    private interface Work {
        Object run(String[] p);
    }

    private static long[] time(List<String[]> inputs, Work work) {
        long[] nanos = new long[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            long s = System.nanoTime();
            work.run(inputs.get(i));
            nanos[i] = System.nanoTime() - s;
        }
        return nanos;
    }

    private static void report(PrintWriter out, String what, long[] nanos) {
        if (nanos.length == 0) {
            out.printf("%-44s %6d %9s %9s %9s%n", what, 0, "-", "-", "-");
            return;
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        out.printf("%-44s %6d %9.3f %9.3f %9.3f%n", what, s.length, ms(s[s.length / 2]),
                ms(s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)]), ms(s[s.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
