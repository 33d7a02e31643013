package org.favornet.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;
import org.favornet.export.RawSubgraph.RawEdge;
import org.favornet.export.RawSubgraph.RawNode;
import org.favornet.graph.TieKind;
import org.favornet.security.FreeTextMasking;
import org.favornet.security.Masking;
import org.favornet.security.PersonRefs;
import org.favornet.security.Sensitive.Kind;
import org.favornet.security.Viewer;
import org.favornet.web.Languages;
import org.favornet.web.Texts;
import org.jgrapht.graph.DirectedPseudograph;
import org.springframework.stereotype.Component;

/**
 * Turns what was read from Neo4j into an {@link EvidenceSubgraph} for one viewer: masks
 * identifiers, chooses exported ids, writes readable captions (names, kinship terms, amounts,
 * dates) and provenance. Masking happens here, once, so no format can forget it.
 *
 * <p>For a viewer without clear data: a person's exported id and {@code id} property are his
 * {@link PersonRefs ref} (stable across exports, accepted by every person API) with the masked
 * number in {@code maskedId}; accounts and phones get an opaque stable token ({@code a.}/{@code t.})
 * with the last four digits in {@code maskedId}/{@code maskedNumber}; identifiers inside any other
 * text ({@link FreeTextMasking}), and phone or account numbers in {@code SHARES_*} provenance, are
 * masked too. Nothing a masked number hides can be read elsewhere: a person's {@code birthDate}
 * becomes {@code birthYear}, and any other date equal to an exported person's birth date (a
 * {@code PARENT_OF} start, a household entry at birth) keeps only its year ({@link BirthDates}).
 */
@Component
class SubgraphAssembler {

    private static final Map<String, String> KEY_PROPERTY = Map.of("Phone", "number", "Address", "key");

    private final PersonRefs refs;

    SubgraphAssembler(PersonRefs refs) {
        this.refs = refs;
    }

    EvidenceSubgraph assemble(RawSubgraph raw, Viewer viewer) {
        return assemble(raw, viewer, Languages.current());
    }

    EvidenceSubgraph assemble(RawSubgraph raw, Viewer viewer, Locale language) {
        boolean clear = viewer.clearData();
        DirectedPseudograph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, Node> byElementId = new HashMap<>();
        Set<String> personIds = new LinkedHashSet<>();
        BirthDates births = clear ? null : BirthDates.of(raw);
        for (RawNode r : raw.nodes()) {
            String type = r.labels().isEmpty() ? "Node" : primaryLabel(r.labels());
            String keyProperty = KEY_PROPERTY.getOrDefault(type, "id");
            Map<String, TypedValue> props = new LinkedHashMap<>(r.properties());
            TypedValue keyValue = props.get(keyProperty);
            String key = keyValue == null ? r.elementId() : keyValue.text();
            if (type.equals("Person")) {
                personIds.add(key);
            }
            String id = clear ? exportedId(type, key) : mask(type, key, keyProperty, props);
            if (!clear) {
                props.replaceAll((name, value) -> masked(name, value, births));
            }
            Map<String, TypedValue> display = new LinkedHashMap<>();
            if (type.equals("Grant") && props.containsKey("program")) {
                display.put("programName", TypedValue.text(Texts.shared().program(language, props.get("program").text())));
            }
            Map<String, TypedValue> captioned = new LinkedHashMap<>(props);
            captioned.putAll(display);
            Node node = new Node(id, type, keyProperty, NodeCaptions.caption(type, captioned),
                    props.containsKey("source") ? props.get("source").text() : "favornet:" + type, props, display);
            graph.addVertex(node);
            byElementId.put(r.elementId(), node);
        }
        List<RawEdge> edges = new ArrayList<>();
        for (RawEdge e : raw.edges()) {
            if (byElementId.containsKey(e.sourceId()) && byElementId.containsKey(e.targetId())) {
                edges.add(e);
            }
        }
        edges.sort(Comparator.comparing(RawEdge::type)
                .thenComparing(e -> byElementId.get(e.sourceId()).id())
                .thenComparing(e -> byElementId.get(e.targetId()).id())
                .thenComparing(RawEdge::elementId));
        int n = 0;
        for (RawEdge e : edges) {
            Node source = byElementId.get(e.sourceId());
            Node target = byElementId.get(e.targetId());
            Map<String, TypedValue> props = new LinkedHashMap<>(e.properties());
            if (!clear) {
                props.replaceAll((name, value) -> masked(name, value, births));
            }
            Edge edge = new Edge("e" + (++n), e.type(), source, target, !TieKind.undirected(e.type()),
                    NodeCaptions.edgeCaption(e.type(), source, props), provenance(e.type(), props), props);
            graph.addEdge(source, target, edge);
        }
        String title = clear ? raw.title() : FreeTextMasking.scrub(raw.title());
        return new EvidenceSubgraph(graph, title, raw.droppedOutsideRegion(), personIds, language);
    }

