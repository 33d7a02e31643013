package org.favornet.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids a lead's {@code evidence} JSON names, read defensively (another feature writes it):
 * arrays of strings under {@code nodeIds}, {@code relationshipIds} (element ids) and
 * {@code personIds}, {@code grantIds}, {@code paymentIds}, {@code transferIds},
 * {@code accountIds}, {@code assetIds}, {@code tipIds} (keys) are collected wherever they occur
 * in the document (top level or nested, e.g. inside {@code paths[]}). Anything else is ignored;
 * text that is not JSON yields no ids (the lead's INVOLVES ties still count). See
 * docs/data-model.md, "Lead evidence".
 */
record LeadEvidence(List<String> nodeIds, List<String> relationshipIds, List<String> personIds,
        List<String> grantIds, List<String> paymentIds, List<String> transferIds, List<String> accountIds,
        List<String> assetIds, List<String> tipIds) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("nodeIds", "relationshipIds", "personIds", "grantIds",
            "paymentIds", "transferIds", "accountIds", "assetIds", "tipIds");
    private static final int MAX_DEPTH = 16;

    static LeadEvidence parse(String evidence) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        FIELDS.forEach(f -> found.put(f, new LinkedHashSet<>()));
        if (evidence != null && !evidence.isBlank()) {
            try {
                collect(JSON.readTree(evidence), found, 0);
            } catch (java.io.IOException notJson) {
                // Not JSON: the lead still exports what it INVOLVES.
            }
        }
        List<List<String>> l = FIELDS.stream().map(f -> (List<String>) new ArrayList<>(found.get(f))).toList();
        return new LeadEvidence(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), l.get(7), l.get(8));
    }

    private static void collect(JsonNode node, Map<String, Set<String>> found, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                Set<String> into = found.get(field.getKey());
                if (into != null && field.getValue().isArray()) {
                    field.getValue().forEach(v -> {
                        if (v.isTextual() && !v.asText().isBlank()) {
                            into.add(v.asText());
                        } else if (v.isIntegralNumber()) {
                            into.add(v.asText());
                        }
                    });
                } else {
                    collect(field.getValue(), found, depth + 1);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, found, depth + 1));
        }
    }
}
