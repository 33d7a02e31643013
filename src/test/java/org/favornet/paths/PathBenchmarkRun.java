package org.favornet.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.favornet.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs {@code bench-paths} against a real HTTP server (random port, its own store), so the HTTP
 * leg is measured too. Off by default; on demand:
 * {@code mvn -B -o test -Dtest=PathBenchmarkRun -Dbench.paths=1000} (families in the synthetic county).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"favornet.data-dir=target/bench-data"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.paths", matches = "\\d+")
class PathBenchmarkRun {

    @Autowired PathBenchmark benchmark;
    @Autowired TestGraph graph;
    @LocalServerPort int port;

    @Test
    void benchmarksTheProjectionTheSearchAndTheEndpointOnASyntheticCounty() throws Exception {
        graph.clear();
        int exit = benchmark.run(List.of("--generate", System.getProperty("bench.paths"), "--pairs", "200",
                "--base-url", "http://127.0.0.1:" + port, "--user", "investigator", "--password", "investigator"),
                System.out);
        assertThat(exit).isZero();
    }
}
