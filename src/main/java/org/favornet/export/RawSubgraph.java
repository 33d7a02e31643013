package org.favornet.export;

import java.util.List;
import java.util.Map;

/**
 * What the gatherer read from Neo4j, before masking: nodes and relationships keyed by element id.
 *
 * @param droppedOutsideRegion nodes reached but left out because the viewer does not see their region
 */
record RawSubgraph(String title, List<RawNode> nodes, List<RawEdge> edges, int droppedOutsideRegion) {

    record RawNode(String elementId, List<String> labels, Map<String, TypedValue> properties) {}

    record RawEdge(String elementId, String type, String sourceId, String targetId,
            Map<String, TypedValue> properties) {}
}