    /** Clear-data ids: a person's own id; other nodes prefixed by label so keys of two labels never collide. */
    private static String exportedId(String type, String key) {
        return type.equals("Person") ? key : type + ":" + key;
    }

    /** Replaces the key of a masked node by a stable token and keeps the masked digits beside it. */
    private String mask(String type, String key, String keyProperty, Map<String, TypedValue> props) {
        switch (type) {
            case "Person" -> {
                String ref = refs.ref(key);
                props.put("id", TypedValue.text(ref));
                props.put("maskedId", TypedValue.text(Masking.mask(Kind.PERSON_ID, key)));
                // The hidden digits of a resident ID are the birth date: only its year leaves.
                TypedValue birth = props.remove("birthDate");
                if (birth != null && birth.type() == ValueType.DATE) {
                    props.put("birthYear", new TypedValue(ValueType.INTEGER, (long) ((LocalDate) birth.value()).getYear()));
                }
                if (props.containsKey("phone")) {
                    props.put("phone", TypedValue.text(Masking.mask(Kind.PHONE, props.get("phone").text())));
                }
                return ref;
            }
            case "Account" -> {
                String token = token("a.", "Account:" + key);
                props.put(keyProperty, TypedValue.text(token));
                props.put("maskedId", TypedValue.text(Masking.mask(Kind.ACCOUNT, key)));
                return "Account:" + token;
            }
            case "Phone" -> {
                String token = token("t.", "Phone:" + key);
                props.put(keyProperty, TypedValue.text(token));
                props.put("maskedNumber", TypedValue.text(Masking.mask(Kind.PHONE, key)));
                return "Phone:" + token;
            }
            default -> {
                // Post ids embed the holder's id: mask resident IDs inside keys too.
                return exportedId(type, scrub(key));
            }
        }
    }

    /** A stable opaque token for a non-person identifier: the same sealing as person refs, another prefix. */
    private String token(String prefix, String value) {
        return prefix + refs.ref(value).substring(2);
    }

    /** A property for a masked viewer: region codes are codes, not free text (a 12-digit one can look like a phone). */
    private static TypedValue masked(String name, TypedValue value, BirthDates births) {
        return name.equals("regionCode") ? value : births.coarsen(scrub(value));
    }

    /**
     * Masks identifiers anywhere in text ({@link FreeTextMasking}: resident IDs, cards, accounts,
     * phones, whatever surrounds them), and the whole number in {@code phone:}/{@code account:} provenance.
     */
    static TypedValue scrub(TypedValue value) {
        if (value.type() == ValueType.STRING) {
            return TypedValue.text(scrub(value.text()));
        }
        if (value.type() == ValueType.STRING_LIST) {
            return new TypedValue(ValueType.STRING_LIST, value.strings().stream().map(SubgraphAssembler::scrub).toList());
        }
        return value;
    }

    private static String scrub(String s) {
        if (s.startsWith("phone:")) {
            return "phone:" + Masking.mask(Kind.PHONE, s.substring(6));
        }
        if (s.startsWith("account:")) {
            return "account:" + Masking.mask(Kind.ACCOUNT, s.substring(8));
        }
        return FreeTextMasking.scrub(s);
    }

    private static String provenance(String type, Map<String, TypedValue> props) {
        List<String> parts = new ArrayList<>();
        if (props.containsKey("provenance")) {
            parts.addAll(props.get("provenance").strings());
        }
        if (props.containsKey("source")) {
            parts.add(props.get("source").text());
        }
        if (parts.isEmpty() && props.containsKey("derived")) {
            parts.add("derived");
        }
        return parts.isEmpty() ? "favornet:" + type : String.join("; ", parts);
    }

    private static String primaryLabel(List<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparing(l -> l.toLowerCase(Locale.ROOT)));
        for (String known : List.of("Person", "Grant", "Payment", "Transfer", "Account", "Asset", "Post", "Tip",
                "Household", "Phone", "Address")) {
            if (labels.contains(known)) {
                return known;
            }
        }
        return sorted.get(0);
    }
}
