package org.favornet.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.favornet.graph.CypherWork;
import org.favornet.ingest.ValidRow.Ref;
import org.favornet.ingest.ValidRow.Target;
import org.neo4j.driver.Value;

/**
 * Rejects rows that refer to a person, grant or account the graph does not hold. A kind only
 * refers to kinds loaded before it, and a folder loads (and writes) kind after kind, so "in the
 * graph" also covers the earlier valid rows of the same load. One query per batch.
 *
 * <p>For an importer limited to some regions (a data officer of one township or village), a
 * reference to a record outside them reads as unknown (the officer learns nothing about records
 * he may not see), and a row that writes a region (persons, posts, grants) must write one inside
 * them; a person row may not overwrite a stored person outside them. The region of a grant is
 * its own or its beneficiary's, of an account its owner's.
 */
final class ReferenceCheck {

    private final CypherWork cypher;

    ReferenceCheck(CypherWork cypher) {
        this.cypher = cypher;
    }

    /**
     * The rows whose references all exist (within {@code regions}); each other row goes to
     * {@code rejected} with its unknown references.
     *
     * @param regions the importer's region-code prefixes; {@code [""]} is everywhere
     */
    List<ValidRow> retainKnown(List<ValidRow> batch, List<String> regions, Consumer<List<Reject>> rejected) {
        boolean scoped = !regions.contains("");
        Map<Target, Set<String>> wanted = new EnumMap<>(Target.class);
        for (Target t : Target.values()) {
            wanted.put(t, new LinkedHashSet<>());
        }
        for (ValidRow row : batch) {
            for (Ref ref : row.refs()) {
                wanted.get(ref.target()).add(ref.id());
            }
            if (scoped && row.own() != null && row.own().personId() != null) {
                wanted.get(Target.PERSON).add(row.own().personId());
            }
        }
        boolean noRefs = wanted.values().stream().allMatch(Set::isEmpty);
        if (noRefs && !scoped) {
            return batch;
        }
        Map<Target, Map<String, String>> regionOf = noRefs ? Map.of() : scoped ? regions(wanted) : known(wanted);
        List<ValidRow> kept = new ArrayList<>(batch.size());
        for (ValidRow row : batch) {
            List<Reject> problems = new ArrayList<>();
            if (scoped && row.own() != null) {
                ownRegion(row, regions, regionOf, problems);
            }
            for (Ref ref : row.refs()) {
                String region = regionOf.get(ref.target()).get(ref.id());
                if (region == null || scoped && !inside(region, regions)) {
                    problems.add(new Reject(row.line(), ref.column(), ref.id(), ref.column() + " " + ref.id()
                            + ": no such " + ref.target().noun + " in the graph" + (scoped ? " within your regions" : "")
                            + " (load " + ref.target().noun + "s first, or fix the id)", row.raw()));
                }
            }
            if (problems.isEmpty()) {
                kept.add(row);
            } else {
                rejected.accept(problems);
            }
        }
        return kept;
    }

    private static void ownRegion(ValidRow row, List<String> regions, Map<Target, Map<String, String>> regionOf,
            List<Reject> problems) {
        ValidRow.Own own = row.own();
        String column = own.column();
        if (own.regionCode() != null && !inside(own.regionCode(), regions)) {
            problems.add(new Reject(row.line(), column, own.regionCode(), column + " " + own.regionCode()
                    + " lies outside your regions (" + String.join(", ", regions) + "); you may import records of "
                    + "those regions only", row.raw()));
        } else if (own.regionCode() == null && own.personId() != null) {
            problems.add(new Reject(row.line(), column, null, column + " is empty; your imports are limited to regions "
                    + String.join(", ", regions) + ", so each person needs a region_code inside them", row.raw()));
        }
        if (own.personId() != null) {
            String stored = regionOf.getOrDefault(Target.PERSON, Map.of()).get(own.personId());
            if (stored != null && !inside(stored, regions)) {
                problems.add(new Reject(row.line(), "person_id", own.personId(), "person_id " + own.personId()
                        + " belongs to a person you may not change (outside your regions)", row.raw()));
            }
        }
    }

    private static boolean inside(String region, List<String> regions) {
        for (String prefix : regions) {
            if (region.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private Map<Target, Map<String, String>> known(Map<Target, Set<String>> wanted) {
        return cypher.read("load/known_keys.cypher", params(wanted), r -> {
            Map<Target, Map<String, String>> m = new EnumMap<>(Target.class);
            m.put(Target.PERSON, present(r.get("persons")));
            m.put(Target.GRANT, present(r.get("grants")));
            m.put(Target.ACCOUNT, present(r.get("accounts")));
            return m;
        }).get(0);
    }

    private Map<Target, Map<String, String>> regions(Map<Target, Set<String>> wanted) {
        return cypher.read("load/scoped_keys.cypher", params(wanted), r -> {
            Map<Target, Map<String, String>> m = new EnumMap<>(Target.class);
            m.put(Target.PERSON, pairs(r.get("persons")));
            m.put(Target.GRANT, pairs(r.get("grants")));
            m.put(Target.ACCOUNT, pairs(r.get("accounts")));
            return m;
        }).get(0);
    }

    private static Map<String, Object> params(Map<Target, Set<String>> wanted) {
        return Map.of("persons", List.copyOf(wanted.get(Target.PERSON)),
                "grants", List.copyOf(wanted.get(Target.GRANT)),
                "accounts", List.copyOf(wanted.get(Target.ACCOUNT)));
    }

    /** Known ids, each with the region "" (an unscoped importer sees everything). */
    private static Map<String, String> present(Value ids) {
        Map<String, String> m = new HashMap<>();
        for (String id : new HashSet<>(ids.asList(Value::asString))) {
            m.put(id, "");
        }
        return m;
    }

    private static Map<String, String> pairs(Value list) {
        Map<String, String> m = new HashMap<>();
        for (Value pair : list.values()) {
            if (!pair.get(1).isNull()) {
                m.put(pair.get(0).asString(), pair.get(1).asString());
            }
        }
        return m;
    }
}
