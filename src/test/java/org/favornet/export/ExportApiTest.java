package org.favornet.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

@GraphTest
class ExportApiTest {

    static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9Xx]");

    @Autowired TestGraph graph;
    @Autowired MockMvc mvc;
    @Autowired ExportProperties limits;
    @Autowired org.favornet.security.PersonRefs refs;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void seed() {
        graph.clear();
        ExportFixture.seed(graph);
    }

    /** Performs an export request: answered whole from the request thread, with its length. */
    MvcResult streamed(RequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request).andExpect(request().asyncNotStarted()).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getHeader("Content-Length"))
                .isEqualTo(Integer.toString(r.getResponse().getContentAsByteArray().length));
        return r;
    }

    @Test
    void leadExportStreamsGraphmlWithTypeFileNameAndDroppedCount() throws Exception {
        MvcResult r = streamed(get("/api/leads/lead-1/export").param("format", "graphml")
                .with(httpBasic("analyst", "analyst")));
        assertThat(r.getResponse().getContentType()).startsWith("application/graphml+xml");
        assertThat(r.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"favornet-lead-lead-1.graphml\"");
        assertThat(r.getResponse().getHeader(ExportController.DROPPED_HEADER)).isEqualTo("0");
        assertThat(r.getResponse().getHeader("X-Favornet-Nodes")).isEqualTo("5");
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml").contains("王小明");
        assertThat(RESIDENT_ID.matcher(body).find()).as("analyst sees masked ids only").isFalse();
    }

    @Test
    void gexfEdgesAreChosenByParameterAndRefusedForOtherFormats() throws Exception {
        String directed = streamed(get("/api/leads/lead-1/export").param("format", "gexf")
                .with(httpBasic("analyst", "analyst"))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(directed).contains("defaultedgetype=\"directed\"").doesNotContain("type=\"undirected\"");
        String undirected = streamed(get("/api/leads/lead-1/export").param("format", "gexf").param("edges", "undirected")
                .with(httpBasic("analyst", "analyst"))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(undirected).contains("defaultedgetype=\"undirected\"");
        String body = "{\"seeds\":[\"" + refs.ref(ExportFixture.OFFICIAL) + "\"],\"hops\":1,\"ties\":[\"kin\",\"knows\"],"
                + "\"format\":\"gexf\",\"edges\":\"mixed\"}";
        String mixed = streamed(post("/api/exports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("analyst", "analyst"))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mixed).contains("type=\"undirected\"").contains("type=\"directed\"");
        mvc.perform(get("/api/leads/lead-1/export").param("format", "dot").param("edges", "directed")
                        .with(httpBasic("analyst", "analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("GEXF")));
        mvc.perform(get("/api/leads/lead-1/export").param("format", "gexf").param("edges", "both")
                        .with(httpBasic("analyst", "analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("directed, undirected, mixed")));
    }

    @Test
    void auditorWithClearDataSeesResidentIdsAnalystDoesNot() throws Exception {
        String body = "{\"seeds\":[\"" + refs.ref(ExportFixture.OFFICIAL) + "\"],\"hops\":1,\"ties\":[\"kin\"],\"format\":\"gexf\"}";
        String auditor = streamed(post("/api/exports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("auditor", "auditor"))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(auditor).contains(ExportFixture.OFFICIAL, ExportFixture.WIFE, ExportFixture.SON, ExportFixture.BROTHER);
        String analyst = streamed(post("/api/exports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("analyst", "analyst"))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(RESIDENT_ID.matcher(analyst).find()).isFalse();
        assertThat(analyst).contains("110101********1234", "王建国", "p.");
    }

    @Test
    void seedsMayBeRefsAsTheMaskedExportGaveThem() throws Exception {
        String first = streamed(post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"seeds\":[\"" + ExportFixture.SON + "\"],\"hops\":0,\"format\":\"cytoscape\"}")
                .with(httpBasic("auditor", "auditor"))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(first).at("/elements/nodes/0/data/id").asText()).isEqualTo(ExportFixture.SON);
        String ref = refs.ref(ExportFixture.SON);
        assertThat(ref).startsWith("p.");
        String again = streamed(post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"seeds\":[\"" + ref + "\"],\"hops\":0,\"format\":\"cytoscape\"}")
                .with(httpBasic("analyst", "analyst"))).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(again).at("/elements/nodes/0/data/id").asText()).isEqualTo(ref);
    }

    @Test
    void unknownLeadIsNotFoundAndUnknownFormatListsTheValidOnes() throws Exception {
        mvc.perform(get("/api/leads/nope/export").param("format", "gexf").with(httpBasic("analyst", "analyst")).header("Accept-Language", "en"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No lead 'nope' in your regions."));
        mvc.perform(get("/api/leads/lead-1/export").param("format", "xlsx").with(httpBasic("analyst", "analyst")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail")
                        .value("Unknown format 'xlsx'; valid formats: graphml, gexf, cytoscape, csv, cypher, dot."));
    }

    @Test
    void badSeedsTiesAndHopsAreClearProblems() throws Exception {
        mvc.perform(post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"seeds\":[\"nobody\"],\"hops\":1,\"format\":\"dot\"}").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"seeds\":[\"" + refs.ref(ExportFixture.OFFICIAL) + "\"],\"ties\":[\"COUSINS\"],\"format\":\"dot\"}")
                .with(httpBasic("analyst", "analyst")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
                        .startsWith("Unknown tie kind 'COUSINS'; valid kinds: KIN, KNOWS, SHARED, MONEY, GRANT")));
        mvc.perform(post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"seeds\":[\"" + refs.ref(ExportFixture.OFFICIAL) + "\"],\"hops\":5,\"format\":\"dot\"}")
                .with(httpBasic("analyst", "analyst")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("hops must be between 0 and 4."));
    }

    @Test
    void aSeedSetOverTheLimitIsRefusedBeforeAnyByteStreams() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i <= limits.maxNodes(); i++) {
            seeds.add("S" + i);
        }
        String body = json.writeValueAsString(Map.of("seeds", seeds, "hops", 1, "format", "csv"));
        MvcResult r = mvc.perform(post("/api/exports").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("analyst", "analyst")).header("Accept-Language", "en"))
                .andExpect(request().asyncNotStarted())
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The export would hold more than 50000 nodes (50001 reached); "
                        + "choose fewer seeds, hops or tie kinds."))
                .andReturn();
        assertThat(r.getResponse().getHeader("Content-Disposition")).isNull();
    }

    @Test
    void exportsNeedTheAnalystRole() throws Exception {
        mvc.perform(get("/api/leads/lead-1/export").with(httpBasic("investigator", "investigator")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/exports").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(httpBasic("officer", "officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void csvDownloadIsAZipWithTheRightHeaders() throws Exception {
        MvcResult r = streamed(get("/api/leads/lead-1/export").param("format", "csv").with(httpBasic("analyst", "analyst")));
        assertThat(r.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("favornet-lead-lead-1.csv.zip");
        assertThat(ExportFormatsTest.unzip(r.getResponse().getContentAsByteArray()).keySet())
                .containsExactly("columns.csv", "edges.csv", "nodes.csv");
        header().exists("X-Favornet-Edges");
    }
}
