package org.favornet.detection;

import java.util.List;
import java.util.Map;

/**
 * One {@code KIN_OF} tie: {@code relativeId} is the official's {@code termEn} through {@code chain},
 * inside the listed relation {@code scopes}.
 */
record KinOf(String officialId, String relativeId, List<String> scopes, String chain, String termEn,
        String termZh, int degree, boolean blood, List<String> path, List<String> provenance) {

    Map<String, Object> row() {
        return Map.of("officialId", officialId, "relativeId", relativeId, "scopes", scopes, "chain", chain,
                "termEn", termEn, "termZh", termZh, "degree", degree, "path", path, "provenance", provenance,
                "digest", digest());
    }

    /** A fingerprint of everything the tie stores, so an unchanged tie is not written again. */
    String digest() {
        return Integer.toHexString(List.of(scopes, chain, termEn, termZh, degree, path, provenance).hashCode());
    }

    /**
     * Blood before in-law, then the lower degree, then the shorter walk, then the chain and the
     * walk in text order: which chain names a pair. The last two make the choice independent of
     * the order the search met the chains in (without them, every start rewrote 96 of the 1M
     * county's 181,092 ties with an equally close chain).
     */
    boolean closerThan(KinOf other) {
        if (blood != other.blood) {
            return blood;
        }
        if (degree != other.degree) {
            return degree < other.degree;
        }
        if (path.size() != other.path.size()) {
            return path.size() < other.path.size();
        }
        int byChain = chain.compareTo(other.chain);
        if (byChain != 0) {
            return byChain < 0;
        }
        return String.join("\u0000", path).compareTo(String.join("\u0000", other.path)) < 0;
    }
}
