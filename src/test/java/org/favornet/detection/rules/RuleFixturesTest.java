package org.favornet.detection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.detection.OfficialKin;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each rule against its own fixtures: {@code fire.cypher} must produce exactly the subjects its
 * {@code // expect:} line names (POST rules: the lead ids that got a tip), {@code miss.cypher} nothing.
 * KIN_OF ties are materialised first, as analysis stage 1 does.
 */
@GraphTest
class RuleFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules");

    @Autowired TestGraph graph;
    @Autowired RuleCatalog catalog;
    @Autowired RuleRunner runner;
    @Autowired OfficialKin kin;

    static RuleParameters params() {
        return new RuleParameters("CIVIL_SERVANT_RECUSAL", List.of(""), List.of(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 12, 31), 30, 0.1, List.of("ZUNLAO"), List.of("DIBAO", "TEKUN"), 180, 0.5);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsFireFixtureAndStaysSilentOnItsMissFixture() {
        assertThat(catalog.rules()).hasSizeGreaterThanOrEqualTo(10);
        return catalog.rules().stream().flatMap(rule -> Stream.of(
                DynamicTest.dynamicTest(rule.id() + " fires", () -> {
                    String fixture = load(rule, "fire.cypher");
                    Set<Set<String>> found = run(rule, fixture);
                    assertThat(found).as(rule.id() + " on fire.cypher").contains(expected(fixture));
                    assertThat(found).hasSize(1);
                }),
                DynamicTest.dynamicTest(rule.id() + " misses", () -> {
                    assertThat(run(rule, load(rule, "miss.cypher"))).as(rule.id() + " on miss.cypher").isEmpty();
                })));
    }

    private Set<Set<String>> run(Rule rule, String fixture) throws InterruptedException {
        graph.clear();
        for (String statement : fixture.split(";\\s*\n")) {
            if (!statement.replaceAll("(?m)^//.*$", "").isBlank()) {
                graph.run(statement);
            }
        }
        kin.materialise(kin.officials(List.of("")).stream().map(Official::id).toList());
        Set<Set<String>> out = new java.util.HashSet<>();
        if (rule.phase() == Rule.Phase.POST) {
            runner.post(rule, params());
            graph.run("MATCH (l:Lead) WHERE EXISTS { (l)-[:INVOLVES {role: 'TIP'}]->(:Tip) } AND l.priority > l.score "
                    + "RETURN l.id AS id").forEach(r -> out.add(Set.of(r.get("id").asString())));
            return out;
        }
        var keys = graph.run(catalog.text(rule), params().asMap());
        if (!keys.isEmpty()) {
            assertThat(keys.get(0).keys()).as("columns of " + rule.id()).isEqualTo(RuleHit.COLUMNS);
        }
        for (RuleHit hit : runner.hits(rule, params())) {
            assertThat(hit.sentence()).as("sentence of " + rule.id()).isNotBlank().doesNotContainIgnoringCase("guilty");
            // the Chinese sentence of the same hit: Chinese, with the same names and numbers as the English one
            assertThat(hit.sentenceZh()).as("Chinese sentence of " + rule.id()).containsPattern("\\p{IsHan}{4}")
                    .doesNotContain("Warrants", "null");
            java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(hit.sentence());
            while (digits.find()) {
                assertThat(hit.sentenceZh()).as("%s: %s in both sentences", rule.id(), digits.group())
                        .contains(digits.group());
            }
            out.add(new TreeSet<>(hit.subjectIds()));
        }
        return out;
    }

    private static Set<String> expected(String fixture) {
        for (String line : fixture.split("\n")) {
            if (line.startsWith("// expect:")) {
                return new TreeSet<>(List.of(line.substring("// expect:".length()).strip().split("\\s*,\\s*")));
            }
        }
        throw new AssertionError("fire fixture without an // expect: line");
    }

    private static String load(Rule rule, String name) throws IOException {
        return Files.readString(FIXTURES.resolve(rule.id()).resolve(name));
    }
}
