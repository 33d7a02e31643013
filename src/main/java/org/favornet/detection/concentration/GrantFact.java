package org.favornet.detection.concentration;

import java.util.Set;

/**
 * A discretionary grant as the statistical tests see it.
 *
 * @param officials persons who handled or approved it
 */
public record GrantFact(String id, String program, String regionCode, String beneficiaryId, Set<String> officials) {}
