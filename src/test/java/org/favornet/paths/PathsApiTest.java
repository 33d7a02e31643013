package org.favornet.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.favornet.CommandRun;
import org.favornet.GeneratedCounty;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.GraphChanged;
import org.favornet.ingest.RecordLoader;
import org.favornet.kinship.KinshipQueries;
import org.favornet.projection.LiveProjection;
import org.favornet.graph.TieKind;
import org.favornet.security.AppUser;
import org.favornet.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The path and circle endpoints on the real graph, against Cypher's shortestPath as the oracle. */
@GraphTest
class PathsApiTest {

    private static final RequestPostProcessor INVESTIGATOR = httpBasic("investigator", "investigator");
    /** Sees county 410105 only, identifiers masked. */
    private static final RequestPostProcessor REGIONAL = user(new AppUser("regional", "-", Set.of(Role.INVESTIGATOR),
            List.of("410105"), false, true));

    @Autowired TestGraph graph;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired LiveProjection projection;
    @Autowired org.favornet.security.PersonRefs refs;
    @Autowired InvestigatorPaths paths;
    @Autowired ApplicationEventPublisher events;
    @Autowired ObjectProvider<KinshipQueries> kinship;
    @Autowired ApplicationContext context;
    @Autowired RecordLoader loader;

    @BeforeEach
    void empty() {
        graph.clear();
    }

    private void changed() throws Exception {
        events.publishEvent(new GraphChanged(Set.of("test")));
        projection.awaitIdle(Duration.ofSeconds(60));
    }

    /**
     * 王建国 (o, official) -spouse- 李秀英 (w) -sibling- 李强 (b, younger) -parent of-> 李明 (n).
     * o knows 张伟 (f) and 孙涛 (x, another county), x knows 周杰 (y). b's grant g1 and f's grant
     * g2 were handled by o and approved by 赵敏 (a).
     */
    private void family() throws Exception {
        graph.run("""
                CREATE (o:Person {id:'o', name:'王建国', gender:'M', birthDate:date('1960-03-01'), regionCode:'410105001001'})
                CREATE (w:Person {id:'w', name:'李秀英', gender:'F', birthDate:date('1962-05-01'), regionCode:'410105001001'})
                CREATE (b:Person {id:'b', name:'李强', gender:'M', birthDate:date('1966-07-01'), regionCode:'410105001002'})
                CREATE (n:Person {id:'n', name:'李明', gender:'M', birthDate:date('1990-09-01'), regionCode:'410105001002'})
                CREATE (f:Person {id:'f', name:'张伟', gender:'M', birthDate:date('1961-01-01'), regionCode:'410105001001'})
                CREATE (a:Person {id:'a', name:'赵敏', gender:'F', birthDate:date('1970-01-01'), regionCode:'410105000000'})
                CREATE (x:Person {id:'x', name:'孙涛', gender:'M', birthDate:date('1965-01-01'), regionCode:'410106002001'})
                CREATE (y:Person {id:'y', name:'周杰', gender:'M', birthDate:date('1975-01-01'), regionCode:'410105001003'})
                CREATE (o)-[:SPOUSE_OF {basis:'STATED', provenance:['household:h1']}]->(w)
                CREATE (b)-[:SIBLING_OF {basis:'STATED', provenance:['household:h2']}]->(w)
                CREATE (b)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:h2']}]->(n)
                CREATE (o)-[:KNOWS {kind:'COLLEAGUE', source:'acquaintances.csv:3'}]->(f)
                CREATE (o)-[:KNOWS {kind:'FRIEND', source:'acquaintances.csv:4'}]->(x)
                CREATE (x)-[:KNOWS {kind:'NEIGHBOR', source:'acquaintances.csv:5'}]->(y)
                CREATE (g1:Grant {id:'g1', program:'DIBAO', amount:3600.0, regionCode:'410105001002',
                        appliedDate:date('2024-01-10'), approvedDate:date('2024-02-01')})
                CREATE (g2:Grant {id:'g2', program:'ELDERLY', amount:1200.0, regionCode:'410105001001',
                        appliedDate:date('2024-03-10'), approvedDate:date('2024-03-20')})
                CREATE (b)-[:RECEIVED]->(g1), (o)-[:HANDLED]->(g1), (a)-[:APPROVED]->(g1)
                CREATE (f)-[:RECEIVED]->(g2), (o)-[:HANDLED]->(g2), (a)-[:APPROVED]->(g2)
                """);
        changed();
    }

