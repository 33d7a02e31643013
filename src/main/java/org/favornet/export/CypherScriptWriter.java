package org.favornet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;

/**
 * A Cypher script that recreates the subgraph in another Neo4j (run it with
 * {@code cypher-shell -f}): uniqueness constraints on each label's key, one {@code MERGE} per node
 * on its key then {@code SET +=} of its properties, one {@code MERGE} per relationship on its type
 * and properties. Running it twice changes nothing. Every value is a literal built by
 * {@link CypherLiterals} (strings escaped, dates as {@code date('...')}); labels, types and keys
 * are backtick-quoted. One statement per line, each ending with {@code ;}.
 */
final class CypherScriptWriter implements SubgraphWriter {

    @Override
    public void write(EvidenceSubgraph g, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("// favornet export: " + oneLine(g.title()) + "\n");
        w.write("// " + g.nodeCount() + " nodes, " + g.edgeCount() + " relationships; idempotent (MERGE on keys).\n");
        TreeSet<String> constraints = new TreeSet<>();
        for (Node n : g.nodes()) {
            constraints.add("CREATE CONSTRAINT IF NOT EXISTS FOR (n:" + CypherLiterals.name(n.type()) + ") REQUIRE n."
                    + CypherLiterals.name(n.keyProperty()) + " IS UNIQUE;\n");
        }
        for (String c : constraints) {
            w.write(c);
        }
        for (Node n : g.nodes()) {
            w.write("MERGE (n:" + CypherLiterals.name(n.type()) + " {" + key(n) + "})");
            Map<String, TypedValue> rest = new java.util.LinkedHashMap<>(n.properties());
            rest.remove(n.keyProperty());
            if (!rest.isEmpty()) {
                w.write(" SET n += " + CypherLiterals.map(rest));
            }
            w.write(";\n");
        }
        for (Edge e : g.edges()) {
            w.write("MATCH (a:" + CypherLiterals.name(e.source().type()) + " {" + key(e.source()) + "}) MATCH (b:"
                    + CypherLiterals.name(e.target().type()) + " {" + key(e.target()) + "}) MERGE (a)-[:"
                    + CypherLiterals.name(e.type()) + (e.properties().isEmpty() ? "" : " " + CypherLiterals.map(e.properties()))
                    + "]->(b);\n");
        }
        w.flush();
    }

    private static String key(Node n) {
        TypedValue k = n.properties().get(n.keyProperty());
        return CypherLiterals.name(n.keyProperty()) + ": " + CypherLiterals.literal(k == null ? TypedValue.text(n.id()) : k);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\u2028\\u2029]", " ");
    }
}
