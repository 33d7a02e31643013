package org.favornet.detection.leads;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.detection.rules.RuleParameters;

/**
 * Which leads to list: filters (null = any), sort key ({@code score}, {@code priority}, {@code updated}),
 * page (from 0) and size, inside the viewer's region prefixes. {@code program} keeps the leads with a
 * grant of that programme; {@code from} / {@code to} (inclusive) the leads with a grant approved (or,
 * not yet approved, applied for) in that period: the allocation under suspicion, not the day the
 * analysis ran.
 */
public record LeadFilter(List<String> viewerRegions, ReviewStatus status, String rule, String region,
        String official, Double minScore, String severity, String program, LocalDate from, LocalDate to,
        String sort, int page, int size) {

    static final Set<String> SORTS = Set.of("score", "priority", "updated");
    static final Set<String> SEVERITIES = Set.of("CRITICAL", "HIGH", "MEDIUM", "LOW");

    /** All leads inside the regions, sorted, one page. */
    public static LeadFilter all(List<String> viewerRegions, String region, String sort, int page, int size) {
        return new LeadFilter(viewerRegions, null, null, region, null, null, null, null, null, null, sort, page, size);
    }

    public LeadFilter {
        if (severity != null && !SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("severity must be one of CRITICAL, HIGH, MEDIUM, LOW");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
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
        m.put("severity", severity);
        m.put("program", program);
        m.put("from", from);
        m.put("to", to);
        m.put("sort", sort);
        m.put("skip", (long) page * size);
        m.put("limit", (long) size);
        return m;
    }
}
