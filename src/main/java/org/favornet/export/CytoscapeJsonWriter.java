package org.favornet.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;

/**
 * Cytoscape.js elements JSON (also read by Cytoscape desktop as {@code .cyjs}), streamed with a
 * Jackson generator. Values keep their JSON types; dates are ISO-8601 strings, lists arrays; edges
 * repeat their type as {@code interaction}, the column Cytoscape desktop styles by.
 */
final class CytoscapeJsonWriter implements SubgraphWriter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(EvidenceSubgraph g, OutputStream out) throws IOException {
        JsonGenerator j = JSON.createGenerator(out, JsonEncoding.UTF8);
        j.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        j.writeStartObject();
        j.writeStringField("format_version", "1.0");
        j.writeStringField("generated_by", "favornet");
        j.writeStringField("target_cytoscapejs_version", "~3.0");
        j.writeObjectFieldStart("data");
        j.writeStringField("name", g.title());
        j.writeNumberField("droppedOutsideRegion", g.droppedOutsideRegion());
        j.writeEndObject();
        j.writeObjectFieldStart("elements");
        j.writeArrayFieldStart("nodes");
        for (Node n : g.nodes()) {
            j.writeStartObject();
            j.writeObjectFieldStart("data");
            j.writeStringField("id", n.id());
            j.writeStringField("label", n.caption());
            j.writeStringField("type", n.type());
            j.writeStringField("provenance", n.provenance());
            values(j, n.attributes());
            j.writeEndObject();
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeArrayFieldStart("edges");
        for (Edge e : g.edges()) {
            j.writeStartObject();
            j.writeObjectFieldStart("data");
            j.writeStringField("id", e.id());
            j.writeStringField("source", e.source().id());
            j.writeStringField("target", e.target().id());
            j.writeStringField("label", e.caption());
            j.writeStringField("relationship", e.type());
            j.writeStringField("interaction", e.type());
            j.writeBooleanField("directed", e.directed());
            j.writeStringField("provenance", e.provenance());
            values(j, e.attributes());
            j.writeEndObject();
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
        j.writeEndObject();
        j.flush();
    }

    private static void values(JsonGenerator j, Map<String, TypedValue> values) throws IOException {
        for (var e : values.entrySet()) {
            if (e.getKey().equals("interaction")) {
                continue;
            }
            TypedValue v = e.getValue();
            j.writeFieldName(e.getKey());
            switch (v.type()) {
                case INTEGER -> j.writeNumber((Long) v.value());
                case DOUBLE -> j.writeNumber((Double) v.value());
                case BOOLEAN -> j.writeBoolean((Boolean) v.value());
                case STRING_LIST -> {
                    j.writeStartArray();
                    for (String s : v.strings()) {
                        j.writeString(s);
                    }
                    j.writeEndArray();
                }
                default -> j.writeString(v.text());
            }
        }
    }
}
