package org.favornet.detection.concentration;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.favornet.detection.rules.Official;
import org.favornet.graph.CypherRunner;

/**
 * The living residents of officials' jurisdictions, as the resident-based tests need them
 * ({@link Allocations#residentTest}, {@link EgoNetworkDensity}): how many live under each jurisdiction
 * prefix, and, for the persons asked about, whether they are alive and where they are registered.
 * Two queries: one count per jurisdiction prefix, one lookup of the persons in batches.
 */
final class Residents {

    /** No resident data: resident-based tests are skipped. */
    static final Residents NONE = new Residents(Map.of(), Map.of(), false);

    private final Map<String, Long> livingByPrefix;
    private final Map<String, String> regionOfLiving;
    private final boolean counted;

    private Residents(Map<String, Long> livingByPrefix, Map<String, String> regionOfLiving, boolean counted) {
        this.livingByPrefix = livingByPrefix;
        this.regionOfLiving = regionOfLiving;
        this.counted = counted;
    }

    /**
     * @param livingByPrefix living residents per jurisdiction prefix
     * @param regionOfLiving the region code of each living person asked about (the dead are absent)
     */
    static Residents of(Map<String, Long> livingByPrefix, Map<String, String> regionOfLiving) {
        return new Residents(Map.copyOf(livingByPrefix), Map.copyOf(regionOfLiving), true);
    }

    /** Reads the counts for the officials' jurisdictions and looks up these persons. */
    static Residents read(CypherRunner cypher, List<Official> officials, Collection<String> persons) {
        Set<String> prefixes = new TreeSet<>();
        officials.forEach(o -> prefixes.addAll(o.jurisdictions()));
        Map<String, Long> living = new HashMap<>();
        cypher.read("detection/residents.cypher", Map.of("prefixes", List.copyOf(prefixes)),
                r -> living.put(r.get("prefix").asString(), r.get("residents").asLong()));
        Map<String, String> regionOfLiving = new HashMap<>();
        List<String> all = List.copyOf(new HashSet<>(persons));
        for (int i = 0; i < all.size(); i += 10_000) {
            cypher.read("detection/living_regions.cypher", Map.of("ids", all.subList(i, Math.min(all.size(), i + 10_000))),
                    r -> regionOfLiving.put(r.get("id").asString(), r.get("regionCode").asString("")));
        }
        return new Residents(living, regionOfLiving, true);
    }

    /** Official id to {living residents of his jurisdictions, those of them in his set}. */
    static Map<String, int[]> count(CypherRunner cypher, List<Official> officials, Map<String, Set<String>> sets) {
        Set<String> members = new HashSet<>();
        officials.forEach(o -> members.addAll(sets.getOrDefault(o.id(), Set.of())));
        Residents residents = read(cypher, officials, members);
        Map<String, int[]> out = new HashMap<>();
        for (Official o : officials) {
            out.put(o.id(), residents.margins(o, sets.getOrDefault(o.id(), Set.of())));
        }
        return out;
    }

    /** Whether residents were counted (a jurisdiction without living residents counts 0), not {@link #NONE}. */
    boolean known() {
        return counted;
    }

    /** The living residents of his jurisdictions (two posts in one village count it once). */
    int living(Official o) {
        int n = 0;
        for (String prefix : new HashSet<>(o.jurisdictions())) {
            n += livingByPrefix.getOrDefault(prefix, 0L).intValue();
        }
        return n;
    }

    /** Whether a person (one of those looked up) is alive and registered in one of his jurisdictions. */
    boolean livesIn(Official o, String personId) {
        String region = regionOfLiving.get(personId);
        return region != null && o.jurisdictions().stream().anyMatch(region::startsWith);
    }

    /** {living residents of his jurisdictions, those of them in the set}. */
    int[] margins(Official o, Set<String> set) {
        int c = 0;
        for (String id : set) {
            c += livesIn(o, id) ? 1 : 0;
        }
        return new int[] {living(o), c};
    }
}
