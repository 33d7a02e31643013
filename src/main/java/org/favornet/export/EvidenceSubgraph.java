package org.favornet.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A subgraph ready for export, already masked for its viewer: nodes and edges with typed
 * attributes, a readable caption and provenance, held as a JGraphT {@link DirectedPseudograph}
 * (parallel edges of different types between two persons are normal: spouse and colleague).
 *
 * <p>Every format writes the same fixed fields followed by the node or edge attributes:
 * nodes {@code id, label, type, provenance}; edges {@code id, source, target, label,
 * relationship, directed, provenance}. Iteration order is sorted, so the same graph always gives
 * the same file.
 */
public final class EvidenceSubgraph {

    /** Node fields every format writes before the attributes. */
    public static final List<String> NODE_FIELDS = List.of("id", "label", "type", "provenance");
    /** Edge fields every format writes before the attributes. */
    public static final List<String> EDGE_FIELDS =
            List.of("id", "source", "target", "label", "relationship", "directed", "provenance");

    /**
     * A node. {@code id} is the exported id (a person ref for viewers without clear data);
     * {@code keyProperty} names the property holding the data-model key ({@code id},
     * {@code number} or {@code key}); {@code properties} are the stored properties, masked;
     * {@code display} are attributes made for reading only (a grant's {@code programName} in the
     * export's language), written by the display formats after the properties, never by the Cypher script.
     */
    public record Node(String id, String type, String keyProperty, String caption, String provenance,
            Map<String, TypedValue> properties, Map<String, TypedValue> display) {

        public Node(String id, String type, String keyProperty, String caption, String provenance,
                Map<String, TypedValue> properties) {
            this(id, type, keyProperty, caption, provenance, properties, Map.of());
        }

        /** Attributes for display formats: the key as {@code key}, provenance folded into the fixed field. */
        public Map<String, TypedValue> attributes() {
            Map<String, TypedValue> out = new LinkedHashMap<>();
            properties.forEach((name, value) -> {
                if (name.equals(keyProperty)) {
                    out.put("key", value);
                } else if (!name.equals("source")) {
                    out.put(NODE_FIELDS.contains(name) || name.equals("key") ? "p_" + name : name, value);
                }
            });
            display.forEach(out::putIfAbsent);
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && n.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    /** An edge: its relationship type, whether its direction means anything, and masked properties. */
    public record Edge(String id, String type, Node source, Node target, boolean directed, String caption,
            String provenance, Map<String, TypedValue> properties) {

        /** Attributes for display formats; {@code provenance} and {@code source} are folded into the fixed field. */
        public Map<String, TypedValue> attributes() {
            Map<String, TypedValue> out = new LinkedHashMap<>();
            properties.forEach((name, value) -> {
                if (!name.equals("provenance") && !name.equals("source")) {
                    out.put(EDGE_FIELDS.contains(name) ? "p_" + name : name, value);
                }
            });
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Edge e && e.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    private final Graph<Node, Edge> graph;
    private final String title;
    private final int droppedOutsideRegion;
    private final Set<String> personIds;
    private final Locale language;
    private List<Node> sortedNodes;
    private List<Edge> sortedEdges;

    EvidenceSubgraph(Graph<Node, Edge> graph, String title, int droppedOutsideRegion, Set<String> personIds,
            Locale language) {
        this.language = language;
        this.graph = graph;
        this.title = title;
        this.droppedOutsideRegion = droppedOutsideRegion;
        this.personIds = Set.copyOf(personIds);
    }

    /** The JGraphT form, for exporters and algorithms. */
    public Graph<Node, Edge> graph() {
        return graph;
    }

    /**
     * The language of the request the export was made for (captions, programme names, CSV headers);
     * carried with the subgraph because the file may be written on another thread.
     */
    public Locale language() {
        return language;
    }

    public String title() {
        return title;
    }

    /** Nodes left out because they lie outside the viewer's regions. */
    public int droppedOutsideRegion() {
        return droppedOutsideRegion;
    }

    /** Stored (unmasked) ids of the persons exported, for the audit trail only: never written. */
    public Set<String> personIds() {
        return personIds;
    }

    public int nodeCount() {
        return graph.vertexSet().size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /** Nodes ordered by type, then id. */
    public List<Node> nodes() {
        if (sortedNodes == null) {
            sortedNodes = new ArrayList<>(graph.vertexSet());
            sortedNodes.sort(Comparator.comparing(Node::type).thenComparing(Node::id));
        }
        return sortedNodes;
    }

    /** Edges in creation order (the assembler numbers them in sorted order). */
    public List<Edge> edges() {
        if (sortedEdges == null) {
            sortedEdges = new ArrayList<>(graph.edgeSet());
            sortedEdges.sort(Comparator.comparingInt(e -> Integer.parseInt(e.id().substring(1))));
        }
        return sortedEdges;
    }

    /** For each node attribute name, the one type that holds all its values. */
    public Map<String, ValueType> nodeSchema() {
        Map<String, ValueType> schema = new java.util.TreeMap<>();
        for (Node n : graph.vertexSet()) {
            n.attributes().forEach((k, v) -> schema.merge(k, v.type(), ValueType::unify));
        }
        return schema;
    }

    /** For each edge attribute name, the one type that holds all its values. */
    public Map<String, ValueType> edgeSchema() {
        Map<String, ValueType> schema = new java.util.TreeMap<>();
        for (Edge e : graph.edgeSet()) {
            e.attributes().forEach((k, v) -> schema.merge(k, v.type(), ValueType::unify));
        }
        return schema;
    }
}
