package org.favornet.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * A kinship tie to write: {@code PARENT_OF} (from is the parent), {@code SPOUSE_OF} or {@code SIBLING_OF}.
 *
 * @param kind {@code BIRTH}, {@code ADOPTIVE_OR_STEP} or {@code UNKNOWN} for parent ties, else {@code null}
 * @param basis {@code STATED} or {@code INFERRED}
 * @param provenance e.g. {@code household:H1}, {@code inferred:household:H1}
 */
public record DerivedTie(String relation, String from, String to, String kind, String basis, String provenance) {

    /** The parameters {@code load/load_kinship.cypher} expects for one row. */
    Map<String, Object> row() {
        boolean undirected = !relation.equals("PARENT_OF");
        boolean swap = undirected && from.compareTo(to) > 0;
        Map<String, Object> row = new HashMap<>();
        row.put("relation", relation);
        row.put("fromId", swap ? to : from);
        row.put("toId", swap ? from : to);
        row.put("kind", kind);
        row.put("basis", basis);
        row.put("provenance", provenance);
        row.put("startDate", null);
        row.put("endDate", null);
        return row;
    }
}
