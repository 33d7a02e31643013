package org.favornet.detection.concentration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.favornet.detection.Official;
import org.favornet.graph.CypherRunner;

/**
 * The margins of the resident-based tests ({@link Allocations#residentTest}): per official, the living
 * residents of his jurisdictions and how many of them are in a given set of persons (his circle, his
 * community). Two queries: one count per jurisdiction prefix, one lookup of the set members.
 */
final class Residents {

    private Residents() {}

    /** Official id to {living residents of his jurisdictions, those of them in his set}. */
    static Map<String, int[]> count(CypherRunner cypher, List<Official> officials, Map<String, Set<String>> sets) {
        Set<String> prefixes = new TreeSet<>();
        officials.forEach(o -> prefixes.addAll(o.jurisdictions()));
        Map<String, Long> living = new HashMap<>();
        cypher.read("detection/residents.cypher", Map.of("prefixes", List.copyOf(prefixes)),
                r -> living.put(r.get("prefix").asString(), r.get("residents").asLong()));
        Set<String> members = new HashSet<>();
        officials.forEach(o -> members.addAll(sets.getOrDefault(o.id(), Set.of())));
        Map<String, String> regionOfLiving = new HashMap<>();
        List<String> all = List.copyOf(members);
        for (int i = 0; i < all.size(); i += 10_000) {
            cypher.read("detection/living_regions.cypher", Map.of("ids", all.subList(i, Math.min(all.size(), i + 10_000))),
                    r -> regionOfLiving.put(r.get("id").asString(), r.get("regionCode").asString("")));
        }
        Map<String, int[]> out = new HashMap<>();
        for (Official o : officials) {
            int n = 0;
            for (String prefix : o.jurisdictions()) {
                n += living.getOrDefault(prefix, 0L).intValue();
            }
            int c = 0;
            for (String id : sets.getOrDefault(o.id(), Set.of())) {
                String region = regionOfLiving.get(id);
                if (region != null && o.jurisdictions().stream().anyMatch(region::startsWith)) {
                    c++;
                }
            }
            out.put(o.id(), new int[] {n, c});
        }
        return out;
    }
}
