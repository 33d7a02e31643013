package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.security.Role;
import org.favornet.security.UserDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@GraphTest
class ImportControllerTest {

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired ObjectMapper json;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void empty() {
        graph.clear();
    }

    static final String PERSONS = """
            person_id,name,gender
            410203197001010015,张伟,M
            410203199505050037,张强,M
            410203197002150028,李娜,女
            """;

    @Test
    void answersTheReportAndServesTheRejectsAsCsvWithByteOrderMark() throws Exception {
        // The rejected value is shown as it came only to an officer cleared to see data (the demo officer is not).
        users.save("clear.officer", encoder.encode("clear officer password"), Set.of(Role.DATA_OFFICER), List.of(""),
                true, true);
        String body = mvc.perform(post("/api/imports/persons").with(httpBasic("clear.officer", "clear officer password"))
                        .contentType("text/csv").content(PERSONS.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("persons"))
                .andExpect(jsonPath("$.encoding").value("UTF-8"))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rejects[0].line").value(3))
                .andExpect(jsonPath("$.rejects[0].column").value("person_id"))
                .andExpect(jsonPath("$.rejects[0].value").value("410203199505050037"))
                .andExpect(jsonPath("$.rejects[0].reason").value("person_id 410203199505050037: check digit should be 6"))
                .andExpect(jsonPath("$.durationMs").isNumber())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = json.readTree(body).get("id").asText();

        byte[] csv = mvc.perform(get("/api/imports/jobs/" + id + "/rejects.csv").with(httpBasic("clear.officer", "clear officer password")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFperson_id,name,gender,line,column,reason\r\n"
                + "410203199505050037,张强,M,3,person_id,person_id 410203199505050037: check digit should be 6\r\n");
        mvc.perform(get("/api/imports/jobs/" + id).with(httpBasic("clear.officer", "clear officer password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.progress").value(1.0))
                .andExpect(jsonPath("$.report.accepted").value(2));
    }

    @Test
    void acceptsAMultipartFileAndStrictMode() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "persons-march.csv", "text/csv",
                PERSONS.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/imports/persons").file(file).param("strict", "true")
                        .with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").value("persons-march.csv"))
                .andExpect(jsonPath("$.strict").value(true))
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.rejected").value(3));
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isZero();
    }

    @Test
    void anUnknownKindIsNotFoundAndNamesTheValidKinds() throws Exception {
        mvc.perform(post("/api/imports/vehicles").with(httpBasic("officer", "officer")).contentType("text/csv").content("x").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No record kind 'vehicles'. Valid kinds: persons, kinship, households, "
                        + "acquaintances, posts, grants, accounts, payments, transfers, assets, tips."));
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedNamingIt() throws Exception {
        mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer")).contentType("text/csv")
                        .content("person_id,gender\nx,M\n"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'name'")));
    }

    @Test
    void onlyDataOfficersImport() throws Exception {
        mvc.perform(post("/api/imports/persons").with(httpBasic("investigator", "investigator"))
                        .contentType("text/csv").content(PERSONS))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFileAboveTheThresholdRunsAsAJobWithProgress() throws Exception {
        StringBuilder csv = new StringBuilder("person_id,name\n");
        String padding = "x".repeat(60);
        int rows = 0;
        while (csv.length() <= 5 * 1024 * 1024 + 10) {
            csv.append("B").append(rows++).append(',').append(padding).append('\n');
        }
        String body = mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer"))
                        .contentType("application/octet-stream").content(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/imports/jobs/")))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asText();

        JsonNode job;
        do {
            Thread.sleep(200);
            job = json.readTree(mvc.perform(get("/api/imports/jobs/" + id).with(httpBasic("officer", "officer")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(job.get("progress").asDouble()).isBetween(0.0, 1.0);
        } while (job.get("state").asText().equals("RUNNING"));

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("report").get("accepted").asLong()).isEqualTo(rows);
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(rows);
    }
}
