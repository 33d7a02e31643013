package org.favornet.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.favornet.web.ApiProblem;

/**
 * Region scope for features: a viewer sees records whose {@code regionCode} starts with one of his
 * prefixes ({@code ""} = everything; a record without a region only for such a viewer).
 *
 * <p>In Java: {@link #require(String, String)} turns an out-of-scope person or lead into a 404 (not
 * a 403: its existence is not told). In Cypher, filter with the {@code $regions} parameter that
 * {@link #params(Map)} adds, using exactly this predicate so both sides agree on a missing region:
 * <pre>{@code
 * WHERE any(p IN $regions WHERE coalesce(n.regionCode, '') STARTS WITH p)
 * }</pre>
 * An empty {@code $regions} list sees nothing. Filter in the query, not after it, so page sizes
 * and counts stay right; cost: one {@code STARTS WITH} per prefix per row (users have a handful).
 */
public final class RegionScope {

    /** Name of the Cypher list parameter holding the viewer's region-code prefixes. */
    public static final String PARAMETER = "regions";

    private RegionScope() {}

    /** The current viewer's prefixes. */
    public static List<String> prefixes() {
        return Viewer.current().regions();
    }

    /** A copy of the query parameters with {@code $regions} set to the current viewer's prefixes. */
    public static Map<String, Object> params(Map<String, Object> params) {
        Map<String, Object> copy = new HashMap<>(params);
        copy.put(PARAMETER, prefixes());
        return copy;
    }

    /**
     * Throws a 404 problem when the current viewer does not see a record of this region.
     *
     * @param detailKey the message saying what is missing, e.g. {@code problem.detail.no-such-person} (never its id number)
     */
    public static void require(String regionCode, String detailKey) {
        if (!Viewer.current().sees(regionCode)) {
            throw ApiProblem.notFound(detailKey);
        }
    }
}
