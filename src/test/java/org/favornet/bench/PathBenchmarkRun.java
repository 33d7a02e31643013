package org.favornet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.favornet.CommandRun;
import org.favornet.GeneratedCounty;
import org.favornet.TestGraph;
import org.favornet.ingest.RecordLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs {@code bench-paths} against a real HTTP server (random port, its own store), so the HTTP
 * leg is measured too. Off by default; on demand:
 * {@code mvn -B -o test -Dtest=PathBenchmarkRun -Dbench.paths=3000} (persons in the generated county).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"favornet.data-dir=target/bench-data"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.paths", matches = "\\d+")
class PathBenchmarkRun {

    @Autowired ApplicationContext context;
    @Autowired RecordLoader loader;
    @Autowired TestGraph graph;
    @LocalServerPort int port;

    @Test
    void benchmarksTheProjectionTheSearchAndTheEndpointOnAGeneratedCounty(@TempDir Path dir) throws Exception {
        graph.clear();
        GeneratedCounty.load(loader, Integer.parseInt(System.getProperty("bench.paths")), 1L, dir);
        CommandRun.Result run = CommandRun.with(context, "bench-paths", "--pairs", "200",
                "--base-url", "http://127.0.0.1:" + port, "--user", "investigator", "--password", "investigator");
        System.out.println(run.out());
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
