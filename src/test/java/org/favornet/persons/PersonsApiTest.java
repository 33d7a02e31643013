package org.favornet.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.favornet.GeneratedCounty;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.ingest.RecordLoader;
import org.favornet.projection.LiveProjection;
import org.favornet.security.AppUser;
import org.favornet.security.PersonRefs;
import org.favornet.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Person search and profile over HTTP on a generated county (3,000 persons, loaded by the real importer) on the
 * embedded Neo4j. Expected answers come from Cypher written here, not from the code under test.
 */
@GraphTest
class PersonsApiTest {

    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");
    /**
     * As the demo users (no clear data, every region), signed in once rather than with HTTP Basic on each of the
     * hundreds of requests (bcrypt each time); the demo analyst logs in for real in one test.
     */
    private static final RequestPostProcessor INVESTIGATOR = user(new AppUser("investigator", "-",
            Set.of(Role.INVESTIGATOR), List.of(""), false, true));
    private static final RequestPostProcessor ANALYST = user(new AppUser("analyst", "-", Set.of(Role.ANALYST),
            List.of(""), false, true));
    private static final RequestPostProcessor DEMO_ANALYST = httpBasic("analyst", "analyst");
    /** Investigator and analyst with clear data, as the demo auditor. */
    private static final RequestPostProcessor AUDITOR = user(new AppUser("auditor", "-",
            Set.of(Role.INVESTIGATOR, Role.ANALYST), List.of(""), true, true));
    private static final RequestPostProcessor ELSEWHERE = user(new AppUser("elsewhere", "-",
            Set.of(Role.INVESTIGATOR, Role.ANALYST), List.of("99"), false, true));
    private static boolean loaded;

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired RecordLoader loader;
    @Autowired PersonRefs refs;
    @Autowired LiveProjection projection;
    @Autowired org.neo4j.driver.Driver driver;
    final org.favornet.graph.CypherFiles files = new org.favornet.graph.CypherFiles();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void county() throws Exception {
        if (!loaded) {
            graph.clear();
            GeneratedCounty.load(loader, 3000, 20261203L, Files.createTempDirectory("persons-county"));
            // For the ranking: an exact name, a name starting with it, one containing it.
            graph.run("""
                    CREATE (:Person {id: 'rank-1', name: '欧阳明华', regionCode: '410728101201'}),
                           (:Person {id: 'rank-2', name: '司马欧阳明', regionCode: '410728101201'}),
                           (:Person {id: 'rank-3', name: '欧阳明', regionCode: '410728101201'}),
                           (:Person {id: 'rank-4', name: '欧阳明', regionCode: '420111001001'})
                    """);
            projection.awaitIdle(Duration.ofSeconds(60));
            loaded = true;
        }
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    private JsonNode ok(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse res = call(request, who);
        String body = res.getContentAsString(StandardCharsets.UTF_8);
        assertThat(res.getStatus()).as(body).isEqualTo(200);
        return json.readTree(body);
    }

    private JsonNode search(String q, int page, int size, RequestPostProcessor who) throws Exception {
        return ok(get("/api/persons").param("q", q).param("page", "" + page).param("size", "" + size), who);
    }

    /** Every ref the search answers for q, page by page. */
    private List<String> allRefs(String q, RequestPostProcessor who) throws Exception {
        List<String> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = search(q, page, 100, who);
            p.get("items").forEach(i -> out.add(i.get("ref").asText()));
            if (p.get("items").size() < 100) {
                return out;
            }
        }
    }

    private long count(String cypher, Map<String, Object> params) {
        return graph.run(cypher, params).get(0).get(0).asLong();
    }

    private List<Record> rows(String cypher, Map<String, Object> params) {
        return graph.run(cypher, params);
    }

    private static String residentId() {
        return "^\\d{17}[\\dX]$";
    }

