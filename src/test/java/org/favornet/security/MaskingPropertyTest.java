package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * For random persons (fixed seed) whose identifiers also sit in free text in awkward places (glued
 * to Latin letters or other digits, in full-width digits, cards written in groups, phones after
 * Chinese text), no answer to any role without clear data (persons, relations, paths, circles,
 * leads, all six export formats with the zip unpacked, import reports and rejects files) contains
 * a full resident ID, account or card number or phone, or a birth date finer than the year (the
 * digits a masked ID hides).
 */
@GraphTest
class MaskingPropertyTest {

    private static final long SEED = 20261203L;
    private static final int PERSONS = 14;
    private static final String REGION = "410102001";
    private static final String LEAD = "6f1d2c3b-0000-4000-8000-00000000f00d";
    private static final List<String> NAMES = List.of("张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄强",
            "周杰", "吴霞", "徐涛", "孙丽", "马超", "朱红");

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;
    @Autowired PersonRefs refs;
    final ObjectMapper json = new ObjectMapper();

    record Person(String id, LocalDate birth, String phone, String account, String card) {}

    private static String residentId(Random r, LocalDate birth) {
        String first17 = "410102" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        return SeededCounty.residentId(first17);
    }

    private static String digits(Random r, String prefix, int length) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < length) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c);
        }
        return b.toString();
    }

    private static String grouped(String s, char separator) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(separator);
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    /** One of the awkward ways a number turns up in free text. */
    private static String awkward(Random r, String number) {
        return switch (r.nextInt(8)) {
            case 0 -> "编号" + number + "abc";
            case 1 -> "9" + number + "号";
            case 2 -> fullWidth(number);
            case 3 -> grouped(number, ' ');
            case 4 -> grouped(number, '-');
            case 5 -> "tel:" + number + "转";
            case 6 -> number + "X1";
            default -> "（" + number + "）";
        };
    }

    private List<Person> seed(Random r) {
        graph.clear();
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            LocalDate birth = LocalDate.of(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
            persons.add(new Person(residentId(r, birth), birth, digits(r, "1" + (3 + r.nextInt(7)), 11),
                    digits(r, "622848", 19), digits(r, "621700", 16)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            Person p = persons.get(i);
            Person other = persons.get(r.nextInt(PERSONS));
            Map<String, Object> row = new HashMap<>();
            row.put("id", p.id());
            row.put("name", NAMES.get(i));
            row.put("gender", (p.id().charAt(16) - '0') % 2 == 1 ? "M" : "F");
            row.put("birth", p.birth());
            row.put("phone", p.phone());
            row.put("account", i % 2 == 0 ? p.account() : p.card());
            row.put("address", "幸福村" + awkward(r, other.id()) + "，电话" + awkward(r, other.phone()));
            row.put("tip", "举报：" + awkward(r, other.card()) + "；" + awkward(r, other.account()) + "；"
                    + awkward(r, other.id()) + "生于" + other.birth());
            row.put("parent", i == 0 ? null : persons.get(r.nextInt(i)).id());
            row.put("friend", persons.get(r.nextInt(PERSONS)).id());
            rows.add(row);
        }
        graph.run("""
                UNWIND $rows AS row
                CREATE (p:Person {id: row.id, name: row.name, gender: row.gender, birthDate: row.birth,
                        regionCode: $region, phone: row.phone, address: row.address, source: 'seed'})
                CREATE (a:Account {id: row.account, bank: '农业银行 ' + row.account})
                CREATE (p)-[:OWNS]->(a)
                CREATE (t:Tip {id: 'tip-' + row.id, date: date('2024-05-01'), channel: '12345', text: row.tip})
                CREATE (t)-[:ABOUT]->(p)
                """, Map.of("rows", rows, "region", REGION));
        graph.run("""
                UNWIND $rows AS row
                MATCH (c:Person {id: row.id}), (p:Person {id: row.parent})
                CREATE (p)-[:PARENT_OF {kind: 'BIRTH', basis: 'STATED', startDate: row.birth,
                        provenance: ['household:' + row.parent]}]->(c)
                """, Map.of("rows", rows.stream().filter(m -> m.get("parent") != null).toList()));
        graph.run("""
                UNWIND $rows AS row
                MATCH (a:Person {id: row.id}), (b:Person {id: row.friend})
                WHERE a <> b
                CREATE (a)-[:KNOWS {kind: 'FRIEND', source: 'notes ' + row.phone}]->(b)
                """, Map.of("rows", rows));
        Person official = persons.get(0);
        Person relative = persons.get(PERSONS - 1);
        String sentence = "张伟 (电话" + official.phone() + ", 身份证" + fullWidth(relative.id()) + ") approved "
                + grouped(relative.card(), ' ');
        graph.run("""
                MATCH (o:Person {id: $o}), (b:Person {id: $b})
                CREATE (g:Grant {id: 'G-1', program: 'DIBAO', amount: 3600.0, regionCode: $region,
                        appliedDate: date('2023-01-05'), approvedDate: date('2023-02-01'), note: $sentence})
                CREATE (b)-[:RECEIVED]->(g), (o)-[:APPROVED]->(g)
                CREATE (l:Lead {id: $lead, key: 'KIN-001|' + $o, ruleId: 'KIN-001', ruleVersion: 1, title: 'Relative',
                        severity: 'HIGH', scope: 'CSL_74', score: 0.9, priority: 1.0, status: 'OPEN', officialId: $o,
                        sentence: $sentence, regionCode: $region, createdAt: datetime(), updatedAt: datetime(),
                        evidence: '{"personIds":["' + $o + '","' + $b + '"],"grantIds":["G-1"],"paths":[{"personIds":["'
                                  + $o + '","' + $b + '"],"terms":["relative"],"chain":"P"}],"sentence":"' + $sentence + '"}'})
                CREATE (l)-[:INVOLVES {role: 'OFFICIAL'}]->(o), (l)-[:INVOLVES {role: 'SUBJECT'}]->(b),
                       (l)-[:INVOLVES {role: 'GRANT'}]->(g)
                """, Map.of("o", official.id(), "b", relative.id(), "region", REGION, "lead", LEAD,
                "sentence", sentence));
        return persons;
    }

    /** Every full number and every written form of a birth date that must not leave. */
    private static Set<String> secrets(List<Person> persons) {
        Set<String> out = new LinkedHashSet<>();
        for (Person p : persons) {
            out.addAll(List.of(p.id(), p.phone(), p.account(), p.card()));
            LocalDate b = p.birth();
            out.add(b.toString());
            out.add(b.toString().replace("-", ""));
            out.add(b.getYear() + "年" + b.getMonthValue() + "月" + b.getDayOfMonth() + "日");
        }
        return out;
    }

    private List<MockHttpServletRequestBuilder> requests(Random r, List<Person> persons) throws Exception {
        List<MockHttpServletRequestBuilder> out = new ArrayList<>();
        out.add(get("/api/leads"));
        out.add(get("/api/leads/" + LEAD));
        for (int k = 0; k < 4; k++) {
            String a = refs.ref(persons.get(r.nextInt(PERSONS)).id());
            String b = refs.ref(persons.get(r.nextInt(PERSONS)).id());
            out.add(get("/api/persons/" + a + "/relatives").param("scope", "CIVIL_CODE_NEAR"));
            out.add(get("/api/persons/" + a + "/relatives"));
            out.add(get("/api/relations").param("from", a).param("to", b));
            out.add(get("/api/paths").param("from", a).param("to", b).param("k", "3")
                    .param("ties", "KIN,KNOWS,SHARED"));
            out.add(get("/api/persons/" + a + "/circle").param("hops", "2"));
        }
        for (String format : MaskingRegressionTest.FORMATS) {
            out.add(get("/api/leads/" + LEAD + "/export").param("format", format));
            String seed = refs.ref(persons.get(r.nextInt(PERSONS)).id());
            out.add(post("/api/exports").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                    Map.of("seeds", List.of(seed), "hops", 2, "format", format, "grantsAround", true,
                            "ties", List.of("KIN", "KNOWS", "OWNS", "TIPS", "GRANTS")))));
        }
        return out;
    }

    /** Rejected rows carrying every number, with a wrong birth date so the reason names the right one. */
    private static String badPersons(Random r, List<Person> persons) {
        StringBuilder csv = new StringBuilder("person_id,name,gender,birth_date,phone,address\n");
        for (Person p : persons) {
            csv.append(p.id()).append(",＝1+1,").append((p.id().charAt(16) - '0') % 2 == 1 ? "M" : "F").append(',')
                    .append(p.birth().plusDays(1)).append(',').append(p.phone()).append(",\"")
                    .append(awkward(r, p.card())).append(' ').append(awkward(r, p.account())).append("\"\n");
        }
        return csv.toString();
    }

    @Test
    void noAnswerToAnyRoleWithoutClearDataCarriesAFullNumberOrABirthDate() throws Exception {
        Random r = new Random(SEED);
        List<Person> persons = seed(r);
        Set<String> secrets = secrets(persons);
        MaskedViewers viewers = new MaskedViewers(mvc, users, encoder);
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        roles.put("investigator", viewers.user("prop-investigator", Set.of(Role.INVESTIGATOR), List.of(""), false));
        roles.put("analyst", viewers.user("prop-analyst", Set.of(Role.ANALYST), List.of(""), false));
        roles.put("both", viewers.user("prop-both", Set.of(Role.INVESTIGATOR, Role.ANALYST), List.of("41"), false));
        roles.put("officer", viewers.user("prop-officer", Set.of(Role.DATA_OFFICER), List.of(""), false));
        Map<Integer, Integer> answered = new java.util.TreeMap<>();
        for (Map.Entry<String, String> role : roles.entrySet()) {
            List<MockHttpServletRequestBuilder> requests = requests(new Random(SEED), persons);
            for (MockHttpServletRequestBuilder request : requests) {
                MockHttpServletResponse res = viewers.perform(request, role.getValue());
                assertThat(res.getStatus()).isNotEqualTo(500);
                if (res.getStatus() == 200) {
                    answered.merge(requests.indexOf(request), 1, Integer::sum);
                }
                assertNoSecret(role.getKey(), MaskedViewers.text(res), secrets);
            }
        }
        // Rejects: the officer's report, job and file.
        MockHttpServletResponse report = viewers.perform(post("/api/imports/persons").contentType("text/csv")
                .content(badPersons(r, persons).getBytes(StandardCharsets.UTF_8)), roles.get("officer"));
        assertThat(report.getStatus()).isEqualTo(200);
        JsonNode reportJson = json.readTree(report.getContentAsString(StandardCharsets.UTF_8));
        assertThat(reportJson.get("rejected").asInt()).isEqualTo(PERSONS);
        String job = reportJson.get("id").asText();
        MockHttpServletResponse jobAnswer = viewers.perform(get("/api/imports/jobs/" + job), roles.get("officer"));
        MockHttpServletResponse rejects = viewers.perform(get("/api/imports/jobs/" + job + "/rejects.csv"),
                roles.get("officer"));
        assertThat(rejects.getStatus()).isEqualTo(200);
        for (MockHttpServletResponse res : List.of(report, jobAnswer, rejects)) {
            assertNoSecret("officer", MaskedViewers.text(res), secrets);
        }
        assertThat(rejects.getContentAsString(StandardCharsets.UTF_8)).contains("'＝1+1");
        // The test must have seen real answers: every request answered 200 to at least one role.
        assertThat(answered.keySet()).hasSize(requests(new Random(SEED), persons).size());
    }

    private static void assertNoSecret(String role, String body, Set<String> secrets) {
        String joined = MaskedViewers.digitsJoined(body);
        for (String secret : secrets) {
            int at = Math.max(joined.indexOf(secret), body.indexOf(secret));
            String in = at < 0 ? "" : (joined.contains(secret) ? joined : body);
            assertThat(at).as(role + " sees " + secret + " in ..."
                    + (at < 0 ? "" : in.substring(Math.max(0, at - 300), Math.min(in.length(), at + 100))) + "...")
                    .isNegative();
        }
    }
}
