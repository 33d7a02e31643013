package org.favornet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT through JGraphT's {@link DOTExporter}. Node ids are {@code n0, n1, ...} (DOT ids
 * must be plain words); the exported id, caption and attributes are quoted attributes (DOT has
 * no types; values are text). Undirected ties are drawn without arrowheads.
 */
final class DotWriter implements SubgraphWriter {

    @Override
    public void write(EvidenceSubgraph g, OutputStream out) throws IOException {
        Map<Node, String> ids = new HashMap<>();
        for (Node n : g.nodes()) {
            ids.put(n, "n" + ids.size());
        }
        DOTExporter<Node, Edge> exporter = new DOTExporter<>(ids::get);
        exporter.setGraphIdProvider(() -> "favornet");
        exporter.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", text(n.caption()));
            a.put("id", text(n.id()));
            a.put("type", text(n.type()));
            a.put("provenance", text(n.provenance()));
            n.attributes().forEach((k, v) -> a.putIfAbsent(name(k), text(v.text())));
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", text(e.caption()));
            a.put("id", text(e.id()));
            a.put("relationship", text(e.type()));
            a.put("provenance", text(e.provenance()));
            if (!e.directed()) {
                a.put("dir", text("none"));
            }
            e.attributes().forEach((k, v) -> a.putIfAbsent(name(k), text(v.text())));
            return a;
        });
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        exporter.exportGraph(g.graph(), w);
        w.flush();
    }

    /** DOT attribute names: letters, digits and underscores. */
    private static String name(String k) {
        String n = k.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }

    /** The exporter escapes double quotes; backslashes are escaped first so a value cannot end the string. */
    private static Attribute text(String s) {
        return DefaultAttribute.createAttribute(s == null ? "" : s.replace("\\", "\\\\"));
    }
}