    @Test
    void anOfficialsWifesBrothersSonReadsAsHisWifesNephewInEnglishAndChinese() throws Exception {
        family();
        var result = mvc.perform(get("/api/paths").param("from", "o").param("to", "n").param("ties", "KIN")
                .param("k", "1").with(INVESTIGATOR).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(jsonPath("$.shortestHops").value(3))
                .andExpect(jsonPath("$.paths.length()").value(1))
                .andExpect(jsonPath("$.paths[0].weight").value(3.0))
                .andExpect(jsonPath("$.paths[0].persons[*].name").value(org.hamcrest.Matchers.contains("王建国", "李秀英", "李强", "李明")))
                .andExpect(jsonPath("$.paths[0].links.length()").value(1))
                .andExpect(jsonPath("$.paths[0].links[0].kind").value("KIN"))
                .andExpect(jsonPath("$.paths[0].links[0].ties[0].provenance[0]").value("household:h1"))
                .andExpect(jsonPath("$.paths[0].links[0].ties[2].type").value("PARENT_OF"))
                .andExpect(jsonPath("$.paths[0].links[0].ties[2].subtype").value("BIRTH"))
                .andExpect(jsonPath("$.paths[0].links[0].ties[2].provenance[0]").value("household:h2"))
                .andReturn();
        JsonNode link = json.readTree(result.getResponse().getContentAsString()).at("/paths/0/links/0");
        if (kinship.getIfAvailable() == null) {
            assertThat(link.get("chain").asText()).isEqualTo("Sp·Sib·C");
            assertThat(link.get("termEn").asText()).isEqualTo("wife's brother's son");
            assertThat(link.get("termZh").asText()).isEqualTo("妻子的弟弟的儿子");
            assertThat(link.get("text").asText()).isEqualTo("李明 is 王建国's wife's brother's son");
        } else {
            // the kinship engine names the whole run with one term
            assertThat(link.get("termZh").asText()).isEqualTo("内侄");
            assertThat(link.get("termEn").asText()).contains("wife's").contains("nephew");
        }
        assertThat(link.get("term").asText()).isEqualTo(link.get("termEn").asText());
        assertThat(link.get("text").asText()).isEqualTo("李明 is 王建国's " + link.get("termEn").asText());
        // The same path asked in Chinese (the default): the sentence and the term in Chinese.
        JsonNode zh = json.readTree(mvc.perform(get("/api/paths").param("from", "o").param("to", "n").param("ties", "KIN")
                .param("k", "1").with(INVESTIGATOR)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .at("/paths/0/links/0");
        assertThat(zh.get("term").asText()).isEqualTo(link.get("termZh").asText());
        assertThat(zh.get("text").asText()).isEqualTo("李明是王建国的" + link.get("termZh").asText());
    }

    @Test
    void pathsAreOrderedByWeightAndEachNonKinTieIsExplainedInWords() throws Exception {
        family();
        // o to b: the grant o handled (1 tie, weight 1.5), kin (2 ties, weight 2), and o to f to a to b
        // over grants (o handled f's grant, a approved f's and b's: 3 ties, weight 4.5)
        mvc.perform(get("/api/paths").param("from", "o").param("to", "b").param("ties", "KIN,GRANT")
                .with(INVESTIGATOR).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(jsonPath("$.shortestHops").value(1))
                .andExpect(jsonPath("$.paths.length()").value(3))
                .andExpect(jsonPath("$.paths[0].weight").value(1.5))
                .andExpect(jsonPath("$.paths[0].links[0].kind").value("GRANT"))
                .andExpect(jsonPath("$.paths[0].links[0].text").value("王建国 handled a grant of 李强"))
                .andExpect(jsonPath("$.paths[0].links[0].ties[0].provenance[0]").value("grant:g1"))
                .andExpect(jsonPath("$.paths[1].weight").value(2.0))
                .andExpect(jsonPath("$.paths[1].hops").value(2))
                .andExpect(jsonPath("$.paths[2].weight").value(4.5))
                .andExpect(jsonPath("$.paths[2].persons[*].id").value(org.hamcrest.Matchers.contains("o", "f", "a", "b")))
                .andExpect(jsonPath("$.paths[2].links[1].text").value("赵敏 approved a grant of 张伟"));
    }

    @Test
    void circleListsEveryoneWithinTwoHopsWithHowTheyAreConnectedAndWhatTheyReceived() throws Exception {
        family();
        var result = mvc.perform(get("/api/persons/o/circle").param("ties", "KIN,KNOWS").with(INVESTIGATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hops").value(2))
                .andExpect(jsonPath("$.truncated").value(false))
                .andReturn();
        JsonNode members = json.readTree(result.getResponse().getContentAsString()).get("members");
        Map<String, Integer> hops = new java.util.TreeMap<>();
        members.forEach(m -> hops.put(m.at("/person/id").asText(), m.get("hops").asInt()));
        assertThat(hops).isEqualTo(Map.of("o", 0, "w", 1, "f", 1, "x", 1, "b", 2, "y", 2));
        JsonNode b = null;
        for (JsonNode m : members) {
            if (m.at("/person/id").asText().equals("b")) {
                b = m;
            }
        }
        assertThat(b.at("/path/links/0/chain").asText()).isEqualTo("Sp·Sib");
        assertThat(b.at("/grants/0/id").asText()).isEqualTo("g1");
        assertThat(b.at("/grants/0/program").asText()).isEqualTo("DIBAO");
        assertThat(b.at("/grants/0/amount").decimalValue()).isEqualByComparingTo("3600");
        assertThat(b.at("/grants/0/approvedDate").asText()).isEqualTo("2024-02-01");
        assertThat(b.at("/grants/0/handledBy/0/name").asText()).isEqualTo("王建国");
        assertThat(b.at("/grants/0/approvedBy/0/name").asText()).isEqualTo("赵敏");
    }

    @Test
    void personsOutsideTheViewersRegionsAreCutFromPathsAndCirclesAndUnknownAsEnds() throws Exception {
        family();
        mvc.perform(get("/api/paths").param("from", "o").param("to", "y").param("ties", "KNOWS").with(REGIONAL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths[0].links[1].text").value("周杰认识辖区外人员（邻居）"));
        mvc.perform(get("/api/paths").param("from", "o").param("to", "y").param("ties", "KNOWS").with(REGIONAL)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths[0].cut").value(true))
                .andExpect(jsonPath("$.paths[0].persons[1].cut").value(true))
                .andExpect(jsonPath("$.paths[0].persons[1].id").doesNotExist())
                .andExpect(jsonPath("$.paths[0].persons[1].name").doesNotExist())
                .andExpect(jsonPath("$.paths[0].persons[2].name").value("周杰"))
                .andExpect(jsonPath("$.paths[0].links[0].ties[0].provenance.length()").value(0))
                .andExpect(jsonPath("$.paths[0].links[1].text").value("周杰 knows someone outside your regions (neighbour)"));
        mvc.perform(get("/api/paths").param("from", "o").param("to", "x").with(REGIONAL))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/persons/x/circle").with(REGIONAL)).andExpect(status().isNotFound());
        var result = mvc.perform(get("/api/persons/o/circle").param("ties", "KNOWS").with(REGIONAL))
                .andExpect(status().isOk()).andReturn();
        JsonNode members = json.readTree(result.getResponse().getContentAsString()).get("members");
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.at("/person/id").asText()));
        assertThat(ids).containsExactly("o", "f", "y");
        assertThat(members.get(2).at("/path/persons/1/cut").asBoolean()).isTrue();
    }

    @Test
    void refsWorkAsIdsAndUnknownPersonsAreNotFound() throws Exception {
        family();
        String ref = json.readTree(mvc.perform(get("/api/paths").param("from", "o").param("to", "w").with(INVESTIGATOR))
                .andReturn().getResponse().getContentAsString()).at("/to/ref").asText();
        mvc.perform(get("/api/paths").param("from", "o").param("to", ref).with(INVESTIGATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.to.id").value("w"));
        mvc.perform(get("/api/paths").param("from", "o").param("to", "nobody").with(INVESTIGATOR))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(containsString("nobody")));
        mvc.perform(get("/api/persons/nobody/circle").with(INVESTIGATOR)).andExpect(status().isNotFound());
    }

    @Test
    void requestsBeyondTheBoundsAreRefusedWithAMessageNamingTheLimit() throws Exception {
        family();
        mvc.perform(get("/api/paths").param("from", "o").param("to", "n").param("maxHops", "9").with(INVESTIGATOR).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("maxHops must be between 1 and 8")));
        mvc.perform(get("/api/paths").param("from", "o").param("to", "n").param("k", "26").with(INVESTIGATOR).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("k must be between 1 and 25")));
        mvc.perform(get("/api/persons/o/circle").param("hops", "4").with(INVESTIGATOR).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("hops must be between 1 and 3")));
        mvc.perform(get("/api/paths").param("from", "o").param("to", "n").param("ties", "KIN,GOSSIP").with(INVESTIGATOR))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("GOSSIP")));
    }

    @Test
    void aQueryPastItsTimeBudgetAnswers503() throws Exception {
        family();
        mvc.perform(get("/api/paths").param("from", "o").param("to", "n").param("budgetMs", "0").with(INVESTIGATOR).header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(containsString("time budget")));
        mvc.perform(get("/api/persons/o/circle").param("budgetMs", "0").with(INVESTIGATOR))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void aTieWrittenAfterStartIsFoundOnceTheGraphChangedEventIsHandled() throws Exception {
        family();
        mvc.perform(get("/api/paths").param("from", "n").param("to", "y").param("ties", "KIN,SHARED").with(INVESTIGATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paths.length()").value(0))
                .andExpect(jsonPath("$.shortestHops").doesNotExist());
        graph.run("MATCH (n:Person {id:'n'}), (y:Person {id:'y'}) CREATE (n)-[:SHARES_PHONE {provenance:'phone:13800001234', derived:true}]->(y)");
        changed();
        mvc.perform(get("/api/paths").param("from", "n").param("to", "y").param("ties", "KIN,SHARED").with(INVESTIGATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shortestHops").value(1))
                .andExpect(jsonPath("$.paths[0].links[0].termZh").value("共用电话者"))
                // the investigator has no clear-data permission: the number is masked
                .andExpect(jsonPath("$.paths[0].links[0].ties[0].provenance[0]").value("phone:*******1234"));
        mvc.perform(get("/api/paths").param("from", "n").param("to", "y").param("ties", "KIN,SHARED")
                .with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.paths[0].links[0].ties[0].provenance[0]").value("phone:13800001234"));
    }

    @Test
    void shortestHopsAgreeWithCypherShortestPathOnTwoHundredRandomPairsOfAGeneratedCounty(@TempDir Path dir)
            throws Exception {
        graph.clear();
        GeneratedCounty.load(loader, 3000, 20261126L, dir);
        projection.awaitIdle(Duration.ofSeconds(60));
        List<String> ids = graph.run("MATCH (p:Person) RETURN p.id AS id ORDER BY id", Map.of()).stream()
                .map(r -> r.get("id").asString()).toList();
        assertThat(ids.size()).isGreaterThan(2500);
        Random rnd = new Random(42);
        Set<TieKind> kinds = EnumSet.of(TieKind.KIN, TieKind.KNOWS, TieKind.SHARED);
        int connected = 0;
        int pairs = 0;
        while (pairs < 200) {
            String a = ids.get(rnd.nextInt(ids.size()));
            String b = ids.get(rnd.nextInt(ids.size()));
            if (a.equals(b)) {
                continue;
            }
            pairs++;
            var rows = graph.run("""
                    MATCH (a:Person {id: $a}) MATCH (b:Person {id: $b})
                    OPTIONAL MATCH p = shortestPath((a)-[:PARENT_OF|SPOUSE_OF|SIBLING_OF|KNOWS|SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT*..8]-(b))
                    RETURN CASE WHEN p IS NULL THEN -1 ELSE length(p) END AS hops""", Map.of("a", a, "b", b));
            int cypher = rows.get(0).get("hops").asInt();
            int ours = paths.shortestHops(a, b, kinds, 8);
            assertThat(ours).as("%s to %s", a, b).isEqualTo(cypher);
            if (cypher > 0) {
                connected++;
            }
            if (pairs <= 10 && cypher > 0) {
                // the endpoint reports the same length, and its k paths are no shorter and within the bound
                // generated ids are resident ID numbers: a viewer without clear data names persons by ref
                JsonNode answer = json.readTree(mvc.perform(get("/api/paths").param("from", refs.ref(a)).param("to", refs.ref(b))
                        .param("ties", "KIN,KNOWS,SHARED").param("maxHops", "8").with(INVESTIGATOR))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
                assertThat(answer.get("shortestHops").asInt()).isEqualTo(cypher);
                assertThat(answer.get("paths")).isNotEmpty();
                double previous = 0;
                for (JsonNode p : answer.get("paths")) {
                    assertThat(p.get("hops").asInt()).isBetween(cypher, 8);
                    assertThat(p.get("weight").asDouble()).isGreaterThanOrEqualTo(previous);
                    previous = p.get("weight").asDouble();
                }
            }
        }
        assertThat(connected).isGreaterThan(100);

        // the benchmark harness runs on the same county and agrees with Cypher on its own sample
        CommandRun.Result run = CommandRun.with(context, "bench-paths", "--pairs", "200", "--seed", "5");
        String report = run.out();
        System.out.println(report);
        assertThat(report).contains("agree with Cypher: 200/200").contains("persons, ").contains("median");
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
