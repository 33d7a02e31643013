package org.favornet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.favornet.CommandRun;
import org.favornet.FavornetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator meets it. In-process runs refuse to start the service; the
 * child-JVM runs prove that nothing of it starts (no Spring, no store, no port).
 */
class CommandLineTest {

    @TempDir Path tmp;

    @Test
    void helpListsEveryCommandAndTheExitCodesWithoutStartingTheService() {
        CommandRun.Result r = CommandRun.withoutServices("--help");
        assertThat(r.exit()).isZero();
        for (String command : List.of("import", "bulk-import", "gedcom", "analyse", "export", "generate", "evaluate",
                "bench-import", "bench-naive-load", "bench-raw-import", "bench-kinship", "bench-paths")) {
            assertThat(r.out()).contains("  " + command + " ");
        }
        assertThat(r.out()).contains("Exit codes:").contains("3  data rejected");
    }

    @Test
    void everyCommandsHelpPrintsItsUsageAndExitsWithZeroWithoutStartingTheService() {
        for (Class<?> c : FavornetApplication.COMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            CommandRun.Result r = CommandRun.withoutServices(name, "--help");
            assertThat(r.exit()).as(name + ": " + r.err()).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: favornet " + name);
        }
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageErrorWithExitCodeTwo() {
        CommandRun.Result unknown = CommandRun.withoutServices("analyze");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument").contains("Did you mean: favornet analyse")
                .contains("Usage: favornet");
        CommandRun.Result option = CommandRun.withoutServices("generate", "--persons", "many", "--seed", "1", "--out", "x");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("--persons");
        assertThat(CommandRun.withoutServices("--verbose").exit()).isEqualTo(2);
    }

    @Test
    void onlyNoArgumentsOrSpringPropertiesStartTheService() {
        assertThat(Cli.startsService(new String[0])).isTrue();
        assertThat(Cli.startsService(new String[] {"--server.port=8081", "--favornet.data-dir=/srv/x"})).isTrue();
        assertThat(Cli.startsService(new String[] {"--help"})).isFalse();
        assertThat(Cli.startsService(new String[] {"--version"})).isFalse();
        assertThat(Cli.startsService(new String[] {"generate"})).isFalse();
    }

    @Test
    void generateWritesTheCountyWithoutAskingForTheService() throws IOException {
        Path out = tmp.resolve("county");
        CommandRun.Result r = CommandRun.withoutServices("generate", "--persons", "300", "--seed", "3", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("persons.csv")).exists();
        assertThat(out.resolve("ground-truth.csv")).exists();
        assertThat(r.out()).contains("persons ").contains("planted cases per red flag");
    }

    /** Runs {@code java -cp <test classpath> FavornetApplication args} in {@code dir}; returns exit code and output. */
    private static CommandRun.Result child(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FavornetApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CommandRun.Result(p.exitValue(), Files.readString(out), "");
    }

    @Test
    void versionPrintsTheVersionAndHelpStartsNothingInAChildJvm() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("work"));
        CommandRun.Result version = child(dir, "--version");
        assertThat(version.exit()).as(version.out()).isZero();
        assertThat(version.out().strip()).startsWith("favornet ");
        CommandRun.Result help = child(dir, "import", "--help");
        assertThat(help.exit()).as(help.out()).isZero();
        assertThat(help.out()).startsWith("Usage: favornet import").doesNotContain("Spring").doesNotContain("SLF4J");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void generateInAChildJvmCreatesNoDataDirectoryAndBindsNoPortEvenWithTheServicesPortTaken() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("work"));
        // the Bolt and HTTP ports are held here: had generate tried to bind either, it would fail
        try (ServerSocket bolt = bind(7687); ServerSocket http = bind(8080)) {
            CommandRun.Result r = child(dir, "generate", "--persons", "200", "--seed", "1", "--out", "county");
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(r.out()).contains("wrote county").doesNotContain("password").doesNotContain("DEMO user")
                    .doesNotContain("SLF4J").doesNotContain("Neo4j");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("county", "child.out");
        }
    }

    /** Holds the port when it is free; a port someone else holds is just as taken. */
    private static ServerSocket bind(int port) throws IOException {
        try {
            return new ServerSocket(port);
        } catch (IOException taken) {
            return new ServerSocket(0);
        }
    }
}
