package org.favornet.detection.leads;

import java.util.List;
import java.util.Map;

/**
 * What a lead rests on, stored as JSON on the Lead node.
 *
 * @param paths kinship walks from the official: person ids, the terms naming them, the chain
 * @param kinship the relation that makes the hit (closest one)
 * @param statistics test figures of the statistical rules (k, n, K, N, lift, p, q), else null
 * @param dataSources record kinds the evidence comes from
 * @param sentenceZh the sentence in Chinese; {@code sentence} is English. Leads stored before both
 *     were kept have none, and answer with the English one.
 */
public record Evidence(List<String> personIds, List<String> grantIds, List<String> paymentIds,
        List<String> transferIds, List<String> accountIds, List<String> assetIds, List<String> tipIds,
        List<KinPath> paths, Kinship kinship, String sentence, List<String> dataSources,
        Map<String, Object> statistics, String sentenceZh) {

    public Evidence(List<String> personIds, List<String> grantIds, List<String> paymentIds,
            List<String> transferIds, List<String> accountIds, List<String> assetIds, List<String> tipIds,
            List<KinPath> paths, Kinship kinship, String sentence, List<String> dataSources,
            Map<String, Object> statistics) {
        this(personIds, grantIds, paymentIds, transferIds, accountIds, assetIds, tipIds, paths, kinship, sentence,
                dataSources, statistics, null);
    }

    /** The sentence in a language: Chinese when there is one and it is asked for, else English. */
    public String sentence(java.util.Locale language) {
        return sentenceZh != null && !org.favornet.web.Languages.ENGLISH.equals(
                org.favornet.web.Languages.supported(language)) ? sentenceZh : sentence;
    }

    /** A walk along kin ties from the official. */
    public record KinPath(List<String> personIds, List<String> terms, String chain) {}

    /** How the relative is related to the official. */
    public record Kinship(String chain, String termEn, String termZh, Integer degree) {}
}
