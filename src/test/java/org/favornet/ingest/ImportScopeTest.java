package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 point 11, imports: a data officer of one village writes rows of that village only, and
 * an import job, its report and its rejects are seen by the officer who ran it (and administrators).
 */
@GraphTest
class ImportScopeTest {

    static final String VILLAGE = "410728101201";
    static final String PASSWORD = "village-officer-password";

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired ObjectMapper json;

    @BeforeEach
    void arrange() throws Exception {
        graph.clear();
        for (String name : new String[] {"village-officer", "other-officer"}) {
            mvc.perform(put("/api/users/" + name).with(httpBasic("admin", "admin-test-password"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"roles\":[\"DATA_OFFICER\"],\"regions\":[\"" + VILLAGE + "\"],\"password\":\""
                                    + PASSWORD + "\"}"))
                    .andExpect(status().isOk());
        }
        graph.run("CREATE (:Person {id: 'IN', name: '甲', regionCode: '" + VILLAGE + "'}), "
                + "(:Person {id: 'OUT', name: '乙', regionCode: '410728101202'})");
    }

    private String importAs(String user, String kind, String csv) throws Exception {
        return mvc.perform(post("/api/imports/" + kind).with(httpBasic(user, PASSWORD)).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aVillageOfficerCannotWritePersonsOrTipsOfAnotherVillage() throws Exception {
        String persons = importAs("village-officer", "persons", "person_id,name,region_code\n"
                + "NEW1,丙," + VILLAGE + "\nNEW2,丁,410728101202\nNEW3,戊,\nOUT,乙改,410728101201\n");
        assertThat(json.readTree(persons).get("accepted").asLong()).isEqualTo(1);
        assertThat(json.readTree(persons).get("rejects").toString())
                .contains("\"line\":3,\"column\":\"region_code\"", "lies outside your regions")
                .contains("\"line\":4,\"column\":\"region_code\"")
                .contains("\"line\":5,\"column\":\"person_id\"");
        String tips = importAs("village-officer", "tips", "tip_id,subject_id,date\nT1,IN,2024-01-01\nT2,OUT,2024-01-01\n");
        assertThat(json.readTree(tips).get("accepted").asLong()).isEqualTo(1);
        assertThat(json.readTree(tips).get("rejects").get(0).get("column").asText()).isEqualTo("subject_id");

        assertThat(graph.count("MATCH (p:Person) WHERE p.regionCode <> '" + VILLAGE + "' OR p.regionCode IS NULL "
                + "RETURN count(p)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:Person {id: 'OUT'}) RETURN count(*)")).isEqualTo(1);
        assertThat(graph.run("MATCH (p:Person {id: 'OUT'}) RETURN p.name").get(0).get(0).asString()).isEqualTo("乙");
        assertThat(graph.count("MATCH (t:Tip) RETURN count(t)")).isEqualTo(1);
    }

    @Test
    void anImportJobAndItsRejectsAreNotFoundForAnotherOfficer() throws Exception {
        String report = importAs("village-officer", "persons", "person_id,name,region_code\nX,,\n");
        String id = json.readTree(report).get("id").asText();

        mvc.perform(get("/api/imports/jobs/" + id).with(httpBasic("other-officer", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/imports/jobs/" + id + "/rejects.csv").with(httpBasic("other-officer", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/imports/jobs/" + id + "/rejects.csv").with(httpBasic("officer", "officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/imports/jobs/" + id).with(httpBasic("village-officer", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value("village-officer"));
        mvc.perform(get("/api/imports/jobs/" + id + "/rejects.csv").with(httpBasic("village-officer", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void aVillageOfficerCannotImportAGenealogyWhosePersonsHaveNoRegion() throws Exception {
        mvc.perform(post("/api/imports/gedcom").with(httpBasic("village-officer", PASSWORD))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content("0 HEAD\n0 @I1@ INDI\n1 NAME A /B/\n0 TRLR\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableEntity());
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
    }
}