    @Test
    void aPartOfAChineseNameFindsThePersonAndEveryHitContainsIt() throws Exception {
        List<Record> persons = rows("""
                MATCH (p:Person) WHERE size(p.name) >= 3 AND p.regionCode STARTS WITH '410728'
                RETURN p.id AS id, p.name AS name ORDER BY p.id""", Map.of());
        Random rnd = new Random(11);
        for (int i = 0; i < 5; i++) {
            Record r = persons.get(rnd.nextInt(persons.size()));
            String name = r.get("name").asString();
            String part = name.substring(1); // the given name, without the surname
            List<String> found = allRefs(part, INVESTIGATOR);
            assertThat(found).as(part).contains(refs.ref(r.get("id").asString()));
            JsonNode first = search(part, 0, 100, INVESTIGATOR);
            first.get("items").forEach(item -> assertThat(item.get("name").asText()).contains(part));
            long expected = count("MATCH (p:Person) WHERE p.name CONTAINS $q OR p.id = $q RETURN count(p)",
                    Map.of("q", part));
            assertThat(first.get("total").asLong()).as(part).isEqualTo(expected);
            assertThat(found).hasSize((int) expected).doesNotHaveDuplicates();
        }
        // One character, the surname of many.
        String surname = persons.get(0).get("name").asString().substring(0, 1);
        assertThat(search(surname, 0, 5, INVESTIGATOR).get("total").asLong()).isEqualTo(
                count("MATCH (p:Person) WHERE p.name CONTAINS $q RETURN count(p)", Map.of("q", surname)));
    }

    @Test
    void theNameAndIdEndingSearchesAreServedByTheTextIndexes() {
        Map<String, Object> params = new HashMap<>();
        params.put("q", "明");
        params.put("regions", List.of(""));
        params.put("skip", 0L);
        params.put("limit", 20L);
        params.put("ids", List.of());
        params.put("phone", null);
        params.put("account", null);
        params.put("suffix", "0011");
        for (String[] file : new String[][] {{"persons/search_name.cypher", "NodeIndexContainsScan", "TEXT INDEX p:Person(name)"},
                {"persons/search_keys.cypher", "NodeIndexEndsWithScan", "TEXT INDEX p:Person(id)"}}) {
            String plan;
            try (var s = driver.session()) {
                plan = describe(s.run("EXPLAIN " + files.text(file[0]), params).consume().plan());
            }
            assertThat(plan).as(file[0]).contains(file[1]).contains(file[2]).doesNotContain("AllNodesScan")
                    .doesNotContain("NodeByLabelScan");
        }
    }

    private static String describe(org.neo4j.driver.summary.Plan plan) {
        StringBuilder out = new StringBuilder(plan.operatorType()).append(' ').append(plan.arguments()).append('\n');
        plan.children().forEach(c -> out.append(describe(c)));
        return out.toString();
    }

    @Test
    void anExactNameComesBeforeANameStartingWithItBeforeANameContainingIt() throws Exception {
        JsonNode items = search("欧阳明", 0, 10, AUDITOR).get("items");
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        // Two exact names (then by id), the name starting with it, the one containing it.
        assertThat(ids).containsExactly("rank-3", "rank-4", "rank-1", "rank-2");
        // A viewer of county 410728 does not see rank-4 (region 420111).
        RequestPostProcessor county = user(new AppUser("county-ranking", "-", Set.of(Role.INVESTIGATOR),
                List.of("410728"), true, true));
        List<String> local = new ArrayList<>();
        search("欧阳明", 0, 10, county).get("items").forEach(i -> local.add(i.get("id").asText()));
        assertThat(local).containsExactly("rank-3", "rank-1", "rank-2");
    }

