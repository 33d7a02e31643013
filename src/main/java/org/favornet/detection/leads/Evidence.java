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
 */
public record Evidence(List<String> personIds, List<String> grantIds, List<String> paymentIds,
        List<String> transferIds, List<String> accountIds, List<String> assetIds, List<String> tipIds,
        List<KinPath> paths, Kinship kinship, String sentence, List<String> dataSources,
        Map<String, Object> statistics) {

    /** A walk along kin ties from the official. */
    public record KinPath(List<String> personIds, List<String> terms, String chain) {}

    /** How the relative is related to the official. */
    public record Kinship(String chain, String termEn, String termZh, Integer degree) {}
}
