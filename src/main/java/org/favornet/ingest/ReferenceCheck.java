package org.favornet.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.favornet.graph.CypherRunner;
import org.favornet.ingest.ValidRow.Ref;
import org.favornet.ingest.ValidRow.Target;

/**
 * Rejects rows that refer to a person, grant or account the graph does not hold. A kind only
 * refers to kinds loaded before it, and a folder loads (and writes) kind after kind, so "in the
 * graph" also covers the earlier valid rows of the same load. One query per batch.
 */
final class ReferenceCheck {

    private final CypherRunner cypher;

    ReferenceCheck(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** The rows whose references all exist; each other row goes to {@code rejected} with its unknown references. */
    List<ValidRow> retainKnown(List<ValidRow> batch, Consumer<List<Reject>> rejected) {
        Map<Target, Set<String>> wanted = new EnumMap<>(Target.class);
        for (Target t : Target.values()) {
            wanted.put(t, new LinkedHashSet<>());
        }
        for (ValidRow row : batch) {
            for (Ref ref : row.refs()) {
                wanted.get(ref.target()).add(ref.id());
            }
        }
        if (wanted.values().stream().allMatch(Set::isEmpty)) {
            return batch;
        }
        Map<Target, Set<String>> known = cypher.read("load/known_keys.cypher", Map.of(
                "persons", List.copyOf(wanted.get(Target.PERSON)),
                "grants", List.copyOf(wanted.get(Target.GRANT)),
                "accounts", List.copyOf(wanted.get(Target.ACCOUNT))), r -> {
                    Map<Target, Set<String>> m = new EnumMap<>(Target.class);
                    m.put(Target.PERSON, new HashSet<>(r.get("persons").asList(v -> v.asString())));
                    m.put(Target.GRANT, new HashSet<>(r.get("grants").asList(v -> v.asString())));
                    m.put(Target.ACCOUNT, new HashSet<>(r.get("accounts").asList(v -> v.asString())));
                    return m;
                }).get(0);
        List<ValidRow> kept = new ArrayList<>(batch.size());
        for (ValidRow row : batch) {
            List<Reject> problems = new ArrayList<>();
            for (Ref ref : row.refs()) {
                if (!known.get(ref.target()).contains(ref.id())) {
                    problems.add(new Reject(row.line(), ref.column(), ref.id(), ref.column() + " " + ref.id()
                            + ": no such " + ref.target().noun + " in the graph (load " + ref.target().noun
                            + "s first, or fix the id)", row.raw()));
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
}
