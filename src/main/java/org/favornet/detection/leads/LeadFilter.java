package org.favornet.detection.leads;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.detection.rules.RuleParameters;

/**
 * Which leads to list: filters (null = any), sort key ({@code score}, {@code priority}, {@code updated}),
 * page (from 0) and size, inside the viewer's region prefixes.
 */
public record LeadFilter(List<String> viewerRegions, ReviewStatus status, String rule, String region,
        String official, Double minScore, String sort, int page, int size) {

    static final Set<String> SORTS = Set.of("score", "priority", "updated");

    public LeadFilter {
        if (sort == null) {
            sort = "score";
        }
        if (!SORTS.contains(sort)) {
            throw new IllegalArgumentException("sort must be one of score, priority, updated");
        }
        if (minScore != null && !Double.isFinite(minScore)) {
            throw new IllegalArgumentException("minScore must be a finite number (not NaN or Infinity)");
        }
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 500");
        }
    }

    Map<String, Object> params() {
        Map<String, Object> m = new HashMap<>();
        m.put("regions", viewerRegions.isEmpty() ? List.of("\u0000none") : RuleParameters.normalise(viewerRegions));
        m.put("status", status == null ? null : status.name());
        m.put("rule", rule);
        m.put("region", region);
        m.put("official", official);
        m.put("minScore", minScore);
        m.put("sort", sort);
        m.put("skip", (long) page * size);
        m.put("limit", (long) size);
        return m;
    }
}
