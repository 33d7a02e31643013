package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.security.ApiEndpoints.Endpoint;
import org.favornet.security.ApiEndpoints.Kind;
import org.favornet.security.ApiEndpoints.QueryParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Generated from the live handler mapping: every mapped endpoint against every role, in and out of
 * region and unauthenticated; a scan of every readable response for clear ID numbers; and
 * Cypher-injection strings in every string parameter. Endpoints added by other features are
 * covered as soon as they are mapped.
 */
@GraphTest
class EndpointSecurityTest {

    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    /** Users whose region prefix matches the seeded region 41, and users whose prefix matches nothing. */
    private static final List<String> IN_REGION = List.of("41");
    private static final List<String> OUT_OF_REGION = List.of("99");
    private static final Map<String, String> TOKENS = new HashMap<>();

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired UserDirectory users;
    @Autowired ApiTokens tokens;
    @Autowired PasswordEncoder encoder;
    @Autowired PersonRefs refs;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    @BeforeEach
    void seed() {
        SeededCounty.seed(graph);
    }

    /** A user with a fresh token (tokens, not Basic: SHA-256 instead of bcrypt on every request). */
    private String token(String name, Set<Role> roles, List<String> regions, boolean clearData) {
        return TOKENS.computeIfAbsent(name, n -> {
            users.save(n, encoder.encode(n + "-matrix-password"), roles, regions, clearData, true);
            return tokens.issue(n).orElseThrow();
        });
    }

    private List<Endpoint> endpoints() {
        return ApiEndpoints.of(mapping);
    }

    private List<Endpoint> protectedEndpoints() {
        return endpoints().stream().filter(e -> e.route().map(r -> !r.open()).orElse(false)).toList();
    }

    @Test
    void everyMappedEndpointHasAnEntryInTheRouteTable() {
        List<String> missing = endpoints().stream().filter(e -> e.route().isEmpty()).map(Endpoint::toString).toList();
        assertThat(missing).as("endpoints no Route admits (they would be denied to everyone)").isEmpty();
        assertThat(protectedEndpoints()).extracting(Endpoint::toString)
                .contains("GET /api/stats", "GET /api/users", "PUT /api/users/{name}", "GET /api/audit",
                        "GET /api/audit/verify", "POST /api/tokens");
    }

    @Test
    void everyApiPathOutsideTheRouteTableIsDenied() throws Exception {
        String admin = token("mx-admin-all", EnumSet.allOf(Role.class), List.of(""), true);
        for (String path : List.of("/api/nothing", "/api", "/api/stats/../users", "/actuator/env", "/actuator")) {
            int status = mvc.perform(request(HttpMethod.GET, path).header("Authorization", "Bearer " + admin))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(400, 403, 404);
        }
    }

