package org.favornet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML (graphml.graphdrawing.org) through JGraphT's {@link GraphMLExporter}, which streams via
 * SAX. Every attribute is declared as a {@code <key>} with its type: integers as {@code long},
 * dates as ISO-8601 {@code string} (GraphML has no date type), lists as "; "-joined strings. A name
 * used by nodes and edges is declared once {@code for="all"}, as text if their types differ. Empty
 * text (an empty list) is omitted.
 */
final class GraphMlWriter implements SubgraphWriter {

    @Override
    public void write(EvidenceSubgraph g, OutputStream out) throws IOException {
        Map<String, ValueType> nodeTypes = new TreeMap<>(g.nodeSchema());
        for (String f : EvidenceSubgraph.NODE_FIELDS) {
            if (!f.equals("id")) {
                nodeTypes.put(f, ValueType.STRING);
            }
        }
        Map<String, ValueType> edgeTypes = new TreeMap<>(g.edgeSchema());
        for (String f : EvidenceSubgraph.EDGE_FIELDS) {
            if (!f.equals("id") && !f.equals("source") && !f.equals("target")) {
                edgeTypes.put(f, f.equals("directed") ? ValueType.BOOLEAN : ValueType.STRING);
            }
        }
        Map<String, ValueType> declared = new LinkedHashMap<>();
        GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(n -> xmlId(n.id()));
        exporter.setEdgeIdProvider(Edge::id);
        for (var e : nodeTypes.entrySet()) {
            ValueType edgeType = edgeTypes.get(e.getKey());
            ValueType type = edgeType == null ? e.getValue() : e.getValue().unify(edgeType);
            declared.put(e.getKey(), type);
            exporter.registerAttribute(e.getKey(), edgeType == null ? AttributeCategory.NODE : AttributeCategory.ALL,
                    graphMlType(type));
        }
        for (var e : edgeTypes.entrySet()) {
            if (!declared.containsKey(e.getKey())) {
                declared.put(e.getKey(), e.getValue());
                exporter.registerAttribute(e.getKey(), AttributeCategory.EDGE, graphMlType(e.getValue()));
            }
        }
        exporter.registerAttribute("exportTitle", AttributeCategory.GRAPH, AttributeType.STRING);
        exporter.registerAttribute("droppedOutsideRegion", AttributeCategory.GRAPH, AttributeType.LONG);
        exporter.setGraphAttributeProvider(() -> Map.of(
                "exportTitle", DefaultAttribute.createAttribute(XmlText.clean(g.title())),
                "droppedOutsideRegion", DefaultAttribute.createAttribute((long) g.droppedOutsideRegion())));
        exporter.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", string(n.caption()));
            a.put("type", string(n.type()));
            a.put("provenance", string(n.provenance()));
            n.attributes().forEach((k, v) -> put(a, k, v.as(declared.get(k))));
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", string(e.caption()));
            a.put("relationship", string(e.type()));
            a.put("directed", DefaultAttribute.createAttribute(e.directed()));
            a.put("provenance", string(e.provenance()));
            e.attributes().forEach((k, v) -> put(a, k, v.as(declared.get(k))));
            return a;
        });
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        exporter.exportGraph(g.graph(), writer);
        writer.flush();
    }

    /**
     * GraphML ids are {@code NMTOKEN}s: ASCII letters, digits, {@code . - :} and CJK ideographs
     * pass; {@code _} becomes {@code __} and any other character {@code _hhhh_} (UTF-16 hex), so
     * the mapping is one-to-one and ids stay readable ({@code Post:110101********1234_007c_村主任...}).
     */
    static String xmlId(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    || c == ':' || (c >= 0x4E00 && c <= 0x9FA5)) {
                b.append(c);
            } else if (c == '_') {
                b.append("__");
            } else {
                b.append('_').append(String.format("%04x", (int) c)).append('_');
            }
        }
        return b.toString();
    }

    /** Empty text is left out: GraphML readers (JGraphT's among them) drop empty data anyway. */
    private static void put(Map<String, Attribute> attributes, String key, TypedValue v) {
        if (!v.text().isEmpty()) {
            attributes.put(key, attribute(v));
        }
    }

    private static Attribute string(String s) {
        return DefaultAttribute.createAttribute(XmlText.clean(s));
    }

    private static Attribute attribute(TypedValue v) {
        return switch (v.type()) {
            case INTEGER -> DefaultAttribute.createAttribute((Long) v.value());
            case DOUBLE -> DefaultAttribute.createAttribute((Double) v.value());
            case BOOLEAN -> DefaultAttribute.createAttribute((Boolean) v.value());
            default -> string(v.text());
        };
    }

    static AttributeType graphMlType(ValueType t) {
        return switch (t) {
            case INTEGER -> AttributeType.LONG;
            case DOUBLE -> AttributeType.DOUBLE;
            case BOOLEAN -> AttributeType.BOOLEAN;
            default -> AttributeType.STRING;
        };
    }
}
