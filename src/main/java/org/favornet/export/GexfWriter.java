package org.favornet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;

/**
 * GEXF 1.3 (gexf.net/1.3, the version Gephi 0.9+ reads), written with a streaming
 * {@link XMLStreamWriter}: JGraphT's GEXF exporter writes 1.2draft. Attribute types: integers as
 * {@code long}, doubles, booleans, text; dates as ISO-8601 {@code string} and lists as
 * "; "-joined strings (the 1.3 schema has no date type). Edges carry their relationship type as
 * the 1.3 {@code kind}; how they are declared follows the {@link EdgeMode}: all directed (the
 * default, read by Gephi and networkx), all undirected, or mixed (symmetric ties
 * {@code type="undirected"} in a directed graph: Gephi only). The {@code directed} attribute says in
 * every mode whether the record direction means something.
 */
final class GexfWriter implements SubgraphWriter {

    static final String NS = "http://gexf.net/1.3";

    private final EdgeMode mode;

    GexfWriter(EdgeMode mode) {
        this.mode = mode == null ? EdgeMode.DEFAULT : mode;
    }

    @Override
    public void write(EvidenceSubgraph g, OutputStream out) throws IOException {
        try {
            Writer text = new XmlText.KeptWhitespace(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://gexf.net/1.3/gexf.xsd");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            element(x, "creator", "favornet");
            element(x, "description", g.title() + (g.droppedOutsideRegion() > 0
                    ? " (" + g.droppedOutsideRegion() + " nodes outside the viewer's regions left out)" : ""));
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", mode == EdgeMode.UNDIRECTED ? "undirected" : "directed");
            x.writeAttribute("mode", "static");
            Map<String, String> nodeIds = declare(x, "node", withFixed(g.nodeSchema(), "type", "provenance"));
            Map<String, ValueType> edgeSchema = withFixed(g.edgeSchema(), "relationship", "provenance");
            edgeSchema.put("directed", ValueType.BOOLEAN);
            Map<String, String> edgeIds = declare(x, "edge", edgeSchema);
            Map<String, ValueType> nodeTypes = withFixed(g.nodeSchema(), "type", "provenance");
            x.writeStartElement("nodes");
            x.writeAttribute("count", Integer.toString(g.nodeCount()));
            for (Node n : g.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", XmlText.kept(n.id()));
                x.writeAttribute("label", XmlText.kept(n.caption()));
                Map<String, TypedValue> values = new LinkedHashMap<>();
                values.put("type", TypedValue.text(n.type()));
                values.put("provenance", TypedValue.text(n.provenance()));
                values.putAll(n.attributes());
                attvalues(x, values, nodeIds, nodeTypes);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            x.writeAttribute("count", Integer.toString(g.edgeCount()));
            for (Edge e : g.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", e.id());
                x.writeAttribute("source", XmlText.kept(e.source().id()));
                x.writeAttribute("target", XmlText.kept(e.target().id()));
                x.writeAttribute("label", XmlText.kept(e.caption()));
                x.writeAttribute("kind", e.type());
                if (mode == EdgeMode.MIXED) {
                    x.writeAttribute("type", e.directed() ? "directed" : "undirected");
                }
                Map<String, TypedValue> values = new LinkedHashMap<>();
                values.put("relationship", TypedValue.text(e.type()));
                values.put("provenance", TypedValue.text(e.provenance()));
                values.put("directed", new TypedValue(ValueType.BOOLEAN, e.directed()));
                values.putAll(e.attributes());
                attvalues(x, values, edgeIds, edgeSchema);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException("GEXF export failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, ValueType> withFixed(Map<String, ValueType> schema, String... fixed) {
        Map<String, ValueType> all = new LinkedHashMap<>();
        for (String f : fixed) {
            all.put(f, ValueType.STRING);
        }
        all.putAll(schema);
        return all;
    }

    /** Declares the attributes of one class; returns name -> GEXF attribute id. */
    private static Map<String, String> declare(XMLStreamWriter x, String cls, Map<String, ValueType> schema)
            throws XMLStreamException {
        Map<String, String> ids = new LinkedHashMap<>();
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", "static");
        int i = 0;
        for (var e : schema.entrySet()) {
            String id = cls.charAt(0) + Integer.toString(i++);
            ids.put(e.getKey(), id);
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", id);
            x.writeAttribute("title", XmlText.kept(e.getKey()));
            x.writeAttribute("type", gexfType(e.getValue()));
        }
        x.writeEndElement();
        return ids;
    }

    private static void attvalues(XMLStreamWriter x, Map<String, TypedValue> values, Map<String, String> ids,
            Map<String, ValueType> schema) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (var v : values.entrySet()) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", ids.get(v.getKey()));
            x.writeAttribute("value", XmlText.kept(v.getValue().as(schema.get(v.getKey())).text()));
        }
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(XmlText.kept(text));
        x.writeEndElement();
    }

    static String gexfType(ValueType t) {
        return switch (t) {
            case INTEGER -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }
}