    private MockHttpServletRequestBuilder call(Endpoint e, Map<Kind, String> values, Map<String, String> query,
            String body) {
        URI uri = UriComponentsBuilder.fromUriString(e.template()).encode()
                .buildAndExpand(ApiEndpoints.values(e, values)).toUri();
        MockHttpServletRequestBuilder b = request(e.method(), uri);
        query.forEach(b::queryParam);
        if (e.method() == HttpMethod.POST || e.method() == HttpMethod.PUT || e.method() == HttpMethod.PATCH) {
            b.contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body);
        }
        return b;
    }

    private static Map<String, String> requiredParams(Endpoint e, String text) {
        Map<String, String> query = new LinkedHashMap<>();
        for (QueryParam p : e.queryParams()) {
            if (p.required()) {
                query.put(p.name(), p.sample(text));
            }
        }
        return query;
    }

    private static Map<Kind, String> ids(String person, String lead) {
        Map<Kind, String> values = new EnumMap<>(Kind.class);
        values.put(Kind.PERSON, person);
        values.put(Kind.LEAD, lead);
        values.put(Kind.USER, "mx-nobody");
        return values;
    }

    private static final Set<Integer> DENIED = Set.of(401, 403);
    /** A body may be refused before the lookup: that tells nothing about the person either. */
    private static final Set<Integer> OUT_OF_REGION_WITH_BODY = Set.of(400, 404, 415, 422);

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRolesAndHidesOtherRegions() {
        List<DynamicTest> tests = new ArrayList<>();
        // By ref, as the console names persons: a full ID is refused (400) to viewers without clear data
        // before any lookup, which would hide whether the region check answers 404.
        String official = refs.ref(SeededCounty.OFFICIAL);
        Map<Kind, String> values = ids(official, SeededCounty.LEAD_41);
        for (Endpoint e : protectedEndpoints()) {
            Route route = e.route().orElseThrow();
            Map<String, String> query = requiredParams(e, official);
            tests.add(dynamicTest(e + " unauthenticated -> 401", () -> {
                int status = mvc.perform(call(e, values, query, null)).andReturn().getResponse().getStatus();
                assertThat(status).isEqualTo(401);
            }));
            for (Role role : Role.values()) {
                for (boolean inRegion : new boolean[] {true, false}) {
                    String name = "mx-" + role.name().toLowerCase() + (inRegion ? "-in" : "-out");
                    boolean admitted = route.roles().contains(role);
                    String label = e + " as " + role + (inRegion ? " in region" : " out of region");
                    tests.add(dynamicTest(label, () -> {
                        String token = token(name, EnumSet.of(role), inRegion ? IN_REGION : OUT_OF_REGION, false);
                        MockHttpServletResponse res = mvc.perform(call(e, values, query, null)
                                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
                        int status = res.getStatus();
                        if (status == 204 && e.pattern().equals("/api/tokens/current")) {
                            TOKENS.remove(name); // a logout revokes the token it presents: the next call gets a new one
                        }
                        if (!admitted) {
                            assertThat(status).as(label).isEqualTo(403);
                        } else if (inRegion || !e.regionScoped()) {
                            assertThat(status).as(label + ": " + res.getContentAsString()).isNotIn(DENIED);
                        } else if (e.takesBody()) {
                            assertThat(status).as(label + ": " + res.getContentAsString()).isIn(OUT_OF_REGION_WITH_BODY);
                        } else {
                            assertThat(status).as(label + ": " + res.getContentAsString()).isEqualTo(404);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noClearIdNumberReachesInvestigatorsOrAnalysts() {
        Map<String, Set<Role>> viewers = Map.of(
                "mx-scan-investigator", EnumSet.of(Role.INVESTIGATOR),
                "mx-scan-analyst", EnumSet.of(Role.ANALYST),
                "mx-scan-both", EnumSet.of(Role.INVESTIGATOR, Role.ANALYST));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : protectedEndpoints()) {
            if (e.method() != HttpMethod.GET) {
                continue;
            }
            Route route = e.route().orElseThrow();
            viewers.forEach((name, roles) -> {
                if (roles.stream().noneMatch(route.roles()::contains)) {
                    return;
                }
                tests.add(dynamicTest(e + " as " + roles, () -> {
                    String token = token(name, roles, List.of(""), false);
                    List<String> subjects = new ArrayList<>();
                    for (String person : SeededCounty.PERSONS) {
                        subjects.add(person);
                        subjects.add(refs.ref(person));
                    }
                    for (int i = 0; i < subjects.size(); i++) {
                        String person = subjects.get(i);
                        String lead = i % 2 == 0 ? SeededCounty.LEAD_41 : SeededCounty.LEAD_42;
                        Map<String, String> query = new LinkedHashMap<>();
                        for (QueryParam p : e.queryParams()) {
                            if (p.required() || p.isString()) {
                                query.put(p.name(), p.sample(person));
                            }
                        }
                        for (Map<String, String> q : List.of(query, requiredParams(e, person))) {
                            MockHttpServletResponse res = mvc.perform(call(e, ids(person, lead), q, null)
                                    .header("Authorization", "Bearer " + token)).andReturn().getResponse();
                            String body = res.getContentAsString();
                            assertThat(body).as(e + " " + q + " -> " + res.getStatus()).doesNotContainPattern(RESIDENT_ID);
                        }
                        if (e.variables().isEmpty() && e.queryParams().stream().noneMatch(QueryParam::isString)) {
                            break;
                        }
                    }
                }));
            });
        }
        return tests.stream();
    }

    /** Strings that would do damage if any endpoint pasted them into Cypher text. */
    static final List<String> INJECTIONS = List.of(
            "' OR 1=1 //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "\\u0027}) MATCH (n) DETACH DELETE n //",
            "x') WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
            "`) MATCH (n) DETACH DELETE n //",
            "ＭＡＴＣＨ (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n",
            "МАТСН (n) DЕТАСН DЕLЕТЕ n ʼ＇",
            "41\u0000' OR true //",
            "A".repeat(20_000));

    @TestFactory
    Stream<DynamicTest> cypherInjectionInAnyStringParameterChangesNothingAndIsAnOrdinaryError() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : protectedEndpoints()) {
            tests.add(dynamicTest(e.toString(), () -> {
                String token = token("mx-injector", EnumSet.allOf(Role.class), List.of(""), false);
                long nodes = nodes();
                long ties = graph.count("MATCH ()-[r]->() RETURN count(r)");
                int calls = 0;
                for (String payload : INJECTIONS) {
                    List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
                    Map<Kind, String> fair = ids(SeededCounty.OFFICIAL, SeededCounty.LEAD_41);
                    for (String variable : e.variables()) {
                        Map<Kind, String> values = new EnumMap<>(fair);
                        values.put(e.kind(variable), payload);
                        requests.add(call(e, values, requiredParams(e, SeededCounty.OFFICIAL), null));
                    }
                    for (QueryParam p : e.queryParams()) {
                        if (p.isString()) {
                            Map<String, String> query = requiredParams(e, SeededCounty.OFFICIAL);
                            query.put(p.name(), payload);
                            requests.add(call(e, fair, query, null));
                        }
                    }
                    String body = InjectedBodies.of(e, payload);
                    if (body != null) {
                        requests.add(call(e, fair, requiredParams(e, SeededCounty.OFFICIAL), body));
                    }
                    for (MockHttpServletRequestBuilder r : requests) {
                        MockHttpServletResponse res = mvc.perform(r.header("Authorization", "Bearer " + token))
                                .andReturn().getResponse();
                        calls++;
                        String what = e + " with " + payload.substring(0, Math.min(40, payload.length()));
                        assertThat(res.getStatus()).as(what + ": " + res.getContentAsString()).isLessThan(500);
                        if (res.getStatus() >= 400) {
                            assertThat(res.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        }
                    }
                }
                assertThat(nodes()).as(e + " after " + calls + " injection attempts").isEqualTo(nodes);
                assertThat(graph.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(ties);
            }));
        }
        return tests.stream();
    }

    /** Users and analysis jobs may legitimately appear; nothing else may change. */
    private long nodes() {
        return graph.count("MATCH (n) WHERE NOT n:User AND NOT n:Analysis RETURN count(n)");
    }
}
