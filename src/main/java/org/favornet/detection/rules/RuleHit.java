package org.favornet.detection.rules;

import java.util.List;

/**
 * One row of a rule, in the fixed shape every {@code LEAD} rule returns (see {@link #COLUMNS}).
 *
 * @param subjectIds persons the lead is about; with the rule id they make the lead's key
 * @param officialId the official involved, if any
 * @param relativeId the official's relative through whom the hit arises, if any
 * @param kinPath person ids from the official to that relative
 * @param chain kinship chain ({@code P·Sib·C}), with {@code termEn}, {@code termZh}, {@code degree}
 * @param sentence short evidence sentence, worded as a lead ("possible ...; warrants a check")
 * @param baseScore 0-100, the rule's own weighting of the hit
 * @param regionCode region of the grant (or beneficiary)
 * @param sentenceZh the same sentence in Chinese (leads store both and answer in the request's language)
 */
public record RuleHit(String ruleId, List<String> subjectIds, String officialId, String relativeId, List<String> kinPath,
        List<String> grantIds, List<String> paymentIds, List<String> transferIds, List<String> accountIds,
        List<String> assetIds, String chain, String termEn, String termZh, Integer degree, String sentence,
        double baseScore, String regionCode, String sentenceZh) {

    /** The columns, in order, every LEAD rule returns. */
    public static final List<String> COLUMNS = List.of("subjectIds", "officialId", "relativeId", "kinPath", "grantIds",
            "paymentIds", "transferIds", "accountIds", "assetIds", "chain", "termEn", "termZh", "degree", "sentence",
            "baseScore", "regionCode", "sentenceZh");

    /** The columns a POST rule returns. */
    public static final List<String> POST_COLUMNS = List.of("leadId", "tipIds", "priority");
}
