package org.favornet.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The separate Neo4j process the external-database tests run against: a second JVM running
 * {@link StandaloneNeo4jServer} from the test class path, started at most once per test JVM and
 * stopped when the test JVM exits (its standard input closes).
 *
 * @param uri {@code neo4j://127.0.0.1:<port>}, the routing scheme a cluster is reached with
 * @param port the child's Bolt port
 * @param pid the child's process id
 * @param home the child's Neo4j home (a fresh directory under {@code target/})
 * @param password the child's {@code neo4j} password, random per start
 */
public record ExternalNeo4jProcess(String uri, int port, long pid, Path home, String password) {

    static final Path ROOT = Path.of("target", "external-neo4j").toAbsolutePath();
    /** The application's data directory in these tests (jobs, audit trail), emptied with the child's start. */
    static final Path DATA_DIR = Path.of("target", "test-data-external").toAbsolutePath();
    private static final long START_TIMEOUT_SECONDS = 180;
    private static ExternalNeo4jProcess running;

    public String user() {
        return "neo4j";
    }

    /** The child of this JVM, started on first call. */
    public static synchronized ExternalNeo4jProcess get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** Whether this JVM has started a child (without starting one). */
    static synchronized boolean started() {
        return running != null;
    }

    private static ExternalNeo4jProcess start() {
        try {
            deleteTree(ROOT);
            deleteTree(DATA_DIR);
            Path home = Files.createDirectories(ROOT.resolve("home"));
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // The surefire class path (a manifest-only jar) works as it is for the child.
            Path argFile = ROOT.resolve("java-args");
            Files.writeString(argFile, "-cp\n\"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "@" + argFile,
                    StandaloneNeo4jServer.class.getName(), home.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(ROOT.resolve("stderr.log").toFile());
            builder.environment().put(StandaloneNeo4jServer.PASSWORD_VARIABLE, password);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "external-neo4j-stop"));
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String ready = awaitReady(process, out);
            drain(out, ROOT.resolve("stdout.log"));
            String[] parts = ready.split(" ", 4);
            int port = Integer.parseInt(parts[1]);
            return new ExternalNeo4jProcess("neo4j://127.0.0.1:" + port, port, Long.parseLong(parts[2]),
                    Path.of(parts[3]), password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the external Neo4j process", e);
        }
    }

    private static String awaitReady(Process process, BufferedReader out) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return line;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The external Neo4j process did not report READY; see " + ROOT.resolve("stderr.log"));
    }

    /** Keeps reading the child's output so it never blocks on a full pipe. */
    private static void drain(BufferedReader out, Path log) {
        Thread t = new Thread(() -> {
            try (PrintStream file = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                String line;
                while ((line = out.readLine()) != null) {
                    file.println(line);
                }
            } catch (IOException ignored) {
                // the child ended
            }
        }, "external-neo4j-output");
        t.setDaemon(true);
        t.start();
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
