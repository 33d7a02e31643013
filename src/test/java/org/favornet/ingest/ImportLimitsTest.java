package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 point 6: values too large for Neo4j's index are rejected rows before anything is
 * written, strict imports write all or nothing (derived ties included), and a write the database
 * refuses is a report in words, never a 500 or Neo4j's own message.
 */
@GraphTest
class ImportLimitsTest {

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired ObjectMapper json;

    @BeforeEach
    void empty() {
        graph.clear();
    }

    /** Ten valid persons sharing two phones (so shared-phone ties derive) and, on line 7, a 15 KB name. */
    static String elevenRows() {
        StringBuilder csv = new StringBuilder("person_id,name,phone\n");
        for (int i = 0; i < 11; i++) {
            String name = i == 5 ? "张".repeat(5000) : "人" + i;
            csv.append("P").append(i).append(',').append(name).append(",1380000000").append(i % 2).append('\n');
        }
        return csv.toString();
    }

    private JsonNode importPersons(String csv, boolean strict) throws Exception {
        String body = mvc.perform(post("/api/imports/persons").param("strict", String.valueOf(strict))
                        .with(httpBasic("officer", "officer")).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void aNameTooLargeForTheIndexIsARejectedRowNamingLineAndColumnAndTheTenValidRowsAreWritten() throws Exception {
        JsonNode report = importPersons(elevenRows(), false);

        assertThat(report.get("accepted").asLong()).isEqualTo(10);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        JsonNode reject = report.get("rejects").get(0);
        assertThat(reject.get("line").asLong()).isEqualTo(7);
        assertThat(reject.get("column").asText()).isEqualTo("name");
        assertThat(reject.get("reason").asText()).isEqualTo("name is 15000 bytes long (UTF-8); at most 8164 bytes fit "
                + "a searchable field such as an id, name, code or address");
        assertThat(reject.get("value").asText()).endsWith("… (15000 bytes)");
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(10);
        assertThat(graph.count("MATCH (:Person {id: 'P10'}) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void aStrictImportWithOneOversizedNameWritesNothing() throws Exception {
        JsonNode report = importPersons(elevenRows(), true);

        assertThat(report.get("accepted").asLong()).isZero();
        assertThat(report.get("rejects").get(0).get("column").asText()).isEqualTo("name");
        assertThat(graph.count("MATCH (n) WHERE NOT n:User RETURN count(n)")).isZero();
    }

    @Test
    void theLargestNameTheIndexTakesIsWrittenAndOneByteMoreIsRejected() throws Exception {
        String fits = "x".repeat(FieldLimits.INDEX_KEY_BYTES);
        JsonNode report = importPersons("person_id,name\nA," + fits + "\nB," + fits + "y\n", false);

        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejects").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(graph.count("MATCH (p:Person {id: 'A'}) RETURN size(p.name)")).isEqualTo(FieldLimits.INDEX_KEY_BYTES);
    }

    @Test
    void theIndexKeyLimitIsNeo4jsOwn() {
        // if an upgrade moves the limit, FieldLimits must move with it
        graph.run("CREATE (:Person {id: 'L', name: $n})", Map.of("n", "张".repeat(FieldLimits.INDEX_KEY_BYTES / 3)));
        assertThatThrownBy(() -> graph.run("CREATE (:Person {id: 'M', name: $n})",
                Map.of("n", "x".repeat(FieldLimits.INDEX_KEY_BYTES + 1)))).hasMessageContaining("too large to index");
    }

    @Test
    void aStrictImportWhoseWriteFailsRollsBackEveryRowAndDerivedTieAndSaysWhyInWords() throws Exception {
        graph.run("CREATE CONSTRAINT test_unique_code IF NOT EXISTS FOR (p:Person) REQUIRE p.x_code IS UNIQUE");
        try {
            // valid by every rule, but the last row's extra column collides with the first's under the test's constraint
            String csv = (elevenRows().replace("张".repeat(5000), "人5") + "P11,人11,13800000001\n")
                    .replace("phone\n", "phone,code\n").replaceAll("(?m)^(P(\\d+),.*)$", "$1,C$2").replace(",C11", ",C0");
            long before = graph.count("MATCH ()-[r]->() RETURN count(r)");
            String body = mvc.perform(post("/api/imports/persons").param("strict", "true")
                            .with(httpBasic("officer", "officer")).contentType("text/csv").content(csv))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.accepted").value(0))
                    .andExpect(jsonPath("$.rejected").value(12))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            JsonNode strictReport = json.readTree(body);
            assertThat(strictReport.get("rejects")).hasSize(12); // every row of the refused batch, by line
            assertThat(strictReport.get("rejects").get(11).get("line").asLong()).isEqualTo(13);
            assertThat(body).contains("rolled back and nothing of this file was written")
                    .contains("conflicts with a record of the same key")
                    .doesNotContain("test_unique_code").doesNotContain("element id").doesNotContain("Neo.");
            assertThat(graph.count("MATCH (n) WHERE NOT n:User RETURN count(n)")).isZero();
            assertThat(graph.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(before);

            // the same file without strict: the refused row is found and reported, the others are written
            JsonNode report = importPersons(csv, false);
            assertThat(report.get("accepted").asLong()).isEqualTo(11);
            assertThat(report.get("rejects").get(0).get("line").asLong()).isEqualTo(13);
            assertThat(report.get("rejects").get(0).get("reason").asText())
                    .startsWith("the row could not be written: the row conflicts with a record of the same key");
            assertThat(report.toString()).doesNotContain("test_unique_code").doesNotContain("element id");
            assertThat(graph.count("MATCH ()-[r:SHARES_PHONE]->() RETURN count(r)")).isPositive();
        } finally {
            graph.run("DROP CONSTRAINT test_unique_code IF EXISTS");
        }
    }

    @Test
    void aFiveMegabyteFieldInABackgroundJobIsARejectedRowWithoutTheDatabasesMessage() throws Exception {
        String csv = "person_id,name,note\nA,甲," + "x".repeat(5 * 1024 * 1024 + 100) + "\nB,乙,ok\n";
        String body = mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer"))
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asText();
        JsonNode job;
        do {
            Thread.sleep(100);
            job = json.readTree(mvc.perform(get("/api/imports/jobs/" + id).with(httpBasic("officer", "officer")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        } while (job.get("state").asText().equals("RUNNING"));

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("report").get("accepted").asLong()).isEqualTo(1);
        JsonNode reject = job.get("report").get("rejects").get(0);
        assertThat(reject.get("line").asLong()).isEqualTo(2);
        assertThat(reject.get("column").asText()).isEqualTo("note");
        assertThat(reject.get("reason").asText()).startsWith("note is more than 32768 bytes long");
        assertThat(job.toString()).doesNotContain("element id").doesNotContain("Index(");
    }
}
