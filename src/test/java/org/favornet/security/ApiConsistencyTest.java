package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.GraphChanged;
import org.favornet.projection.LiveProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 16, API consistency: one naming for a pair of persons ({@code from}/{@code to}, the former
 * {@code a}/{@code b} still accepted), one page shape for lists, one tie-kind vocabulary with the
 * former names as aliases, and 404 (not 403) for paths under {@code /api} that name no endpoint.
 */
@GraphTest
class ApiConsistencyTest {

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;
    @Autowired PersonRefs refs;
    @Autowired ApplicationEventPublisher events;
    @Autowired LiveProjection projection;
    final ObjectMapper json = new ObjectMapper();
    MaskedViewers viewers;

    @BeforeEach
    void seed() throws Exception {
        SeededCounty.seed(graph);
        graph.run("MATCH (l:Lead) SET l.ruleVersion = 1", Map.of()); // the lead list reads it as a number
        events.publishEvent(new GraphChanged(Set.of("test")));
        projection.awaitIdle(java.time.Duration.ofSeconds(60));
        viewers = new MaskedViewers(mvc, users, encoder);
    }

    private String user(String name, Set<Role> roles) {
        return viewers.user(name, roles, List.of(""), false);
    }

    private MockHttpServletResponse as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return viewers.perform(request, user);
    }

    private JsonNode body(MockHttpServletResponse res) throws Exception {
        return json.readTree(res.getContentAsString());
    }

    @Test
    void relationsNameThePairFromAndToAndAnswerAPage() throws Exception {
        String investigator = user("api-investigator", Set.of(Role.INVESTIGATOR));
        String official = refs.ref(SeededCounty.OFFICIAL);
        String wife = refs.ref(SeededCounty.WIFE);

        MockHttpServletResponse res = as(investigator, get("/api/relations").param("from", official).param("to", wife));
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(200);
        JsonNode page = body(res);
        assertThat(fieldNames(page)).containsExactly("items", "total", "page", "size");
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size()).isPositive();
        assertThat(page.get("items").get(0).get("chain").asText()).isEqualTo("Sp");
        assertThat(res.getHeader("Deprecation")).isNull();

        MockHttpServletResponse old = as(investigator, get("/api/relations").param("a", official).param("b", wife));
        assertThat(old.getStatus()).isEqualTo(200);
        assertThat(old.getHeader("Deprecation")).isEqualTo("true");
        assertThat(body(old)).isEqualTo(page);

        for (MockHttpServletRequestBuilder bad : List.of(
                get("/api/relations").param("from", official).param("a", official).param("to", wife),
                get("/api/relations").param("from", official).param("to", wife).param("b", wife),
                get("/api/relations").param("from", official),
                get("/api/relations").param("b", wife),
                get("/api/relations"),
                get("/api/relations").param("from", official).param("to", wife).param("size", "0"))) {
            MockHttpServletResponse r = as(investigator, bad);
            assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(400);
            assertThat(r.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        MockHttpServletResponse beyond = as(investigator,
                get("/api/relations").param("from", official).param("to", wife).param("page", "1").param("size", "1"));
        JsonNode second = body(beyond);
        assertThat(second.get("total").asLong()).isEqualTo(page.get("total").asLong());
        assertThat(second.get("items").size()).isEqualTo((int) Math.max(0, Math.min(1, page.get("total").asLong() - 1)));
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(1);
    }

    @Test
    void everyListEndpointAnswersItemsTotalPageSizeInThatOrder() throws Exception {
        String admin = user("api-admin", Set.of(Role.ADMIN));
        String investigator = user("api-investigator", Set.of(Role.INVESTIGATOR));
        Map<String, MockHttpServletResponse> lists = Map.of(
                "users", as(admin, get("/api/users").param("size", "2")),
                "audit", as(admin, get("/api/audit").param("size", "2")),
                "leads", as(investigator, get("/api/leads").param("size", "2")),
                "relations", as(investigator, get("/api/relations").param("from", refs.ref(SeededCounty.OFFICIAL))
                        .param("to", refs.ref(SeededCounty.SON)).param("size", "2")));
        for (var e : lists.entrySet()) {
            assertThat(e.getValue().getStatus()).as(e.getKey() + ": " + e.getValue().getContentAsString()).isEqualTo(200);
            JsonNode page = body(e.getValue());
            assertThat(fieldNames(page)).as(e.getKey()).containsExactly("items", "total", "page", "size");
            assertThat(page.get("page").asInt()).as(e.getKey()).isZero();
            assertThat(page.get("size").asInt()).as(e.getKey()).isEqualTo(2);
            assertThat(page.get("items").size()).as(e.getKey()).isLessThanOrEqualTo(2)
                    .isEqualTo((int) Math.min(2, page.get("total").asLong()));
        }
        // Several users exist (the demo users and ours): the second page holds the next ones.
        JsonNode first = body(as(admin, get("/api/users").param("size", "1")));
        JsonNode next = body(as(admin, get("/api/users").param("size", "1").param("page", "1")));
        assertThat(first.get("total").asLong()).isGreaterThan(1);
        assertThat(next.get("items").get(0).get("username")).isNotEqualTo(first.get("items").get(0).get("username"));
    }

    @Test
    void formerTieKindNamesAreAliasesAndExportOnlyKindsAreRefusedByTheSearch() throws Exception {
        String both = user("api-both", Set.of(Role.INVESTIGATOR, Role.ANALYST));
        String official = refs.ref(SeededCounty.OFFICIAL);
        MockHttpServletResponse circle = as(both, get("/api/persons/" + official + "/circle").param("ties", "kin,shares,grants"));
        assertThat(circle.getStatus()).as(circle.getContentAsString()).isEqualTo(200);
        List<String> echoed = new ArrayList<>();
        body(circle).get("ties").forEach(t -> echoed.add(t.asText()));
        assertThat(echoed).containsExactlyInAnyOrder("KIN", "SHARED", "GRANT");

        MockHttpServletResponse owns = as(both, get("/api/persons/" + official + "/circle").param("ties", "OWNS"));
        assertThat(owns.getStatus()).isEqualTo(400);
        assertThat(body(owns).get("detail").asText()).contains("KIN, KNOWS, SHARED, MONEY, GRANT");
        MockHttpServletResponse nonsense = as(both, get("/api/paths").param("from", official)
                .param("to", refs.ref(SeededCounty.SON)).param("ties", "FRIENDS"));
        assertThat(nonsense.getStatus()).isEqualTo(400);
        assertThat(body(nonsense).get("detail").asText()).contains("HOUSEHOLD");

        // The export takes the same words: GRANT and its former name GRANTS give the same file.
        byte[] now = export(both, official, "GRANT");
        byte[] former = export(both, official, "GRANTS");
        assertThat(new String(now, java.nio.charset.StandardCharsets.UTF_8)).contains("APPROVED");
        assertThat(former).isEqualTo(now);
    }

    private byte[] export(String user, String seed, String tie) throws Exception {
        MockHttpServletResponse res = as(user, post("/api/exports").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("seeds", List.of(seed), "ties", List.of(tie),
                        "format", "cytoscape"))));
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(200);
        return res.getContentAsByteArray();
    }

    @Test
    void pathsUnderApiThatNameNoEndpointAreNotFoundForEveryRoleAndUnauthorizedForAnonymousCallers() throws Exception {
        String official = refs.ref(SeededCounty.OFFICIAL);
        List<String> unknown = List.of("/api/nothing", "/api", "/api/persons/" + official + "/nothing/here",
                "/api/leads/" + SeededCounty.LEAD_41 + "/x/y", "/api/users/a/b/c", "/api/exports/x/y", "/api/statistics");
        List<Set<Role>> viewers = new ArrayList<>();
        for (Role r : Role.values()) {
            viewers.add(EnumSet.of(r));
        }
        viewers.add(EnumSet.allOf(Role.class));
        for (Set<Role> roles : viewers) {
            String user = user("api-" + String.join("-", roles.stream().map(Enum::name).sorted().toList()).toLowerCase(),
                    roles);
            for (String path : unknown) {
                for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
                    MockHttpServletResponse res = as(user, request(method, path));
                    String what = method + " " + path + " as " + roles;
                    assertThat(res.getStatus()).as(what + ": " + res.getContentAsString()).isEqualTo(404);
                    assertThat(res.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    assertThat(body(res).get("status").asInt()).as(what).isEqualTo(404);
                }
            }
        }
        // A path that exists still says 403 to a role it does not admit, and anonymous callers learn nothing.
        MockHttpServletResponse forbidden = as(user("api-analyst-only", Set.of(Role.ANALYST)), get("/api/users"));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        for (String path : List.of("/api/nothing", "/api/users")) {
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(401);
            assertThat(anonymous.getHeader("WWW-Authenticate")).as(path).contains("Basic");
            assertThat(anonymous.getContentType()).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