    @Test
    void pagesAddUpToTheTotalWithoutRepeatsAndPastTheEndIsEmpty() throws Exception {
        String surname = rows("MATCH (p:Person) WHERE p.regionCode STARTS WITH '410728' RETURN p.name AS n "
                + "ORDER BY p.id LIMIT 1", Map.of()).get(0).get("n").asString().substring(0, 1);
        long expected = count("MATCH (p:Person) WHERE p.name CONTAINS $q RETURN count(p)", Map.of("q", surname));
        assertThat(expected).isGreaterThan(20);
        int size = 7;
        Set<String> seen = new HashSet<>();
        int pages = (int) ((expected + size - 1) / size);
        for (int page = 0; page < pages; page++) {
            JsonNode p = search(surname, page, size, INVESTIGATOR);
            assertThat(p.get("total").asLong()).isEqualTo(expected);
            assertThat(p.get("page").asInt()).isEqualTo(page);
            assertThat(p.get("size").asInt()).isEqualTo(size);
            assertThat(p.get("items").size()).as("page " + page).isEqualTo((int) Math.min(size, expected - (long) page * size));
            p.get("items").forEach(i -> assertThat(seen.add(i.get("ref").asText())).as("repeated").isTrue());
        }
        assertThat(seen).hasSize((int) expected);
        JsonNode past = search(surname, pages, size, INVESTIGATOR);
        assertThat(past.get("items").size()).isZero();
        assertThat(past.get("total").asLong()).isEqualTo(expected);
    }

    @Test
    void theLastFourCharactersOfAnIdNumberFindThePersonAndOnlyPersonsWhoseIdEndsSo() throws Exception {
        List<Record> persons = rows("MATCH (p:Person) WHERE p.id =~ $re RETURN p.id AS id ORDER BY p.id",
                Map.of("re", residentId()));
        Random rnd = new Random(5);
        for (int i = 0; i < 5; i++) {
            String id = persons.get(rnd.nextInt(persons.size())).get("id").asString();
            String last4 = id.substring(14);
            long expected = count("MATCH (p:Person) WHERE p.id ENDS WITH $s OR p.id = $s RETURN count(p)",
                    Map.of("s", last4));
            assertThat(allRefs(last4, INVESTIGATOR)).as(last4).contains(refs.ref(id)).hasSize((int) expected);
            JsonNode clear = search(last4, 0, 100, AUDITOR);
            assertThat(clear.get("total").asLong()).isEqualTo(expected);
            clear.get("items").forEach(item -> assertThat(item.get("id").asText()).endsWith(last4));
            // Longer endings: for a viewer with clear data only (they would rebuild a masked number).
            String last8 = id.substring(10);
            assertThat(allRefs(last8, AUDITOR)).contains(refs.ref(id));
            assertThat(allRefs(last8, INVESTIGATOR)).doesNotContain(refs.ref(id));
        }
    }

