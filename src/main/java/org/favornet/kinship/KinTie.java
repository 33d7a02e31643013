package org.favornet.kinship;

import java.util.List;

/**
 * One kinship tie walked from {@code fromId} to {@code toId}.
 *
 * @param step {@code P} (to is from's parent), {@code C} (child), {@code Sp} (spouse), {@code Sib} (sibling)
 * @param kind {@code BIRTH}, {@code ADOPTIVE}, {@code STEP} or {@code UNKNOWN}
 * @param basis {@code STATED} or {@code INFERRED}
 * @param provenance where the tie is known from: {@code household:<id>}, {@code gedcom:<file>:<fam>}, ...
 */
public record KinTie(String fromId, String toId, String step, String kind, String basis, List<String> provenance) {}
