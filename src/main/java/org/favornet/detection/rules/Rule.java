package org.favornet.detection.rules;

import java.util.List;

/**
 * One red-flag rule file of {@code cypher/rules/}, as its header describes it.
 *
 * @param file path relative to {@code cypher/}
 * @param usesScope header {@code scope: relation}: the rule joins {@code KIN_OF} ties in {@code $scope}
 * @param phase {@code LEAD} rules return hits; {@code POST} rules rework the stored leads
 * @param sources the data sources the evidence rests on
 */
public record Rule(String id, int version, String title, Severity severity, boolean usesScope, Phase phase,
        String description, String falsePositives, String references, List<String> sources, String file) {

    /** When a rule runs: on the records (hits become leads) or on the stored leads afterwards. */
    public enum Phase { LEAD, POST }
}