    @Test
    void aPhoneOrAccountNumberAsPeopleTypeItFindsItsHolderFirst() throws Exception {
        Record phone = rows("MATCH (p:Person)-[:HAS_PHONE]->(ph:Phone) WHERE size(ph.number) = 11 "
                + "RETURN p.id AS id, ph.number AS number ORDER BY p.id LIMIT 1", Map.of()).get(0);
        String number = phone.get("number").asString();
        String typed = number.substring(0, 3) + "-" + number.substring(3, 7) + " " + number.substring(7);
        List<String> holders = rows("MATCH (p:Person)-[:HAS_PHONE]->(:Phone {number: $n}) RETURN p.id AS id",
                Map.of("n", number)).stream().map(r -> refs.ref(r.get("id").asString())).toList();
        JsonNode byPhone = search(typed, 0, 20, INVESTIGATOR);
        List<String> first = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            first.add(byPhone.get("items").get(i).get("ref").asText());
        }
        assertThat(first).containsExactlyInAnyOrderElementsOf(holders);
        Record account = rows("MATCH (p:Person)-[:OWNS]->(a:Account) RETURN p.id AS id, a.id AS account "
                + "ORDER BY a.id LIMIT 1", Map.of()).get(0);
        JsonNode byAccount = search(account.get("account").asString(), 0, 20, DEMO_ANALYST);
        assertThat(byAccount.get("items").get(0).get("ref").asText()).isEqualTo(refs.ref(account.get("id").asString()));
    }

    @Test
    void aFullIdNumberFindsThePersonForClearDataAndIsRefusedToOthersWhetherOrNotHeExists() throws Exception {
        String id = rows("MATCH (p:Person) WHERE p.id =~ $re RETURN p.id AS id ORDER BY p.id LIMIT 1",
                Map.of("re", residentId())).get(0).get("id").asString();
        JsonNode clear = search(id, 0, 5, AUDITOR);
        assertThat(clear.get("items").get(0).get("id").asText()).isEqualTo(id);
        for (String q : List.of(id, id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14),
                "110101199001010000")) {
            MockHttpServletResponse res = call(get("/api/persons").param("q", q), INVESTIGATOR);
            assertThat(res.getStatus()).as(q).isEqualTo(400);
            assertThat(res.getContentType()).startsWith("application/problem+json");
            assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains("ref").doesNotContainPattern(FULL_ID);
        }
        // A ref finds him for anyone who sees his region.
        JsonNode byRef = search(refs.ref(id), 0, 5, INVESTIGATOR);
        assertThat(byRef.get("total").asLong()).isEqualTo(1);
        assertThat(byRef.get("items").get(0).get("ref").asText()).isEqualTo(refs.ref(id));
    }

    @Test
    void emptyOverlongOrTooShortQueriesAndBadPagesAreProblemDocuments() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("", "q", "   ", "q", "徐".repeat(201), "200", "123", "4 digits")
                .entrySet()) {
            MockHttpServletResponse res = call(get("/api/persons").param("q", bad.getKey()), INVESTIGATOR);
            assertThat(res.getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(res.getContentType()).startsWith("application/problem+json");
            assertThat(res.getContentAsString(StandardCharsets.UTF_8)).contains(bad.getValue());
        }
        assertThat(call(get("/api/persons"), INVESTIGATOR).getStatus()).isEqualTo(400);
        for (String[] page : new String[][] {{"-1", "20"}, {"0", "0"}, {"0", "101"}, {"x", "20"}}) {
            assertThat(call(get("/api/persons").param("q", "徐").param("page", page[0]).param("size", page[1]),
                    INVESTIGATOR).getStatus()).as(String.join(",", page)).isEqualTo(400);
        }
        assertThat(search("徐".repeat(200), 0, 20, INVESTIGATOR).get("total").asLong()).isZero();
    }

    @Test
    void aViewerWithoutClearDataNeverSeesAnIdNumberInSearchesOrProfiles() throws Exception {
        List<String> ids = rows("MATCH (p:Person) WHERE p.id =~ $re RETURN p.id AS id ORDER BY p.id",
                Map.of("re", residentId())).stream().map(r -> r.get("id").asString()).toList();
        Random rnd = new Random(3);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String id = ids.get(rnd.nextInt(ids.size()));
            for (RequestPostProcessor who : List.of(INVESTIGATOR, ANALYST)) {
                MockHttpServletResponse res = call(get("/api/persons/" + refs.ref(id)), who);
                assertThat(res.getStatus()).isEqualTo(200);
                bodies.add(res.getContentAsString(StandardCharsets.UTF_8));
                bodies.add(call(get("/api/persons").param("q", id.substring(14)), who).getContentAsString(StandardCharsets.UTF_8));
            }
        }
        bodies.add(call(get("/api/persons").param("q", "徐").param("size", "100"), INVESTIGATOR)
                .getContentAsString(StandardCharsets.UTF_8));
        for (String body : bodies) {
            assertThat(body).doesNotContainPattern(FULL_ID).contains("\"maskedId\":\"").doesNotContain("\"id\":\"4");
        }
        JsonNode masked = search("徐", 0, 100, INVESTIGATOR);
        masked.get("items").forEach(item -> {
            assertThat(item.has("id")).isFalse();
            assertThat(item.get("maskedId").asText()).matches("\\d{6}\\*{8}\\d{3}[\\dX]|.*[^\\d].*");
        });
        // The same search with clear data shows the numbers.
        JsonNode clear = search("徐", 0, 100, AUDITOR);
        assertThat(clear.get("items").size()).isPositive();
        clear.get("items").forEach(item -> assertThat(item.get("maskedId").asText()).isEqualTo(item.get("id").asText()));
    }

    @Test
    void aViewerOfAnotherRegionFindsNoOneAndGets404ForAProfile() throws Exception {
        Record r = rows("MATCH (p:Person) WHERE p.regionCode STARTS WITH '410728' AND size(p.name) >= 2 "
                + "RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 1", Map.of()).get(0);
        String ref = refs.ref(r.get("id").asString());
        JsonNode none = search(r.get("name").asString(), 0, 20, ELSEWHERE);
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("items").size()).isZero();
        assertThat(search(ref, 0, 20, ELSEWHERE).get("total").asLong()).isZero();
        assertThat(search(r.get("id").asString().substring(14), 0, 20, ELSEWHERE).get("total").asLong()).isZero();
        MockHttpServletResponse profile = call(get("/api/persons/" + ref), ELSEWHERE);
        assertThat(profile.getStatus()).isEqualTo(404);
        assertThat(profile.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(r.get("name").asString());
        // A viewer of one township sees exactly its persons.
        String township = r.get("id").asString().isEmpty() ? "" : rows(
                "MATCH (p:Person {id: $id}) RETURN substring(p.regionCode, 0, 9) AS t", Map.of("id", r.get("id").asString()))
                .get(0).get("t").asString();
        RequestPostProcessor local = user(new AppUser("township", "-", Set.of(Role.INVESTIGATOR), List.of(township),
                false, true));
        String surname = r.get("name").asString().substring(0, 1);
        JsonNode scoped = search(surname, 0, 100, local);
        assertThat(scoped.get("total").asLong()).isEqualTo(count("MATCH (p:Person) WHERE p.name CONTAINS $q "
                + "AND p.regionCode STARTS WITH $t RETURN count(p)", Map.of("q", surname, "t", township)));
        scoped.get("items").forEach(i -> assertThat(i.get("regionCode").asText()).startsWith(township));
        // Unknown persons are 404 too.
        assertThat(call(get("/api/persons/" + refs.ref("nobody-at-all")), INVESTIGATOR).getStatus()).isEqualTo(404);
    }

    @Test
    void anOfficialsProfileListsHisPostsAndTheGrantsHeHandledOrApproved() throws Exception {
        Record o = rows("""
                MATCH (p:Person)-[:HOLDS]->(:Post)
                WITH p, COUNT { (p)-[:HANDLED|APPROVED]->(:Grant) } AS n WHERE n > 0
                RETURN p.id AS id ORDER BY n DESC, p.id LIMIT 1""", Map.of()).get(0);
        String id = o.get("id").asString();
        JsonNode profile = ok(get("/api/persons/" + refs.ref(id)), AUDITOR);
        assertThat(profile.at("/person/id").asText()).isEqualTo(id);
        assertThat(profile.at("/person/roles").toString()).contains("OFFICIAL");
        List<Record> posts = rows("MATCH (:Person {id: $id})-[:HOLDS]->(p:Post) RETURN p.title AS title, "
                + "p.unit AS unit, toString(p.startDate) AS start", Map.of("id", id));
        assertThat(profile.get("posts").size()).isEqualTo(posts.size());
        Set<String> titles = new HashSet<>();
        profile.get("posts").forEach(p -> titles.add(p.get("title").asText() + "|" + p.get("organisation").asText()
                + "|" + p.get("from").asText()));
        assertThat(titles).containsExactlyInAnyOrderElementsOf(posts.stream().map(p -> p.get("title").asString() + "|"
                + p.get("unit").asString() + "|" + p.get("start").asString()).toList());
        Set<String> handled = new HashSet<>(rows("MATCH (:Person {id: $id})-[:HANDLED|APPROVED]->(g:Grant) "
                + "RETURN DISTINCT g.id AS id", Map.of("id", id)).stream().map(r -> r.get("id").asString()).toList());
        assertThat(profile.at("/counts/grantsHandled").asLong()).isEqualTo(handled.size());
        Set<String> shown = new HashSet<>();
        profile.get("grantsHandled").forEach(g -> {
            shown.add(g.get("id").asText());
            String handler = g.at("/handledBy/ref").asText(null);
            String approver = g.at("/approvedBy/ref").asText(null);
            assertThat(List.of(String.valueOf(handler), String.valueOf(approver))).contains(refs.ref(id));
            assertThat(g.get("programName").asText()).isNotBlank();
        });
        assertThat(shown).isEqualTo(handled.size() <= PersonProfiles.LIST_LIMIT ? handled : shown).isSubsetOf(handled);
    }

    @Test
    void aBeneficiarysProfileListsHisGrantsAndSumsTheirPayments() throws Exception {
        Record b = rows("""
                MATCH (p:Person)-[:RECEIVED]->(:Grant)-[:DISBURSED]->(:Payment)
                RETURN p.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1""", Map.of()).get(0);
        String id = b.get("id").asString();
        JsonNode profile = ok(get("/api/persons/" + refs.ref(id)).header("Accept-Language", "zh-CN"), INVESTIGATOR);
        assertThat(profile.at("/person/roles").toString()).contains("BENEFICIARY");
        Set<String> grants = new HashSet<>(rows("MATCH (:Person {id: $id})-[:RECEIVED]->(g:Grant) RETURN g.id AS id",
                Map.of("id", id)).stream().map(r -> r.get("id").asString()).toList());
        Set<String> shown = new HashSet<>();
        profile.get("grantsReceived").forEach(g -> {
            shown.add(g.get("id").asText());
            assertThat(g.at("/beneficiary/ref").asText()).isEqualTo(refs.ref(id));
        });
        assertThat(shown).isEqualTo(grants);
        Record pay = rows("""
                MATCH (:Person {id: $id})-[:RECEIVED]->(:Grant)-[:DISBURSED]->(x:Payment)
                RETURN count(x) AS n, sum(x.amount) AS total, toString(min(x.paidDate)) AS first,
                       toString(max(x.paidDate)) AS last""", Map.of("id", id)).get(0);
        assertThat(profile.at("/payments/count").asLong()).isEqualTo(pay.get("n").asLong());
        assertThat(profile.at("/payments/total").asDouble()).isCloseTo(pay.get("total").asDouble(),
                org.assertj.core.data.Offset.offset(0.001));
        assertThat(profile.at("/payments/first").asText()).isEqualTo(pay.get("first").asString());
        assertThat(profile.at("/payments/last").asText()).isEqualTo(pay.get("last").asString());
        // Programme names in the request's language.
        String program = profile.at("/grantsReceived/0/program").asText();
        String zh = profile.at("/grantsReceived/0/programName").asText();
        JsonNode en = ok(get("/api/persons/" + refs.ref(id)).header("Accept-Language", "en"), INVESTIGATOR);
        assertThat(zh).matches(".*\\p{IsHan}.*");
        assertThat(en.at("/grantsReceived/0/programName").asText()).doesNotMatch(".*\\p{IsHan}.*").isNotEqualTo(program);
    }

    @Test
    void theHouseholdListsEveryMemberWithHisRelationCode() throws Exception {
        Record h = rows("""
                MATCH (h:Household)<-[:MEMBER_OF]-(p:Person)
                WITH h, count(p) AS n, min(p.id) AS someone WHERE n >= 3
                RETURN h.id AS household, someone ORDER BY n DESC, household LIMIT 1""", Map.of()).get(0);
        String id = h.get("someone").asString();
        Map<String, String> expected = new HashMap<>();
        rows("MATCH (:Household {id: $h})<-[m:MEMBER_OF]-(p:Person) RETURN p.id AS id, m.relationCode AS code",
                Map.of("h", h.get("household").asString()))
                .forEach(r -> expected.put(refs.ref(r.get("id").asString()), r.get("code").asString()));
        JsonNode profile = ok(get("/api/persons/" + refs.ref(id)).header("Accept-Language", "en"), INVESTIGATOR);
        Map<String, String> shown = new HashMap<>();
        profile.get("household").forEach(m -> {
            shown.put(m.at("/person/ref").asText(), m.get("relation").asText());
            assertThat(m.get("relationName").asText()).isNotBlank().doesNotMatch(".*\\p{IsHan}.*");
        });
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void relativesAreThoseTheKinshipReportGivesForEachScope() throws Exception {
        Record p = rows("""
                MATCH (p:Person)-[:SPOUSE_OF]-(), (p)-[:PARENT_OF]->(), (p)<-[:PARENT_OF]-()
                RETURN p.id AS id ORDER BY p.id LIMIT 1""", Map.of()).get(0);
        String ref = refs.ref(p.get("id").asString());
        JsonNode profile = ok(get("/api/persons/" + ref), INVESTIGATOR);
        assertThat(profile.get("relatives").size()).isPositive();
        for (String scope : List.of("CIVIL_CODE_NEAR", "CIVIL_SERVANT_RECUSAL", "DIBAO_FILING")) {
            JsonNode report = ok(get("/api/persons/" + ref + "/relatives").param("scope", scope), INVESTIGATOR);
            Set<String> expected = new LinkedHashSet<>();
            report.get("relatives").forEach(r -> expected.add(r.get("toRef").asText()));
            Set<String> shown = new LinkedHashSet<>();
            profile.get("relatives").forEach(r -> {
                if (r.get("scopeCodes").toString().contains("\"" + scope + "\"")) {
                    shown.add(r.at("/person/ref").asText());
                }
            });
            assertThat(shown).as(scope).isEqualTo(expected);
        }
        profile.get("relatives").forEach(r -> {
            assertThat(r.get("term").asText()).matches(".*\\p{IsHan}.*");
            assertThat(r.get("scopes").size()).isEqualTo(r.get("scopeCodes").size()).isPositive();
        });
    }

    @Test
    void theLeadsInvolvingHimInTheViewersRegionsAreListed() throws Exception {
        String id = rows("MATCH (p:Person) WHERE p.regionCode STARTS WITH '410728' RETURN p.id AS id ORDER BY p.id "
                + "SKIP 7 LIMIT 1", Map.of()).get(0).get("id").asString();
        graph.run("""
                MATCH (p:Person {id: $id})
                MERGE (l:Lead {id: 'persons-test-lead-1'})
                SET l.key = 'persons-test|1', l.ruleId = 'KIN-001', l.title = 'Relative of the approving official',
                    l.severity = 'HIGH', l.status = 'OPEN', l.score = 0.8, l.regionCode = p.regionCode
                MERGE (l)-[:INVOLVES {role: 'BENEFICIARY'}]->(p)
                MERGE (m:Lead {id: 'persons-test-lead-2'})
                SET m.key = 'persons-test|2', m.ruleId = 'PAY-004', m.title = 'Elsewhere', m.severity = 'LOW',
                    m.status = 'OPEN', m.score = 0.2, m.regionCode = '420111001'
                MERGE (m)-[:INVOLVES {role: 'SUBJECT'}]->(p)
                """, Map.of("id", id));
        JsonNode all = ok(get("/api/persons/" + refs.ref(id)), INVESTIGATOR);
        List<String> ids = new ArrayList<>();
        all.get("leads").forEach(l -> ids.add(l.get("id").asText()));
        assertThat(ids).containsExactly("persons-test-lead-1", "persons-test-lead-2");
        JsonNode lead = all.at("/leads/0");
        assertThat(lead.get("rule").asText()).isEqualTo("KIN-001");
        assertThat(lead.get("severity").asText()).isEqualTo("HIGH");
        assertThat(lead.get("status").asText()).isEqualTo("OPEN");
        assertThat(lead.get("score").asDouble()).isEqualTo(0.8);
        RequestPostProcessor county = user(new AppUser("county-only", "-", Set.of(Role.ANALYST), List.of("410728"),
                false, true));
        JsonNode local = ok(get("/api/persons/" + refs.ref(id)), county);
        assertThat(local.get("leads").size()).isEqualTo(1);
        assertThat(local.at("/counts/leads").asLong()).isEqualTo(1);
    }
}
