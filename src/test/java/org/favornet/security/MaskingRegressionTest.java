package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The repros of issue 15, points 1, 4 and 5, on {@link SeededCounty}: each failed on the code
 * before the fix.
 */
@GraphTest
class MaskingRegressionTest {

    static final List<String> FORMATS = List.of("graphml", "gexf", "cytoscape", "csv", "cypher", "dot");
    static final String CARD = "6217001234567890";
    static final String ACCOUNT = "6228480402564890018";
    static final String PHONE = "13912345678";
    static final String ANOTHER_ID = SeededCounty.residentId("41010219770505001");

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;
    @Autowired PersonRefs refs;
    final ObjectMapper json = new ObjectMapper();
    MaskedViewers viewers;

    @BeforeEach
    void seed() {
        SeededCounty.seed(graph);
        viewers = new MaskedViewers(mvc, users, encoder);
    }

    private String analyst() {
        return viewers.user("mask-analyst", Set.of(Role.ANALYST, Role.INVESTIGATOR), List.of(""), false);
    }

    private String export(String seed, List<String> ties, String format) throws Exception {
        String body = json.writeValueAsString(Map.of("seeds", List.of(refs.ref(seed)), "hops", 2, "ties", ties,
                "format", format));
        MockHttpServletResponse res = viewers.perform(post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content(body), analyst());
        assertThat(res.getStatus()).as(format).isEqualTo(200);
        return MaskedViewers.text(res);
    }

    @Test
    void aMaskedExportCarriesBirthYearsButNoBirthDateFromWhichTheMaskedIdCouldBeRebuilt() throws Exception {
        // The son's PARENT_OF tie starts on his birth day: that date rebuilds his ID as well as birthDate would.
        graph.run("MATCH (:Person {id: $a})-[r:PARENT_OF]->(:Person {id: $c}) SET r.startDate = date('1990-01-01')",
                Map.of("a", SeededCounty.OFFICIAL, "c", SeededCounty.SON));
        for (String format : FORMATS) {
            String out = export(SeededCounty.OFFICIAL, List.of("KIN"), format);
            assertThat(out).as(format).contains("410102********").contains("1965");
            for (String birth : List.of("1965-03-07", "19650307", "1968-09-11", "19680911", "1990-01-01", "19900101")) {
                assertThat(out).as(format).doesNotContain(birth);
            }
            String rebuilt = SeededCounty.OFFICIAL.substring(0, 6) + "19650307" + SeededCounty.OFFICIAL.substring(14);
            assertThat(MaskedViewers.digitsJoined(out)).as(format).doesNotContain(rebuilt);
        }
    }

