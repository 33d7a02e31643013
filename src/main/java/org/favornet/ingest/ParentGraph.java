package org.favornet.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.favornet.graph.CypherWork;

/**
 * The parent relation as one load sees it: the stored {@code PARENT_OF} ties plus the ones this
 * load has accepted so far. Refuses a new tie that would give a child a third parent or close
 * an ancestry cycle (A parent of B and B parent of A, or longer). Stored parents are fetched
 * level by level for whole batches ({@link #prefetch}: one query per generation, never one per
 * row) and cached for the load; the load's own ties are kept in memory. A check walks up from
 * the would-be parent: O(ancestors) per tie.
 */
public final class ParentGraph {

    private static final int MAX_GENERATIONS = 200;

    private final Function<Collection<String>, Map<String, List<String>>> storedParents;
    private final Map<String, Set<String>> stored = new HashMap<>();
    private final Map<String, Set<String>> added = new HashMap<>();
    /** In memory only: who has a child. A tie to a childless person cannot close a cycle. */
    private final Set<String> parentsInLoad = new HashSet<>();

    /** @param storedParents one round trip: stored parents of each of the given persons */
    public ParentGraph(Function<Collection<String>, Map<String, List<String>>> storedParents) {
        this.storedParents = storedParents;
    }

    /**
     * A graph with nothing stored: an offline first load, where every tie is this load's own.
     * Nothing is fetched or cached per person (the cache of empty stored sets held a million
     * entries and a third of the checks' time on the 1M county).
     */
    /** Checks against the parents stored in the database, as {@code work} reads them. */
    public static ParentGraph stored(CypherWork work) {
        return new ParentGraph(ids -> {
            Map<String, List<String>> out = new HashMap<>();
            work.read("load/stored_parents.cypher", Map.of("ids", List.copyOf(ids)), r -> {
                out.put(r.get("id").asString(), r.get("parents").asList(v -> v.asString()));
                return null;
            });
            return out;
        });
    }

    static ParentGraph inMemory() {
        return new ParentGraph(null);
    }

    /** Fetches the stored ancestry of these persons (and of what the load added above them), one query per generation. */
    void prefetch(Collection<String> ids) {
        if (storedParents == null) {
            return;
        }
        Set<String> frontier = new LinkedHashSet<>();
        for (String id : ids) {
            if (!stored.containsKey(id)) {
                frontier.add(id);
            }
        }
        for (int generation = 0; !frontier.isEmpty() && generation < MAX_GENERATIONS; generation++) {
            Map<String, List<String>> found = storedParents.apply(frontier);
            Set<String> next = new LinkedHashSet<>();
            for (String id : frontier) {
                Set<String> parents = new HashSet<>(found.getOrDefault(id, List.of()));
                stored.put(id, parents);
                next.addAll(parents);
                next.addAll(added.getOrDefault(id, Set.of()));
            }
            next.removeIf(stored::containsKey);
            frontier = next;
        }
    }

    /** Parents known for a person: stored and added by this load. */
    Set<String> parents(String child) {
        Set<String> fromStore = stored.getOrDefault(child, Set.of());
        Set<String> fromLoad = added.getOrDefault(child, Set.of());
        if (fromStore.isEmpty()) {
            return Collections.unmodifiableSet(fromLoad);
        }
        Set<String> all = new HashSet<>(fromStore);
        all.addAll(fromLoad);
        return all;
    }

    /** Why {@code parent PARENT_OF child} cannot be added, or {@code null} when it can. */
    public String violation(String parent, String child) {
        prefetch(List.of(parent, child));
        Set<String> current = parents(child);
        if (current.contains(parent)) {
            return null;
        }
        if (current.size() >= 2) {
            List<String> named = new ArrayList<>(current);
            named.sort(null);
            return child + " already has two parents (" + String.join(", ", named) + "); a third is not possible";
        }
        if (storedParents == null && !parentsInLoad.contains(child)) {
            return null; // nothing descends from the child: no walk up the parent's ancestry needed
        }
        List<String> chain = ancestryPath(parent, child);
        if (chain != null) {
            return parent + " descends from " + child + " (" + String.join(" -> ", chain)
                    + "): the tie would make a parent cycle";
        }
        return null;
    }

    public void add(String parent, String child) {
        added.computeIfAbsent(child, k -> new HashSet<>(2)).add(parent);
        if (storedParents == null) {
            parentsInLoad.add(parent);
        }
    }

    /**
     * A batch of kinship rows checked in file order (their persons' stored parents fetched once):
     * the rows kept; each refused one goes to {@code reject}.
     */
    List<ValidRow> admit(List<ValidRow> rows, Consumer<List<Reject>> reject) {
        Set<String> ids = new LinkedHashSet<>();
        for (ValidRow row : rows) {
            if ("PARENT_OF".equals(row.params().get("relation"))) {
                ids.add((String) row.params().get("fromId"));
                ids.add((String) row.params().get("toId"));
            }
        }
        if (ids.isEmpty()) {
            return rows;
        }
        prefetch(ids);
        List<ValidRow> kept = new ArrayList<>(rows.size());
        for (ValidRow row : rows) {
            List<Reject> problems = admit(row);
            if (problems.isEmpty()) {
                kept.add(row);
            } else {
                reject.accept(problems);
            }
        }
        return kept;
    }

    /**
     * A kinship row as the loaders check it: a {@code PARENT_OF} tie that keeps every person at two
     * parents and closes no cycle is added and answers no reject; one that does not is refused,
     * naming the column at fault. Other relations pass unchecked.
     */
    List<Reject> admit(ValidRow row) {
        if (!"PARENT_OF".equals(row.params().get("relation"))) {
            return List.of();
        }
        String parent = (String) row.params().get("fromId");
        String child = (String) row.params().get("toId");
        String why = violation(parent, child);
        if (why == null) {
            add(parent, child);
            return List.of();
        }
        String column = why.contains("two parents") ? "to_id" : "from_id";
        return List.of(new Reject(row.line(), column, column.equals("to_id") ? child : parent,
                "PARENT_OF " + parent + " -> " + child + ": " + why, row.raw()));
    }

    /** The chain ancestor, ..., person when {@code ancestor} is an ancestor of {@code person}, else {@code null}. */
    private List<String> ancestryPath(String person, String ancestor) {
        Map<String, String> childOf = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(person);
        childOf.put(person, null);
        while (!queue.isEmpty()) {
            String x = queue.poll();
            if (!stored.containsKey(x)) {
                prefetch(List.of(x));
            }
            for (String p : parents(x)) {
                if (childOf.containsKey(p)) {
                    continue;
                }
                childOf.put(p, x);
                if (p.equals(ancestor)) {
                    List<String> chain = new ArrayList<>();
                    for (String at = p; at != null; at = childOf.get(at)) {
                        chain.add(at);
                    }
                    return chain;
                }
                queue.add(p);
            }
        }
        return null;
    }
}
