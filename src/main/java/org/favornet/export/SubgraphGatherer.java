package org.favornet.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.favornet.export.RawSubgraph.RawEdge;
import org.favornet.export.RawSubgraph.RawNode;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.TieKind;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.favornet.web.Languages;
import org.favornet.web.Texts;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.stereotype.Component;

/**
 * Reads an export's subgraph from Neo4j: a breadth-first expansion from seeds over chosen tie
 * kinds, an official's circle, or the nodes named by a lead's evidence; then the relationships
 * joining the nodes kept. Nodes outside the viewer's regions are neither kept nor expanded
 * through (so an export never reveals a path through data the viewer may not see); they are
 * counted. Limits are checked on counts, before properties are fetched and before any byte is
 * sent. Cost: one query per hop and per {@code batchSize} ids, O(n + m) rows overall.
 */
@Component
class SubgraphGatherer {

    private static final Set<String> BOOKKEEPING = Set.of("Lead", "User", "Analysis");

    private final CypherRunner cypher;
    private final ExportProperties limits;

    SubgraphGatherer(CypherRunner cypher, ExportProperties limits) {
        this.cypher = cypher;
        this.limits = limits;
    }

    /**
     * Seeds (person ids), expanded {@code hops} times over {@code ties}, then one more step over
     * {@code attach} (e.g. the grants around an official's circle); relationships of all those
     * kinds joining the nodes kept.
     */
    RawSubgraph around(Collection<String> personIds, int hops, Set<TieKind> ties, Set<TieKind> attach,
            Viewer viewer, String title) {
        if (hops < 0 || hops > limits.maxHops()) {
            throw ApiProblem.badRequest("problem.detail.export-hops", limits.maxHops());
        }
        if (personIds.isEmpty()) {
            throw ApiProblem.badRequest("problem.detail.export-no-seed");
        }
        if (personIds.size() > limits.maxNodes()) {
            throw tooManyNodes(personIds.size());
        }
        List<Record> seeds = cypher.read("export/seed_persons.cypher", Map.of("ids", List.copyOf(personIds)), r -> r);
        Map<String, String> found = new HashMap<>();
        for (Record r : seeds) {
            if (viewer.sees(nullable(r.get("regionCode")))) {
                found.put(r.get("id").asString(), r.get("nodeId").asString());
            }
        }
        for (String id : personIds) {
            if (!found.containsKey(id)) {
                // Unknown and out-of-region answer alike, so the answer reveals nothing.
                throw ApiProblem.notFound("problem.detail.person-not-found", id);
            }
        }
        Set<String> kept = new LinkedHashSet<>(found.values());
        Set<String> dropped = new HashSet<>();
        List<String> frontier = List.copyOf(kept);
        List<String> types = TieKind.types(ties);
        for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
            frontier = expand(frontier, types, kept, dropped, viewer);
        }
        if (!attach.isEmpty()) {
            expand(List.copyOf(kept), TieKind.types(attach), kept, dropped, viewer);
        }
        Set<TieKind> edgeKinds = new LinkedHashSet<>(ties);
        edgeKinds.addAll(attach);
        return fetch(title, kept, TieKind.types(edgeKinds), List.of(), dropped.size());
    }

    /** The nodes a lead names (evidence JSON and INVOLVES) and every tie between them. */
    RawSubgraph lead(String leadId, Viewer viewer) {
        List<Record> rows = cypher.read("export/lead.cypher", Map.of("id", leadId), r -> r);
        if (rows.isEmpty() || !viewer.sees(nullable(rows.get(0).get("regionCode")))) {
            throw ApiProblem.notFound("problem.detail.lead-not-found", leadId);
        }
        Record lead = rows.get(0);
        LeadEvidence evidence = LeadEvidence.parse(nullable(lead.get("evidence")));
        Set<String> candidates = new LinkedHashSet<>(evidence.nodeIds());
        candidates.addAll(lead.get("involved").asList(Value::asString));
        Map<String, Object> keys = new HashMap<>();
        keys.put("personIds", evidence.personIds());
        keys.put("grantIds", evidence.grantIds());
        keys.put("paymentIds", evidence.paymentIds());
        keys.put("transferIds", evidence.transferIds());
        keys.put("accountIds", evidence.accountIds());
        keys.put("assetIds", evidence.assetIds());
        keys.put("tipIds", evidence.tipIds());
        candidates.addAll(cypher.read("export/nodes_by_key.cypher", keys, r -> r.get("nodeId").asString()));
        List<RawEdge> named = new ArrayList<>();
        if (!evidence.relationshipIds().isEmpty()) {
            named = cypher.read("export/relationships_by_id.cypher",
                    Map.of("relIds", evidence.relationshipIds()), SubgraphGatherer::edge);
            for (RawEdge e : named) {
                candidates.add(e.sourceId());
                candidates.add(e.targetId());
            }
        }
        if (candidates.size() > limits.maxNodes()) {
            throw tooManyNodes(candidates.size());
        }
        String rule = nullable(lead.get("ruleId"));
        // the rule's title in the request's language, as the lead API shows it; the stored one otherwise
        String localTitle = rule == null ? null : Texts.shared().find(Languages.current(), "lead.title." + rule);
        String title = localTitle != null ? localTitle : nullable(lead.get("title"));
        return fetch("Lead " + leadId + (rule == null ? "" : " [" + rule + "]") + (title == null ? "" : ": " + title),
                candidates, TieKind.types(List.of(TieKind.values())), named, -1, viewer);
    }

    /** Expands one hop from a frontier, adding visible new neighbours to {@code kept}; returns them. */
    private List<String> expand(List<String> frontier, List<String> types, Set<String> kept, Set<String> dropped,
            Viewer viewer) {
        List<String> next = new ArrayList<>();
        batches(frontier, batch -> {
            List<Record> rows = cypher.read("export/expand.cypher", Map.of("nodeIds", batch, "types", types), r -> r);
            for (Record r : rows) {
                String id = r.get("nodeId").asString();
                if (kept.contains(id) || dropped.contains(id)) {
                    continue;
                }
                if (visible(r.get("person").asBoolean(), nullable(r.get("regionCode")), viewer)) {
                    kept.add(id);
                    next.add(id);
                    if (kept.size() > limits.maxNodes()) {
                        throw tooManyNodes(kept.size());
                    }
                } else {
                    dropped.add(id);
                }
            }
        });
        return next;
    }

    private RawSubgraph fetch(String title, Set<String> kept, List<String> types, List<RawEdge> named, int dropped) {
        return fetch(title, kept, types, named, dropped, null);
    }

    /**
     * Fetches node properties and the joining relationships. With a viewer, nodes are filtered by
     * region here (lead evidence arrives unfiltered); otherwise they were filtered while expanding.
     */
    private RawSubgraph fetch(String title, Set<String> candidates, List<String> types, List<RawEdge> named,
            int dropped, Viewer viewer) {
        List<RawNode> nodes = new ArrayList<>();
        int[] outside = {Math.max(dropped, 0)};
        batches(List.copyOf(candidates), batch -> {
            for (RawNode n : cypher.read("export/nodes.cypher", Map.of("nodeIds", batch), SubgraphGatherer::node)) {
                if (n.labels().stream().anyMatch(BOOKKEEPING::contains)) {
                    continue;
                }
                if (viewer != null && !visible(n.labels().contains("Person"), regionOf(n), viewer)) {
                    outside[0]++;
                    continue;
                }
                nodes.add(n);
            }
        });
        List<String> all = nodes.stream().map(RawNode::elementId).toList();
        long[] count = {0};
        batches(all, batch -> count[0] += cypher.read("export/count_relationships.cypher",
                Map.of("nodeIds", batch, "allNodeIds", all, "types", types),
                r -> r.get("relationships").asLong()).get(0));
        if (count[0] + named.size() > limits.maxEdges()) {
            throw ApiProblem.tooLarge("problem.detail.export-edges", count[0] + named.size(),
                    limits.maxEdges());
        }
        Map<String, RawEdge> edges = new LinkedHashMap<>();
        batches(all, batch -> cypher.read("export/relationships.cypher",
                Map.of("nodeIds", batch, "allNodeIds", all, "types", types), SubgraphGatherer::edge)
                .forEach(e -> edges.put(e.elementId(), e)));
        Set<String> keptIds = new HashSet<>(all);
        for (RawEdge e : named) {
            if (keptIds.contains(e.sourceId()) && keptIds.contains(e.targetId())) {
                edges.putIfAbsent(e.elementId(), e);
            }
        }
        return new RawSubgraph(title, nodes, List.copyOf(edges.values()), outside[0]);
    }

    private void batches(List<String> ids, Consumer<List<String>> action) {
        for (int from = 0; from < ids.size(); from += limits.batchSize()) {
            action.accept(ids.subList(from, Math.min(ids.size(), from + limits.batchSize())));
        }
    }

    /** Region rule: a node with a region code needs the viewer to see it; a person without one needs the root scope. */
    private static boolean visible(boolean person, String regionCode, Viewer viewer) {
        return regionCode != null ? viewer.sees(regionCode) : !person || viewer.sees(null);
    }

    private static String regionOf(RawNode n) {
        TypedValue v = n.properties().get("regionCode");
        return v == null ? null : v.text();
    }

    private ApiProblem tooManyNodes(int reached) {
        return ApiProblem.tooLarge("problem.detail.export-nodes", limits.maxNodes(), reached);
    }

    private static RawNode node(Record r) {
        return new RawNode(r.get("nodeId").asString(), r.get("labels").asList(Value::asString), properties(r.get("props")));
    }

    private static RawEdge edge(Record r) {
        return new RawEdge(r.get("relId").asString(), r.get("type").asString(), r.get("sourceId").asString(),
                r.get("targetId").asString(), properties(r.get("props")));
    }

    private static Map<String, TypedValue> properties(Value map) {
        Map<String, TypedValue> out = new java.util.TreeMap<>();
        for (String key : map.keys()) {
            TypedValue v = typed(map.get(key));
            if (v != null) {
                out.put(key, v);
            }
        }
        return out;
    }

    /** Neo4j value to a typed attribute; temporal values other than dates are kept as ISO text. */
    static TypedValue typed(Value v) {
        TypeSystem t = TypeSystem.getDefault();
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.hasType(t.STRING())) {
            return TypedValue.text(v.asString());
        }
        if (v.hasType(t.INTEGER())) {
            return new TypedValue(ValueType.INTEGER, v.asLong());
        }
        if (v.hasType(t.FLOAT())) {
            return new TypedValue(ValueType.DOUBLE, v.asDouble());
        }
        if (v.hasType(t.BOOLEAN())) {
            return new TypedValue(ValueType.BOOLEAN, v.asBoolean());
        }
        if (v.hasType(t.DATE())) {
            return new TypedValue(ValueType.DATE, v.asLocalDate());
        }
        if (v.hasType(t.LIST())) {
            return new TypedValue(ValueType.STRING_LIST,
                    v.asList(x -> x.hasType(t.STRING()) ? x.asString() : String.valueOf(x.asObject())));
        }
        return TypedValue.text(String.valueOf(v.asObject()));
    }

    private static String nullable(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
