package org.favornet.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.favornet.TestGraph;
import org.favornet.graph.CypherFiles;
import org.favornet.security.AppUser;
import org.favornet.security.PersonRefs;
import org.favornet.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Person search on a large synthetic county: {@code GET /api/persons} through the whole HTTP stack (security,
 * masking, audit), and the name query with its text index against the same query made to scan every person.
 * Off by default; on demand: {@code mvn -B -o test -Dtest=PersonSearchBenchRun -Dbench.persons=1000000}.
 */
@SpringBootTest(properties = {"favornet.data-dir=target/bench-data"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.persons", matches = "\\d+")
class PersonSearchBenchRun {

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬飞鑫波斌宇浩凯健俊帆帅旭宁"
            + "龙林欣建国建华志强志明海燕春梅丹雪梅婷玉兰晶文辉力永成福生荣德胜祥山水清和顺安家兴宝贵金银").split("");
    private static final RequestPostProcessor INVESTIGATOR = user(new AppUser("bench-investigator", "-",
            Set.of(Role.INVESTIGATOR), List.of("410728"), false, true));
    private static final RequestPostProcessor AUDITOR = user(new AppUser("bench-auditor", "-",
            Set.of(Role.INVESTIGATOR, Role.ANALYST), List.of(""), true, true));

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired Driver driver;
    @Autowired PersonRefs refs;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void searchesALargeCounty() throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.persons"));
        graph.clear();
        long t0 = System.nanoTime();
        try (var s = driver.session()) {
            s.run("""
                    UNWIND range(0, $n - 1) AS i
                    CALL (i) {
                      WITH i, (i * 7919) % 1000003 AS h
                      CREATE (:Person {
                        id: '410728' + right('0000000000' + toString(19400101 + i), 11) + toString(i % 10),
                        name: $surnames[h % size($surnames)] + $given[(h / 7) % size($given)]
                              + CASE WHEN h % 3 = 0 THEN '' ELSE $given[(h / 131) % size($given)] END,
                        regionCode: '410728' + toString(101 + i % 20) + toString(201 + (i / 20) % 30),
                        gender: CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END})
                    } IN TRANSACTIONS OF 20000 ROWS
                    """, Map.of("n", n, "surnames", Arrays.asList(SURNAMES), "given", Arrays.asList(GIVEN))).consume();
            s.run("CALL db.awaitIndexes(600)").consume();
        }
        System.out.printf("created %,d persons in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        String someone = "410728" + String.format("%011d", 19400101 + n / 2) + (n / 2 % 10);
        String name = graph.run("MATCH (p:Person {id: $id}) RETURN p.name AS n", Map.of("id", someone)).get(0)
                .get("n").asString();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("one character (a surname)", name.substring(0, 1));
        queries.put("two characters (a given name)", name.length() == 3 ? name.substring(1) : name);
        queries.put("a full name", name);
        queries.put("last 4 of an ID", someone.substring(14));
        queries.put("a ref", refs.ref(someone));
        System.out.println("| query | q | total | median ms | p95 ms |");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            long[] total = {0};
            double[] ms = time(30, () -> {
                try {
                    MockHttpServletResponse res = mvc.perform(get("/api/persons").param("q", q.getValue())
                            .with(INVESTIGATOR)).andReturn().getResponse();
                    assertThat(res.getStatus()).isEqualTo(200);
                    JsonNode page = json.readTree(res.getContentAsString(StandardCharsets.UTF_8));
                    total[0] = page.get("total").asLong();
                    return null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf("| %s | %s | %,d | %.1f | %.1f |%n", q.getKey(), q.getValue().startsWith("p.") ? "p.…"
                    : q.getValue(), total[0], ms[0], ms[1]);
        }
        String last8 = someone.substring(10);
        double[] clear = time(30, () -> {
            try {
                return mvc.perform(get("/api/persons").param("q", last8).with(AUDITOR)).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf("| last 8 of an ID, clear data | %s | | %.1f | %.1f |%n", last8, clear[0], clear[1]);
        // The name query as the service runs it, and the same made to scan every person instead of the text index.
        String indexed = new CypherFiles().text("persons/search_name.cypher");
        String scanned = indexed.replace("USING TEXT INDEX p:Person(name)", "USING SCAN p:Person");
        assertThat(scanned).isNotEqualTo(indexed);
        for (String q : List.of(name.substring(0, 1), name)) {
            Map<String, Object> params = Map.of("q", q, "regions", List.of("410728"), "skip", 0L, "limit", 20L);
            double[] a = time(10, () -> run(indexed, params));
            double[] b = time(5, () -> run(scanned, params));
            System.out.printf("| name query '%s': text index | median %.1f ms, p95 %.1f | label scan | median %.1f ms,"
                    + " p95 %.1f |%n", q, a[0], a[1], b[0], b[1]);
        }
    }

    private Object run(String query, Map<String, Object> params) {
        try (var s = driver.session()) {
            return s.run(query, params).list();
        }
    }

    /** Median and 95th percentile in ms over {@code rounds} calls after 3 warm-up calls. */
    private static double[] time(int rounds, Supplier<Object> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(null);
        return new double[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1)};
    }
}
