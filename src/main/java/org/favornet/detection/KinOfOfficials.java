package org.favornet.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.favornet.graph.CypherRunner;

/**
 * FALLBACK kin of officials, used only while no {@link org.favornet.kinship.KinshipQueries} bean is
 * present: walks the Civil Servant Law art. 74 recusal chains in Cypher, one file per chain family
 * ({@code cypher/detection/kin/{spouse,lineal,collateral,inlaw}.cypher}), for a batch of officials,
 * and names each relative with {@link KinChain}. Siblings are stated ties or shared parents. A
 * relative reached by several chains keeps the closest chain and the union of the scopes. Cost: one
 * bounded expansion (at most six hops) per official and family, i.e. linear in the officials' kin.
 */
final class KinOfOfficials {

    static final List<String> FAMILIES = List.of("detection/kin/spouse.cypher", "detection/kin/lineal.cypher",
            "detection/kin/collateral.cypher", "detection/kin/inlaw.cypher");

    private final CypherRunner cypher;

    KinOfOfficials(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** Kin of each official in the batch, one tie per (official, relative). */
    List<KinOf> relatives(List<String> officialIds) {
        Map<String, KinOf> best = new LinkedHashMap<>();
        Map<String, TreeSet<String>> scopes = new LinkedHashMap<>();
        for (String family : FAMILIES) {
            for (var r : cypher.read(family, Map.of("officialIds", officialIds), rec -> rec)) {
                KinChain chain = KinChain.of(r.get("chain").asString()).orElseThrow();
                String gender = r.get("gender").isNull() ? null : r.get("gender").asString();
                KinOf tie = new KinOf(r.get("officialId").asString(), r.get("relativeId").asString(),
                        List.copyOf(chain.scopes()), chain.chain, chain.termEn(gender), chain.termZh(gender),
                        chain.degree, chain.blood(), r.get("personIds").asList(v -> v.asString()),
                        r.get("provenance").asList(v -> String.valueOf(v.asObject())));
                String key = tie.officialId() + "\u0000" + tie.relativeId();
                scopes.computeIfAbsent(key, k -> new TreeSet<>()).addAll(chain.scopes());
                KinOf held = best.get(key);
                if (held == null || tie.closerThan(held)) {
                    best.put(key, tie);
                }
            }
        }
        List<KinOf> out = new ArrayList<>(best.size());
        best.forEach((key, t) -> out.add(new KinOf(t.officialId(), t.relativeId(), List.copyOf(scopes.get(key)),
                t.chain(), t.termEn(), t.termZh(), t.degree(), t.blood(), t.path(), t.provenance())));
        return out;
    }
}
