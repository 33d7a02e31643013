package org.favornet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cypher lives in {@code cypher/*.cypher} files run through {@code graph/CypherRunner}, never in Java
 * string literals; the one exception is the Cypher export writer, whose output is Cypher.
 */
class CypherInJavaTest {

    /** Files whose job is to write Cypher text. */
    private static final Set<String> WRITERS = Set.of("org/favornet/export/CypherScriptWriter.java",
            "org/favornet/export/CypherLiterals.java");

    /** Clause shapes no prose sentence has. */
    static final Pattern CYPHER = Pattern.compile(
            "\\b(MATCH|MERGE|CREATE) \\(|\\bRETURN [\\w(]|\\bUNWIND \\$|DETACH DELETE|\\bCALL (db|dbms|apoc)\\.|\\bSHOW [A-Z]+"
                    + "|\\bSET \\w+\\.\\w+ =|\\bWITH \\w+(, \\w+)* (MATCH|WHERE|RETURN)\\b");

    /** Text blocks, then ordinary string literals (escapes included). */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    static List<String> cypherLiterals(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
            String text = m.group(1) != null ? m.group(1) : m.group(2);
            if (CYPHER.matcher(text).find()) {
                found.add(text.strip().replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    @Test
    void noJavaSourceOutsideTheCypherExportWriterHoldsCypherText() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!WRITERS.contains(name)) {
                    cypherLiterals(Files.readString(f)).forEach(c -> violations.add(name + ": " + c));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanFindsCypherInLiteralsAndTextBlocksButNotInProseOrComments() {
        assertThat(cypherLiterals("String q = \"MATCH (p:Person) RETURN p\";")).hasSize(1);
        assertThat(cypherLiterals("String q = \"\"\"\n    UNWIND $rows AS row\n    MERGE (p:Person {id: row.id})\n\"\"\";"))
                .hasSize(1);
        assertThat(cypherLiterals("run(\"CALL db.labels()\"); run(\"SHOW INDEXES\"); run(\"DETACH DELETE n\");")).hasSize(3);
        assertThat(cypherLiterals("// MATCH (p) RETURN p in a comment\nString s = \"Return the leads (by priority)\";"))
                .isEmpty();
        assertThat(cypherLiterals("String s = \"the service: create (or reuse) a match\";")).isEmpty();
    }
}
