package org.favornet.detection;

import java.time.LocalDate;
import java.util.List;
import org.favornet.detection.rules.DetectionProperties;

/**
 * What to analyse: a region-code prefix (blank = all the viewer sees), programmes (empty = all), the
 * period of grant decisions and payments (defaults: everything up to today) and the relation scope
 * (default {@link DetectionProperties#scope()}).
 */
public record AnalysisRequest(String region, List<String> programs, LocalDate from, LocalDate to, String scope) {

    public AnalysisRequest {
        region = region == null ? "" : region.strip();
        programs = programs == null ? List.of() : List.copyOf(programs);
        from = from == null ? LocalDate.of(1900, 1, 1) : from;
        to = to == null ? LocalDate.now() : to;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' is before 'from'");
        }
        if (!region.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("region must be a region-code prefix (digits)");
        }
    }
}
