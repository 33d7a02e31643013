package org.favornet.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.TieKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exports as analysts open them: networkx ({@code read_gexf(version="1.3")},
 * {@code read_graphml}) reads the GEXF in each {@link EdgeMode} and the GraphML of the whole export
 * fixture, and must see every node with its label and type and every edge with its relationship
 * and direction flag. The mixed GEXF is the one networkx refuses; it is checked to be refused for
 * that reason only. Needs python3 with networkx (CI installs Debian's {@code python3-networkx}; see
 * read_exports.py for networkx 2.8);
 * skipped with a message when missing, unless {@code FAVORNET_NETWORKX=required}, then it fails.
 */
@GraphTest
class ExportNetworkxTest {

    @Autowired TestGraph graph;
    @Autowired SubgraphExporter exporter;
    @Autowired org.favornet.security.PersonRefs refs;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void seed() {
        graph.clear();
        ExportFixture.seed(graph);
    }

    private SubgraphExporter.PreparedExport whole(ExportFormat format) {
        List<String> persons = graph.run("MATCH (p:Person) RETURN p.id AS id").stream()
                .map(r -> refs.ref(r.get("id").asString())).toList();
        return exporter.around(persons, 4, EnumSet.allOf(TieKind.class), format, ExportFormatsTest.CLEAR);
    }

    @Test
    void networkxReadsTheDirectedAndUndirectedGexfAndTheGraphmlWithEveryNodeEdgeAndAttribute(@TempDir Path dir)
            throws Exception {
        String python = pythonWithNetworkx();
        SubgraphExporter.PreparedExport gexf = whole(ExportFormat.GEXF);
        EvidenceSubgraph model = gexf.subgraph();
        assertThat(model.edges()).as("the fixture has ties of both sorts")
                .anyMatch(EvidenceSubgraph.Edge::directed).anyMatch(e -> !e.directed());
        Map<String, SubgraphExporter.PreparedExport> files = new TreeMap<>();
        files.put("default.gexf", gexf);
        for (EdgeMode mode : EdgeMode.values()) {
            files.put(mode.name().toLowerCase() + ".gexf", gexf.withEdges(mode));
        }
        files.put("whole.graphml", whole(ExportFormat.GRAPHML));
        List<String> command = new ArrayList<>(List.of(python, script(dir).toString()));
        for (var f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            try (var out = Files.newOutputStream(file)) {
                f.getValue().writeTo(out);
            }
            command.add(file.toString());
        }
        JsonNode read = json.readTree(run(command));
        System.out.println("ExportNetworkxTest: networkx " + read.at("/_networkx/version").asText()
                + (read.at("/_networkx/registeredGexf13").asBoolean() ? " (GEXF 1.3 namespace registered as networkx 3 does)" : ""));

        for (String name : List.of("default.gexf", "directed.gexf", "undirected.gexf", "whole.graphml")) {
            // GraphML ids are XML names: the writer escapes other characters (documented in GraphMlWriter).
            java.util.function.UnaryOperator<String> id = name.endsWith(".graphml") ? GraphMlWriter::xmlId : x -> x;
            List<List<String>> nodes = new ArrayList<>();
            for (EvidenceSubgraph.Node n : model.nodes()) {
                nodes.add(List.of(id.apply(n.id()), n.caption(), n.type()));
            }
            List<List<String>> edges = new ArrayList<>();
            for (EvidenceSubgraph.Edge e : model.edges()) {
                edges.add(List.of(id.apply(e.source().id()), id.apply(e.target().id()), e.type(),
                        Boolean.toString(e.directed())));
            }
            JsonNode g = read.get(name);
            assertThat(g.has("error")).as(name + ": " + g).isFalse();
            assertThat(g.get("directed").asBoolean()).as(name).isEqualTo(!name.startsWith("undirected"));
            assertThat(rows(g.get("nodes"))).as(name + " nodes").hasSize(model.nodeCount())
                    .containsExactlyInAnyOrderElementsOf(nodes);
            List<List<String>> seen = rows(g.get("edges"));
            assertThat(seen).as(name + " edges").hasSize(model.edgeCount());
            if (name.startsWith("undirected")) {
                // An undirected graph may hand an edge back with its ends swapped: compare ends as a set.
                assertThat(seen.stream().map(ExportNetworkxTest::unordered).toList()).as(name)
                        .containsExactlyInAnyOrderElementsOf(edges.stream().map(ExportNetworkxTest::unordered).toList());
            } else {
                assertThat(seen).as(name).containsExactlyInAnyOrderElementsOf(edges);
            }
        }
        assertThat(read.get("default.gexf").get("edges")).isEqualTo(read.get("directed.gexf").get("edges"));
        assertThat(read.get("mixed.gexf").path("error").asText()).as("networkx refuses mixed graphs: why mixed is not the default")
                .isEqualTo("Undirected edge found in directed graph.");
    }

    private static List<List<String>> rows(JsonNode array) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : array) {
            List<String> r = new ArrayList<>();
            row.forEach(v -> r.add(v.isNull() ? null : v.asText()));
            rows.add(r);
        }
        return rows;
    }

    private static List<String> unordered(List<String> edge) {
        List<String> ends = new ArrayList<>(edge.subList(0, 2));
        ends.sort(null);
        ends.addAll(edge.subList(2, edge.size()));
        return ends;
    }

    private Path script(Path dir) throws IOException {
        Path script = dir.resolve("read_exports.py");
        try (InputStream in = getClass().getResourceAsStream("/networkx/read_exports.py")) {
            Files.copy(in, script);
        }
        return script;
    }

    /**
     * python3 (or {@code FAVORNET_PYTHON}) when it imports networkx; else the test is skipped, or
     * fails when {@code FAVORNET_NETWORKX=required}.
     */
    static String pythonWithNetworkx() throws InterruptedException {
        String python = System.getenv().getOrDefault("FAVORNET_PYTHON", "python3");
        String why;
        try {
            Process p = new ProcessBuilder(python, "-c", "import networkx; print(networkx.__version__)")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return python;
            }
            why = "python3 cannot import networkx: " + out;
        } catch (IOException e) {
            why = "no python3 on the PATH: " + e.getMessage();
        }
        String message = why + ". Install networkx (Debian: apt-get install python3-networkx) to read the exports back.";
        if ("required".equalsIgnoreCase(System.getenv("FAVORNET_NETWORKX"))) {
            throw new AssertionError("FAVORNET_NETWORKX=required but " + message);
        }
        Assumptions.abort(message);
        return null;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException ignored) {
                // the exit code says it failed
            }
        });
        drain.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("networkx finished").isTrue();
        drain.join();
        assertThat(p.exitValue()).as(command + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
        return out;
    }
}
