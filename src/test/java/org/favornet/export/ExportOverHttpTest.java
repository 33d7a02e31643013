package org.favornet.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.security.AuditLog;
import org.favornet.security.AuditRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Exports over a real HTTP connection, where the container, chunking and threads are real: every
 * response of a long sequential run is complete (declared length, parseable, byte-identical to the
 * first) and leaves exactly one audit record. The run length is {@code -Dexport.repeats} (default
 * 30 per format and user; docs/benchmarks.md records a run with 300).
 */
@GraphTest
class ExportOverHttpTest {

    private static final int REPEATS = Integer.getInteger("export.repeats", 30);
    private static final String PATH = "/api/leads/lead-1/export";

    @Autowired TestGraph graph;
    @Autowired AuditLog trail;
    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void seed() {
        graph.clear();
        ExportFixture.seed(graph);
    }

    @Test
    void everyExportToAMaskedUserIsCompleteParseableAndAuditedOnce() throws Exception {
        exportRepeatedly(basic("analyst", "analyst"), "analyst");
    }

    @Test
    void everyExportToATokenUserIsCompleteParseableAndAuditedOnce() throws Exception {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", basic("analyst", "analyst"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = json.readTree(issued.body()).get("token").asText();
        exportRepeatedly("Bearer " + token, "analyst");
    }

    private void exportRepeatedly(String authorization, String user) throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            long before = trail.lastSeq();
            byte[] first = null;
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                HttpResponse<byte[]> r;
                try {
                    r = http.send(HttpRequest.newBuilder(uri(PATH + "?format=" + format.name().toLowerCase()))
                            .header("Authorization", authorization).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (java.io.IOException cut) {
                    failures.add("#" + i + ": " + cut);
                    continue;
                }
                byte[] body = r.body();
                String problem = problem(format, r, body, first);
                if (problem != null) {
                    failures.add("#" + i + ": " + problem);
                }
                if (first == null) {
                    first = body;
                }
            }
            assertThat(failures).as(format + " as " + user).isEmpty();
            List<AuditRecord> records = trail.find(rec -> rec.seq() > before, 0, 10 * REPEATS).items();
            assertThat(records).as("one audit record per " + format + " export").hasSize(REPEATS)
                    .allSatisfy(rec -> {
                        assertThat(rec.user()).isEqualTo(user);
                        assertThat(rec.path()).isEqualTo(PATH);
                        assertThat(rec.status()).isEqualTo(200);
                    });
        }
    }

    /** What is wrong with one response, or null when it is a complete, parseable export. */
    private String problem(ExportFormat format, HttpResponse<byte[]> r, byte[] body, byte[] first) {
        if (r.statusCode() != 200) {
            return "status " + r.statusCode() + ": " + new String(body, StandardCharsets.UTF_8);
        }
        try {
            parse(format, body);
        } catch (Exception | AssertionError e) {
            return "does not parse: " + e;
        }
        if (first != null && !java.util.Arrays.equals(content(format, first), content(format, body))) {
            return "differs from the first response (" + body.length + " bytes against " + first.length + ")";
        }
        String length = r.headers().firstValue("Content-Length").orElse(null);
        if (length == null || Long.parseLong(length) != body.length) {
            return "Content-Length " + length + " for " + body.length + " bytes";
        }
        return null;
    }

    /** What must not change between runs: the bytes, or for the zip its entries (their times do change). */
    private static byte[] content(ExportFormat format, byte[] body) {
        if (format != ExportFormat.CSV) {
            return body;
        }
        java.io.ByteArrayOutputStream entries = new java.io.ByteArrayOutputStream();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.write(e.getName().getBytes(StandardCharsets.UTF_8));
                entries.write(zip.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries.toByteArray();
    }

    static void parse(ExportFormat format, byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        switch (format) {
            case GRAPHML, GEXF -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body));
            case CYTOSCAPE -> assertThat(new ObjectMapper().readTree(body).at("/elements/nodes").size()).isPositive();
            case CSV -> {
                List<String> names = new ArrayList<>();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        names.add(e.getName());
                        zip.readAllBytes();
                    }
                }
                assertThat(names).containsExactlyInAnyOrder("nodes.csv", "edges.csv", "columns.csv");
            }
            case CYPHER -> {
                assertThat(text).isNotBlank().endsWith(";\n");
                assertBalanced(text);
            }
            case DOT -> {
                assertThat(text).startsWith("digraph").endsWith("}\n");
                assertBalanced(text);
            }
        }
    }

    private static void assertBalanced(String text) {
        assertThat(count(text, '{')).isEqualTo(count(text, '}'));
        assertThat(count(text, '[')).isEqualTo(count(text, ']'));
        assertThat(count(text, '(')).isEqualTo(count(text, ')'));
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