    @Test
    void aFullIdNumberIsRefusedAsAPersonNameWhetherOrNotThePersonExists() throws Exception {
        String investigator = viewers.user("mask-investigator", Set.of(Role.INVESTIGATOR), List.of(""), false);
        String unknown = SeededCounty.residentId("41010219991231009");
        MockHttpServletResponse known = viewers.perform(get("/api/persons/" + SeededCounty.OFFICIAL + "/relatives"),
                investigator);
        MockHttpServletResponse none = viewers.perform(get("/api/persons/" + unknown + "/relatives"), investigator);
        assertThat(known.getStatus()).isEqualTo(400);
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(known.getContentAsString(StandardCharsets.UTF_8)).contains("ref").doesNotContain("张伟");
        for (String path : List.of("/api/relations?from=" + SeededCounty.OFFICIAL + "&to=" + refs.ref(SeededCounty.SON),
                "/api/paths?from=" + SeededCounty.OFFICIAL + "&to=" + refs.ref(SeededCounty.SON),
                "/api/persons/" + SeededCounty.OFFICIAL + "/circle", "/api/leads?official=" + SeededCounty.OFFICIAL)) {
            assertThat(viewers.perform(get(path), investigator).getStatus()).as(path).isEqualTo(400);
        }
        assertThat(viewers.perform(post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"seeds\":[\"" + SeededCounty.OFFICIAL + "\"],\"format\":\"dot\"}"), analyst()).getStatus())
                .isEqualTo(400);
        // The ref works, and a viewer with clear data may still use the number.
        assertThat(viewers.perform(get("/api/persons/" + refs.ref(SeededCounty.OFFICIAL) + "/relatives"), investigator)
                .getStatus()).isEqualTo(200);
        String auditor = viewers.user("mask-auditor", Set.of(Role.INVESTIGATOR), List.of(""), true);
        assertThat(viewers.perform(get("/api/persons/" + SeededCounty.OFFICIAL + "/relatives"), auditor).getStatus())
                .isEqualTo(200);
    }

    @Test
    void cardAccountPhoneAndIdsInFreeTextAreMaskedInAllSixFormatsAndTheZip() throws Exception {
        graph.run("""
                MATCH (a:Person {id: $a})
                SET a.address = '幸福村' + $c + 'abc号, 旧号' + '9' + $b
                CREATE (t:Tip {id: 'T-1', date: date('2024-05-01'), channel: '12345',
                        text: '举报人电话' + $phone + '，卡号' + $card + '，转入账户' + $account + '；另卡 6217 0012 3456 7890'})
                CREATE (t)-[:ABOUT]->(a)
                """, Map.of("a", SeededCounty.OFFICIAL, "b", SeededCounty.WIFE, "c", SeededCounty.SON, "phone", PHONE,
                "card", CARD, "account", ACCOUNT));
        for (String format : FORMATS) {
            String out = MaskedViewers.digitsJoined(export(SeededCounty.OFFICIAL, List.of("KIN", "TIPS"), format));
            assertThat(out).as(format).contains("举报人电话").contains("幸福村");
            for (String secret : List.of(CARD, ACCOUNT, PHONE, SeededCounty.SON, SeededCounty.WIFE, SeededCounty.OFFICIAL)) {
                assertThat(out).as(format).doesNotContain(secret);
            }
        }
    }

    @Test
    void rejectedRowsShowNoPhoneIdOrBirthDateToAnOfficerWithoutClearDataAndEscapeFullWidthFormulas() throws Exception {
        String clerk = viewers.user("mask-clerk", Set.of(Role.DATA_OFFICER), List.of(""), false);
        String csv = "person_id,name,gender,birth_date,phone,address\n"
                + ANOTHER_ID + ",＝1+1,M,1977-05-06," + PHONE + ",\"\tcmd\"\n";
        MockHttpServletResponse report = viewers.perform(post("/api/imports/persons").contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)), clerk);
        assertThat(report.getStatus()).isEqualTo(200);
        String reportText = report.getContentAsString(StandardCharsets.UTF_8);
        JsonNode r = json.readTree(reportText);
        assertThat(r.get("rejected").asLong()).isEqualTo(1);
        MockHttpServletResponse file = viewers.perform(get("/api/imports/jobs/" + r.get("id").asText() + "/rejects.csv"),
                clerk);
        assertThat(file.getStatus()).isEqualTo(200);
        String rejects = file.getContentAsString(StandardCharsets.UTF_8);
        for (String text : List.of(reportText, rejects)) {
            assertThat(MaskedViewers.digitsJoined(text)).doesNotContain(PHONE).doesNotContain(ANOTHER_ID)
                    .doesNotContain("1977-05-05").doesNotContain("19770505").doesNotContain("1977-05-06");
        }
        assertThat(rejects).contains("410102********").contains(",'＝1+1,").contains("'\tcmd")
                .doesNotContain(",＝1+1").doesNotContain(",\tcmd");
    }

    @Test
    void aLeadShowsAPersonOutsideTheViewersRegionsOnlyAsAPlaceholder() throws Exception {
        graph.run("""
                MATCH (l:Lead {id: $lead}), (d:Person {id: $d})
                SET l.sentence = $sentence, l.ruleVersion = 1,
                    l.evidence = '{"personIds":["' + $a + '","' + $d + '"],"paths":[{"personIds":["' + $a + '","' + $d
                                 + '"],"terms":["cousin"],"chain":"PcS"}],"sentence":"' + $sentence + '"}'
                CREATE (l)-[:INVOLVES {role: 'SUBJECT'}]->(d)
                """, Map.of("lead", SeededCounty.LEAD_41, "a", SeededCounty.OFFICIAL, "d", SeededCounty.OTHER_REGION,
                "sentence", "王芳 is the cousin of the official 张伟"));
        String villager = viewers.user("mask-villager", Set.of(Role.INVESTIGATOR, Role.ANALYST), List.of("410102"), false);
        MockHttpServletResponse res = viewers.perform(get("/api/leads/" + SeededCounty.LEAD_41), villager);
        assertThat(res.getStatus()).isEqualTo(200);
        String body = res.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("王芳").doesNotContain(refs.ref(SeededCounty.OTHER_REGION))
                .doesNotContain("420111").doesNotContain(SeededCounty.OTHER_REGION.substring(14))
                .contains("张伟");
        JsonNode lead = json.readTree(body);
        assertThat(lead.at("/evidence/paths/0/persons/1/cut").asBoolean()).isTrue();
        assertThat(lead.at("/evidence/paths/0/persons/0/ref").asText()).isEqualTo(refs.ref(SeededCounty.OFFICIAL));
        assertThat(lead.at("/evidence/persons/1/cut").asBoolean()).isTrue();
        assertThat(lead.get("persons").findValues("cut")).hasSize(1);
        assertThat(lead.at("/lead/sentence").asText()).contains("（辖区外人员）"); // the default language, Chinese
        // The person endpoint answers 404 for him: the lead does not tell more.
        assertThat(viewers.perform(get("/api/persons/" + refs.ref(SeededCounty.OTHER_REGION) + "/relatives"), villager)
                .getStatus()).isEqualTo(404);
        String list = MaskedViewers.text(viewers.perform(get("/api/leads"), villager));
        assertThat(list).contains(SeededCounty.LEAD_41).doesNotContain("王芳");
        // Whoever sees both regions sees him.
        String county = viewers.user("mask-county", Set.of(Role.INVESTIGATOR), List.of("41", "42"), false);
        assertThat(MaskedViewers.text(viewers.perform(get("/api/leads/" + SeededCounty.LEAD_41), county))).contains("王芳");
    }
}
