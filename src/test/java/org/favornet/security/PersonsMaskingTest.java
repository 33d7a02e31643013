package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The person search and profile on {@link SeededCounty}, as {@link MaskingRegressionTest} checks the other
 * endpoints: a full ID number is refused as a query or a name to viewers without clear data; what they get carries
 * no ID number, no birth date finer than the year, nothing from another region.
 */
@GraphTest
class PersonsMaskingTest {

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

    private String body(MockHttpServletResponse res) throws Exception {
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFullIdNumberIsRefusedAsAQueryOrAProfileNameWhetherOrNotThePersonExists() throws Exception {
        String investigator = viewers.user("pm-investigator", Set.of(Role.INVESTIGATOR), List.of(""), false);
        String analyst = viewers.user("pm-analyst", Set.of(Role.ANALYST), List.of(""), false);
        String unknown = SeededCounty.residentId("41010219991231009");
        for (String who : List.of(investigator, analyst)) {
            for (String id : List.of(SeededCounty.OFFICIAL, unknown)) {
                MockHttpServletResponse profile = viewers.perform(get("/api/persons/" + id), who);
                MockHttpServletResponse search = viewers.perform(get("/api/persons").param("q", id), who);
                for (MockHttpServletResponse res : List.of(profile, search)) {
                    assertThat(res.getStatus()).as(who + " " + id).isEqualTo(400);
                    assertThat(body(res)).contains("ref").doesNotContain("张伟").doesNotContain(id);
                }
            }
        }
        String auditor = viewers.user("pm-auditor", Set.of(Role.INVESTIGATOR), List.of(""), true);
        JsonNode clear = json.readTree(body(viewers.perform(get("/api/persons/" + SeededCounty.OFFICIAL), auditor)));
        assertThat(clear.at("/person/id").asText()).isEqualTo(SeededCounty.OFFICIAL);
        assertThat(clear.at("/person/maskedId").asText()).isEqualTo(SeededCounty.OFFICIAL);
    }

    @Test
    void aMaskedProfileAndSearchCarryNoIdNumberAndNoBirthDateFinerThanTheYear() throws Exception {
        String investigator = viewers.user("pm-investigator", Set.of(Role.INVESTIGATOR), List.of(""), false);
        String profile = body(viewers.perform(get("/api/persons/" + refs.ref(SeededCounty.OFFICIAL)), investigator));
        String search = body(viewers.perform(get("/api/persons").param("q", "张"), investigator));
        JsonNode p = json.readTree(profile);
        // He, his wife (household and relative), his son (relative, beneficiary of the grant he approved).
        assertThat(p.at("/person/maskedId").asText()).isEqualTo("410102********" + SeededCounty.OFFICIAL.substring(14));
        assertThat(p.at("/person/birthYear").asInt()).isEqualTo(1965);
        assertThat(p.get("household").size()).isEqualTo(2);
        assertThat(p.get("relatives").size()).isEqualTo(2);
        assertThat(p.at("/grantsHandled/0/beneficiary/ref").asText()).isEqualTo(refs.ref(SeededCounty.SON));
        assertThat(p.at("/posts/0/title").asText()).isEqualTo("村委会主任");
        assertThat(p.at("/leads/0/id").asText()).isEqualTo(SeededCounty.LEAD_41);
        assertThat(json.readTree(search).get("total").asInt()).isEqualTo(2);
        for (String text : List.of(profile, search)) {
            String digits = MaskedViewers.digitsJoined(text);
            for (String id : SeededCounty.PERSONS) {
                assertThat(digits).doesNotContain(id);
            }
            for (String date : List.of("1965-03-07", "19650307", "1968-09-11", "19680911", "1990-01-01", "19900101")) {
                assertThat(text).doesNotContain(date);
            }
            assertThat(text).doesNotContain("\"id\":\"41").doesNotContain("13800138000");
        }
    }

    @Test
    void aViewerOfOneDistrictFindsNoOneOutsideItAndGets404ForHisProfile() throws Exception {
        String district = viewers.user("pm-district", Set.of(Role.INVESTIGATOR, Role.ANALYST), List.of("410102"),
                false);
        assertThat(viewers.perform(get("/api/persons/" + refs.ref(SeededCounty.OTHER_REGION)), district).getStatus())
                .isEqualTo(404);
        JsonNode search = json.readTree(body(viewers.perform(get("/api/persons").param("q", "王芳"), district)));
        assertThat(search.get("total").asInt()).isZero();
        JsonNode ref = json.readTree(body(viewers.perform(get("/api/persons")
                .param("q", refs.ref(SeededCounty.OTHER_REGION)), district)));
        assertThat(ref.get("total").asInt()).isZero();
        String own = body(viewers.perform(get("/api/persons/" + refs.ref(SeededCounty.OFFICIAL)), district));
        assertThat(own).contains("张伟").doesNotContain("王芳").doesNotContain(SeededCounty.LEAD_42);
        // Whoever sees both regions finds her.
        String county = viewers.user("pm-county", Set.of(Role.INVESTIGATOR), List.of("41", "42"), false);
        assertThat(json.readTree(body(viewers.perform(get("/api/persons").param("q", "王芳"), county)))
                .get("total").asInt()).isEqualTo(1);
    }
}
