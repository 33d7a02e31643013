package org.favornet.kinship;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.favornet.cli.CliCommand;
import org.favornet.graph.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * {@code bench-kinship [pairs] [officials] [seed]}: on the loaded graph, times relation queries
 * between seeded random related pairs (a relative picked from the subject's recusal report) and
 * unrelated pairs, and the recusal report of officials (persons holding a post, else random
 * persons), first in the service (in-memory index) and then with the equivalent variable-length
 * Cypher ({@code cypher/kinship/bench_*.cypher}, 5 s budget each) in the same run. Prints median,
 * p99 and max in milliseconds. The index build is timed separately (it happens once per change).
 *
 * <p>Also runnable on its own ({@link #main}), optionally importing GEDCOM files first:
 * {@code mvn spring-boot:run -Dspring-boot.run.main-class=org.favornet.kinship.KinshipBenchmark
 * -Dspring-boot.run.arguments="--gedcom a.ged b.ged -- 200 50 42"}.
 */
@Component
public class KinshipBenchmark implements CliCommand {

    private static final Duration CYPHER_BUDGET = Duration.ofSeconds(5);

    private final KinshipService kinship;
    private final KinGraphProjection projection;
    private final CypherRunner cypher;

    KinshipBenchmark(KinshipService kinship, KinGraphProjection projection, CypherRunner cypher) {
        this.kinship = kinship;
        this.projection = projection;
        this.cypher = cypher;
    }

    /** Boots the application (web server on a free port), imports {@code --gedcom} files, runs the benchmark. */
    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        List<String> files = new ArrayList<>();
        if (!all.isEmpty() && all.get(0).equals("--gedcom")) {
            all.remove(0);
            while (!all.isEmpty() && !all.get(0).equals("--")) {
                files.add(all.remove(0));
            }
            if (!all.isEmpty()) {
                all.remove(0);
            }
        }
        org.springframework.boot.SpringApplication app =
                new org.springframework.boot.SpringApplication(org.favornet.FavornetApplication.class);
        app.setDefaultProperties(Map.of("server.port", "0"));
        int code;
        try (var context = app.run()) {
            var gedcom = context.getBean(org.favornet.kinship.gedcom.GedcomImport.class);
            for (String f : files) {
                java.nio.file.Path p = java.nio.file.Path.of(f);
                var r = gedcom.load(p.getFileName().toString(), java.nio.file.Files.readAllBytes(p));
                System.out.printf("imported %s: %d individuals, %d ties%n", r.file(), r.individuals(), r.tiesWritten());
            }
            code = context.getBean(KinshipBenchmark.class).run(all, System.out);
        }
        System.exit(code);
    }

    @Override
    public String name() {
        return "bench-kinship";
    }

    @Override
    public String usage() {
        return "[pairs=200] [officials=50] [seed=42]  time relation queries and kinship reports, service vs Cypher";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        int pairs = args.size() > 0 ? Integer.parseInt(args.get(0)) : 200;
        int officials = args.size() > 1 ? Integer.parseInt(args.get(1)) : 50;
        long seed = args.size() > 2 ? Long.parseLong(args.get(2)) : 42;
        long t0 = System.nanoTime();
        projection.onGraphChanged(null);
        KinGraph g = projection.graph();
        out.printf("kin index: %d persons, %d ties, built in %.0f ms%n", g.size(), g.tieCount(), ms(System.nanoTime() - t0));
        if (g.size() < 2) {
            out.println("nothing to measure: load persons and kin ties first");
            return 1;
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

    private static void report(PrintStream out, String what, long[] nanos) {
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
