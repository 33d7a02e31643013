package org.favornet.detection.rules;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of an analysis.
 *
 * @param scope relation scope rules use by default (a name from the kinship scopes)
 * @param scopes scopes materialised as {@code KIN_OF} ties for every official
 * @param entitlementPrograms programmes paid by entitlement (age, status), never discretionary: never
 *     counted as favoritism
 * @param meansTestedPrograms programmes with a means test, checked against assets (red flag 8)
 * @param kickbackDays a transfer back within this many days of a payment is a possible kickback (red flag 7)
 * @param kickbackMinShare smallest share of the payment a kickback transfer must carry
 * @param moveDays a household change this many days before an application counts (red flag 10)
 * @param alpha false-discovery rate for concentration and community tests (red flags 3 and 11)
 * @param minHits fewest grants reaching the circle before a concentration is reported
 * @param tipBoost priority multiplier added per citizen tip (red flag 12)
 * @param batchSize officials per kin-materialisation batch
 * @param threads parallel workers: kin-materialisation batches, LEAD rules, village clusterings
 * @param seed seed of the community clustering and of the permutation draws of the density test
 * @param permutations most permutation draws of one official's density test (red flag 11); the
 *     smallest p it can give is 1 / (permutations + 1)
 * @param warmUp in the service, write officials' KIN_OF ties after every kin index build (background)
 */
@ConfigurationProperties("favornet.detection")
public record DetectionProperties(
        @DefaultValue("CIVIL_SERVANT_RECUSAL") String scope,
        @DefaultValue({"CIVIL_CODE_NEAR", "CIVIL_SERVANT_RECUSAL", "DIBAO_FILING"}) List<String> scopes,
        @DefaultValue("ZUNLAO") List<String> entitlementPrograms,
        @DefaultValue({"DIBAO", "TEKUN"}) List<String> meansTestedPrograms,
        @DefaultValue("30") int kickbackDays,
        @DefaultValue("0.1") double kickbackMinShare,
        @DefaultValue("180") int moveDays,
        @DefaultValue("0.05") double alpha,
        @DefaultValue("2") int minHits,
        @DefaultValue("0.5") double tipBoost,
        @DefaultValue("500") int batchSize,
        @DefaultValue("2") int threads,
        @DefaultValue("42") long seed,
        @DefaultValue("1000000") long permutations,
        @DefaultValue("true") boolean warmUp) {}
