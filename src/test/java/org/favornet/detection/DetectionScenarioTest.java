package org.favornet.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.favornet.CommandRun;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.evaluation.DetectionEvaluation;
import org.favornet.graph.CypherRunner;
import org.favornet.security.AppUser;
import org.favornet.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/** The whole analysis on a seeded county with planted cases and honest look-alikes, and its API. */
@GraphTest
class DetectionScenarioTest {

    private static final AnalysisRequest ALL_2023 = new AnalysisRequest("410222", List.of(), LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 12, 31), null);

    @Autowired TestGraph graph;
    @Autowired AnalysisRunner runner;
    @Autowired CypherRunner cypher;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ApplicationContext context;

    @BeforeEach
    void county() {
        graph.clear();
        PlantedCounty.build(graph, 7L);
    }

    private record Found(String rule, Set<String> persons, double score, double priority, String id) {}

    private List<Found> leads() {
        List<Found> out = new ArrayList<>();
        for (Record r : graph.run("MATCH (l:Lead) RETURN l.id AS id, l.ruleId AS rule, l.score AS score, "
                + "l.priority AS priority, [(l)-[:INVOLVES]->(p:Person) | p.id] AS persons ORDER BY l.priority DESC")) {
            out.add(new Found(r.get("rule").asString(), new HashSet<>(r.get("persons").asList(v -> v.asString())),
                    r.get("score").asDouble(), r.get("priority").asDouble(), r.get("id").asString()));
        }
        return out;
    }

    @Test
    void findsEveryPlantedCaseAndKeepsTheLookAlikesOutOfTheLeads() throws Exception {
        AnalysisReport report = runner.runNow(ALL_2023, List.of("410222"), "test");
        List<Found> leads = leads();
        leads.forEach(l -> System.out.println("lead " + l.rule() + " " + l.persons() + " score " + l.score()));
        for (PlantedCounty.Planted c : PlantedCounty.CASES) {
            assertThat(leads).as("planted case " + c.id() + " (" + c.description() + ")")
                    .anyMatch(l -> l.rule().equals(c.rule()) && l.persons().containsAll(c.subjects()));
        }
        // Look-alikes: no lead of their rule about them, anywhere in the list.
        assertThat(leads).noneMatch(l -> l.persons().contains("o3"));
        assertThat(leads).noneMatch(l -> l.persons().contains("n1"));
        assertThat(graph.count("MATCH (:Lead)-[:INVOLVES]->(g:Grant) WHERE g.id IN ['gl2', 'gl3'] RETURN count(*)")).isZero();
        // The tip about bp1 doubles as red flag 12: her lead's priority rises above its score.
        Found tipped = leads.stream().filter(l -> l.rule().equals("kin_001") && l.persons().contains("bp1")).findFirst().orElseThrow();
        assertThat(tipped.priority()).isEqualTo(tipped.score() * 1.5);
        assertThat(report.stages()).extracting(AnalysisReport.Stage::name)
                .contains("kin:materialise", "rule:kin_001", "concentration", "communities", "leads", "post:tip_012");
        assertThat(graph.count("MATCH (a:Analysis {id: '" + report.id() + "'}) WHERE a.status = 'DONE' AND a.peakHeapBytes > 0 RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void theAnalyseCommandPrintsStageTimingsAndTheTopLeadsWithTheirKinshipTerms() throws Exception {
        CommandRun.Result run = CommandRun.with(context, "analyse", "--region", "410222", "--top", "3",
                "--from", "2023-01-01", "--to", "2023-12-31");
        int code = run.exit();
        String out = run.out();
        System.out.println(out);
        assertThat(code).isZero();
        assertThat(out).contains("kin:materialise", "rule:kin_001", "heap peak", "Top 3 of 14 leads");
        // kin_001 (score 80) doubled by the tip to priority 120 heads the list, with its kinship term.
        // the command answers in the default language, Chinese: the kinship term of the stored "brother's wife (嫂子/弟媳)"
        assertThat(out).contains("  1. [kin_001 HIGH] score 80, priority 120, OPEN, kinship: 嫂子/弟媳");
    }

    @Test
    void reRunningUpdatesLeadsWithoutDuplicatingThemAndKeepsReviews() throws Exception {
        runner.runNow(ALL_2023, List.of("410222"), "test");
        long first = graph.count("MATCH (l:Lead) RETURN count(l)");
        long involves = graph.count("MATCH (:Lead)-[x:INVOLVES]->() RETURN count(x)");
        graph.run("MATCH (l:Lead {ruleId: 'pay_004'}) SET l.status = 'DISMISSED', l.reviewer = 'investigator', l.reviewReason = 'arrears'");
        runner.runNow(ALL_2023, List.of("410222"), "test");
        assertThat(graph.count("MATCH (l:Lead) RETURN count(l)")).isEqualTo(first);
        assertThat(graph.count("MATCH (:Lead)-[x:INVOLVES]->() RETURN count(x)")).isEqualTo(involves);
        assertThat(graph.count("MATCH (l:Lead {ruleId: 'pay_004'}) WHERE l.status = 'DISMISSED' AND l.reviewer = 'investigator' RETURN count(l)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH ()-[k:KIN_OF]->() WITH startNode(k) AS o, endNode(k) AS r, count(*) AS n WHERE n > 1 RETURN count(*)"))
                .isZero();
    }

    @Test
    void evaluationScoresPlantedCasesAgainstTheNaiveHopRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ground-truth.csv"), csv(PlantedCounty.CASES));
        Files.writeString(dir.resolve("lookalikes.csv"), csv(PlantedCounty.LOOKALIKES));
        runner.runNow(ALL_2023, List.of("410222"), "test");
        DetectionEvaluation.Report report = new DetectionEvaluation(cypher, json).evaluate(dir, runner.parameters(ALL_2023, List.of("410222")));
        DetectionEvaluation.lines(report).forEach(System.out::println);
        assertThat(report.missed()).isEmpty();
        assertThat(report.overall().recall()).isEqualTo(1.0);
        assertThat(report.overall().lookalikesFlagged()).isZero();
        assertThat(report.naive().lookalikesFlagged()).isPositive();
        assertThat(report.overall().precision()).isGreaterThan(report.naive().precision());
    }

    private static String csv(List<PlantedCounty.Planted> cases) {
        StringBuilder out = new StringBuilder("case_id,rule,official_id,subject_ids,grant_ids,payment_ids,transfer_ids,description\n");
        for (PlantedCounty.Planted c : cases) {
            out.append(String.join(",", c.id(), c.rule(), c.official(), String.join(";", c.subjects()),
                    String.join(";", c.grants()), "", "", "\"" + c.description() + "\"")).append('\n');
        }
        return out.toString();
    }

    @Test
    void analysesRunInTheBackgroundAndLeadsAreListedShownAndReviewedThroughTheApi() throws Exception {
        String body = mvc.perform(post("/api/analyses").with(httpBasic("analyst", "analyst"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"410222\",\"from\":\"2023-01-01\",\"to\":\"2023-12-31\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asText();
        JsonNode analysis = null;
        for (int i = 0; i < 600; i++) {
            analysis = json.readTree(mvc.perform(get("/api/analyses/" + id).with(httpBasic("analyst", "analyst")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            if (!analysis.get("status").asText().matches("QUEUED|RUNNING")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(analysis.get("status").asText()).isEqualTo("DONE");
        assertThat(analysis.get("stages").isArray()).isTrue();
        assertThat(analysis.get("progress").asDouble()).isEqualTo(1.0);

        JsonNode page = json.readTree(mvc.perform(get("/api/leads").param("rule", "kin_001").param("sort", "priority")
                        .with(httpBasic("investigator", "investigator")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode lead = page.get("items").get(0);
        assertThat(lead.get("sentence").asText()).startsWith("Possible undeclared relative").contains("warrants a check on foot");
        // the same lead in Chinese, the default: both sentences were stored by the analysis
        JsonNode zh = json.readTree(mvc.perform(get("/api/leads").param("rule", "kin_001").param("sort", "priority")
                        .with(httpBasic("investigator", "investigator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .get("items").get(0);
        assertThat(zh.get("sentence").asText()).startsWith("疑似未申报亲属").contains("建议实地核查");
        assertThat(zh.get("title").asText()).startsWith("疑似未申报亲属");
        assertThat(lead.get("officialRef").asText()).startsWith("p.");
        String leadId = lead.get("id").asText();

        mvc.perform(get("/api/leads/" + leadId).with(httpBasic("investigator", "investigator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence.kinship.chain").value("Sib·Sp"))
                .andExpect(jsonPath("$.grants[0].id").value("gp1"))
                .andExpect(jsonPath("$.grants[0].amount").value(500.0))
                .andExpect(jsonPath("$.tips[0].id").value("tip1"))
                .andExpect(jsonPath("$.persons[?(@.name == '王建国')].role").value("OFFICIAL"));

        mvc.perform(get("/api/leads").param("minScore", "101").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/leads").param("sort", "nonsense").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isBadRequest());
        // severity, programme and period filters agree with the graph itself
        for (String severity : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
            long expected = graph.count("MATCH (l:Lead {severity: '" + severity + "'}) RETURN count(l)");
            mvc.perform(get("/api/leads").param("severity", severity.toLowerCase()).with(httpBasic("analyst", "analyst")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(expected));
        }
        long dibao = graph.count("MATCH (l:Lead) WHERE EXISTS { (l)-[:INVOLVES]->(:Grant {program: 'DIBAO'}) } RETURN count(l)");
        assertThat(dibao).isPositive();
        mvc.perform(get("/api/leads").param("program", "DIBAO").param("size", "500").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(dibao));
        long inMarch = graph.count("MATCH (l:Lead) WHERE EXISTS { MATCH (l)-[:INVOLVES]->(g:Grant) "
                + "WHERE date('2023-03-01') <= coalesce(g.approvedDate, g.appliedDate) <= date('2023-03-31') } RETURN count(l)");
        long all = graph.count("MATCH (l:Lead) RETURN count(l)");
        assertThat(inMarch).isLessThan(all);
        mvc.perform(get("/api/leads").param("from", "2023-03-01").param("to", "2023-03-31")
                        .with(httpBasic("analyst", "analyst")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(inMarch));
        mvc.perform(get("/api/leads").param("severity", "urgent").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/leads").param("from", "2023-13-45").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/leads").param("from", "2023-05-01").param("to", "2023-04-01")
                        .with(httpBasic("analyst", "analyst")))
                .andExpect(status().isBadRequest());

        mvc.perform(patch("/api/leads/" + leadId).with(httpBasic("investigator", "investigator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DISMISSED\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(patch("/api/leads/" + leadId).with(httpBasic("investigator", "investigator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DISMISSED\",\"reason\":\"filed on paper, checked on foot\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISMISSED"))
                .andExpect(jsonPath("$.reviewer").value("investigator"));
        mvc.perform(get("/api/leads").param("status", "DISMISSED").with(httpBasic("analyst", "analyst")))
                .andExpect(jsonPath("$.total").value(1));
        // the review history keeps every decision, oldest first: a later one does not overwrite an earlier one
        mvc.perform(patch("/api/leads/" + leadId).with(httpBasic("investigator", "investigator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"UNDER_REVIEW\",\"reason\":\"reopened\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/leads/" + leadId).with(httpBasic("investigator", "investigator")))
                .andExpect(jsonPath("$.reviews.length()").value(2))
                .andExpect(jsonPath("$.reviews[0].status").value("DISMISSED"))
                .andExpect(jsonPath("$.reviews[0].reason").value("filed on paper, checked on foot"))
                .andExpect(jsonPath("$.reviews[1].status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.reviews[1].reviewer").value("investigator"))
                .andExpect(jsonPath("$.lead.status").value("UNDER_REVIEW"));

        AppUser elsewhere = new AppUser("zhejiang", "", Set.of(Role.INVESTIGATOR), List.of("3301"), false, true);
        var token = new UsernamePasswordAuthenticationToken(elsewhere, null, elsewhere.getAuthorities());
        mvc.perform(get("/api/leads/" + leadId).with(authentication(token))).andExpect(status().isNotFound());
        mvc.perform(get("/api/leads").with(authentication(token))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(patch("/api/leads/" + leadId).with(authentication(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"CONFIRMED\"}")).andExpect(status().isNotFound());
    }
}
