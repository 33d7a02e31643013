package org.favornet.detection.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
 * A stored lead reads in the request's language: its title from its rule id, its sentence from the
 * two stored ones, its kinship term from the stored pair, its grants' programme names; a lead stored
 * before sentences were kept in both languages still answers, with its English sentence.
 */
@GraphTest
class LeadLanguageTest {

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired ObjectMapper json;

    @BeforeEach
    void oneLeadInBothLanguagesAndOneFromBefore() {
        graph.clear();
        graph.run("""
                CREATE (o:Person {id: 'lang-o', name: '王建国', regionCode: '410102'}),
                       (b:Person {id: 'lang-b', name: '李明', regionCode: '410102'}),
                       (g:Grant {id: 'lang-g', program: 'DIBAO', amount: 300.0, regionCode: '410102'}),
                       (b)-[:RECEIVED]->(g), (o)-[:HANDLED]->(g)
                WITH o, b, g
                UNWIND [{id: 'lang-new', zh: $zh}, {id: 'lang-old', zh: null}] AS x
                CREATE (l:Lead {id: x.id, key: 'kin_001:' + x.id, ruleId: 'kin_001', ruleVersion: 2,
                                title: 'stored title', severity: 'HIGH', score: 80.0, priority: 80.0, status: 'OPEN',
                                regionCode: '410102', officialId: 'lang-o', sentence: $en, sentenceZh: x.zh,
                                kinshipTerm: "wife's brother's son (内侄)", createdAt: datetime(), updatedAt: datetime(),
                                evidence: '{"personIds":["lang-o","lang-b"],"grantIds":["lang-g"],"sentence":"' + $en + '"'
                                          + CASE WHEN x.zh IS NULL THEN '' ELSE ',"sentenceZh":"' + x.zh + '"' END + '}'})
                CREATE (l)-[:INVOLVES {role: 'OFFICIAL'}]->(o), (l)-[:INVOLVES {role: 'SUBJECT'}]->(b),
                       (l)-[:INVOLVES {role: 'GRANT'}]->(g)
                """, Map.of("en", "Possible undeclared relative: 李明 is 王建国's wife's brother's son.",
                "zh", "疑似未申报亲属：李明是王建国的内侄。"));
    }

    private JsonNode lead(String id, String language) throws Exception {
        var request = get("/api/leads/" + id).with(httpBasic("investigator", "investigator"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aLeadReadsInChineseByDefaultAndInEnglishWhenAsked() throws Exception {
        JsonNode zh = lead("lang-new", null);
        JsonNode en = lead("lang-new", "en");
        assertThat(zh.at("/lead/title").asText()).isEqualTo("疑似未申报亲属：向经办人或审批人亲属的家庭发放补助，且无备案");
        assertThat(en.at("/lead/title").asText()).startsWith("Possible undeclared relative: grant to the household");
        assertThat(zh.at("/lead/sentence").asText()).isEqualTo("疑似未申报亲属：李明是王建国的内侄。");
        assertThat(en.at("/lead/sentence").asText()).startsWith("Possible undeclared relative: 李明 is");
        assertThat(zh.at("/evidence/sentence").asText()).isEqualTo(zh.at("/lead/sentence").asText());
        assertThat(en.at("/evidence/sentence").asText()).isEqualTo(en.at("/lead/sentence").asText());
        assertThat(zh.at("/lead/kinshipTerm").asText()).isEqualTo("内侄");
        assertThat(en.at("/lead/kinshipTerm").asText()).isEqualTo("wife's brother's son");
        assertThat(zh.at("/grants/0/program").asText()).isEqualTo("DIBAO").isEqualTo(en.at("/grants/0/program").asText());
        assertThat(zh.at("/grants/0/programName").asText()).isEqualTo("低保");
        assertThat(en.at("/grants/0/programName").asText()).isEqualTo("Minimum living allowance");
        // the list answers in the language too
        JsonNode list = json.readTree(mvc.perform(get("/api/leads").with(httpBasic("investigator", "investigator"))
                .header("Accept-Language", "en-US")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.findValues("title").stream().map(JsonNode::asText))
                .allMatch(t -> t.startsWith("Possible undeclared relative"));
        JsonNode chineseList = json.readTree(mvc.perform(get("/api/leads").with(httpBasic("investigator", "investigator")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(chineseList.findValues("sentence").stream().map(JsonNode::asText))
                .contains("疑似未申报亲属：李明是王建国的内侄。");
    }

    @Test
    void aLeadStoredWithOnlyItsEnglishSentenceStillReadsWithTitleAndTermInChinese() throws Exception {
        JsonNode zh = lead("lang-old", "zh-CN");
        assertThat(zh.at("/lead/title").asText()).startsWith("疑似未申报亲属");
        assertThat(zh.at("/lead/kinshipTerm").asText()).isEqualTo("内侄");
        assertThat(zh.at("/lead/sentence").asText()).startsWith("Possible undeclared relative");
        assertThat(zh.at("/evidence/sentence").asText()).startsWith("Possible undeclared relative");
    }
}
