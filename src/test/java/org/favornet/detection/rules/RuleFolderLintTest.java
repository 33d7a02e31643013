package org.favornet.detection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One lint over the whole rule folder, like a Sigma / semgrep rule repository's CI check. */
class RuleFolderLintTest {

    private static final Path RULES = Path.of("cypher/rules");
    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(RULES)) {
            return s.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
    }

    @Test
    void everyRuleHasACompleteHeaderAUniqueIdMatchingItsFileNameAndAKnownSeverity() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files()) {
            String text = Files.readString(f);
            try {
                Rule rule = RuleCatalog.parse(f.getFileName().toString(), text);
                if (!ids.add(rule.id())) {
                    problems.add(f + ": duplicate id " + rule.id());
                }
                if (!f.getFileName().toString().startsWith(rule.id() + "_")) {
                    problems.add(f + ": file name does not start with id " + rule.id());
                }
                if (!rule.id().matches("[a-z]+_\\d{3}")) {
                    problems.add(f + ": id " + rule.id() + " is not <family>_<nnn>");
                }
                if (rule.version() < 1) {
                    problems.add(f + ": version must be >= 1");
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        assertThat(files()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleHasAFireAndAMissFixture() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path f : files()) {
            String id = RuleCatalog.parse(f.getFileName().toString(), Files.readString(f)).id();
            for (String fixture : List.of("fire.cypher", "miss.cypher")) {
                if (!Files.isRegularFile(FIXTURES.resolve(id).resolve(fixture))) {
                    missing.add(id + "/" + fixture);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void rulesUseOnlyTheDeclaredParametersAndTheScopeExactlyWhenTheHeaderSaysSo() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : files()) {
            String text = Files.readString(f);
            Rule rule = RuleCatalog.parse(f.getFileName().toString(), text);
            Set<String> used = new TreeSet<>();
            Matcher m = PARAM.matcher(body(text));
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> unknown = new TreeSet<>(used);
            unknown.removeAll(RuleParameters.NAMES);
            if (!unknown.isEmpty()) {
                problems.add(f + ": unknown parameters " + unknown);
            }
            if (rule.usesScope() != used.contains("scope")) {
                problems.add(f + ": header scope '" + (rule.usesScope() ? "relation" : "none") + "' but $scope "
                        + (used.contains("scope") ? "used" : "unused"));
            }
            if (body(text).replaceAll("'[^']*'|\"[^\"]*\"", "").contains(";")) {
                problems.add(f + ": more than one statement");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rulesReturnExactlyTheFixedColumnsInOrder() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : files()) {
            String text = Files.readString(f);
            Rule rule = RuleCatalog.parse(f.getFileName().toString(), text);
            List<String> expected = rule.phase() == Rule.Phase.LEAD ? RuleHit.COLUMNS : RuleHit.POST_COLUMNS;
            List<String> returned = returnedColumns(body(text));
            if (!returned.equals(expected)) {
                problems.add(f + ": returns " + returned);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLintSeesAMissingColumnAndAForeignParameter() {
        String broken = "MATCH (g:Grant) WHERE g.x = $secret\nRETURN g.id AS grantIds, 1 AS baseScore";
        assertThat(returnedColumns(broken)).containsExactly("grantIds", "baseScore");
        Matcher m = PARAM.matcher(broken);
        assertThat(m.find()).isTrue();
        assertThat(RuleParameters.NAMES).doesNotContain(m.group(1));
    }

    /** The text below the header, with line comments removed. */
    static String body(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("//")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Aliases of the last RETURN clause, split at top-level commas (outside brackets and strings). */
    static List<String> returnedColumns(String body) {
        int at = body.lastIndexOf("RETURN ");
        String clause = body.substring(at + "RETURN ".length()).strip();
        List<String> items = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        for (char ch : clause.toCharArray()) {
            if (quote != 0) {
                cur.append(ch);
                if (ch == quote) {
                    quote = 0;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if ("([{".indexOf(ch) >= 0) {
                depth++;
            } else if (")]}".indexOf(ch) >= 0) {
                depth--;
            } else if (ch == ',' && depth == 0) {
                items.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(ch);
        }
        items.add(cur.toString().strip());
        List<String> aliases = new ArrayList<>();
        for (String item : items) {
            Matcher m = Pattern.compile("(?s).*\\bAS\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*$").matcher(item);
            aliases.add(m.matches() ? m.group(1) : item.strip());
        }
        return aliases;
    }
}
