package org.favornet.kinship;

import java.util.List;
import java.util.Set;

/**
 * One way a person ({@code toId}) is related to a subject ({@code fromId}): "toId is fromId's
 * {@code termEn}".
 *
 * @param chain steps from the subject, e.g. {@code Sp·Sib}, {@code P·Sib·C} (P parent, C child,
 *     Sp spouse, Sib sibling)
 * @param up generations up from the subject to the common ancestor (blood) or along the chain
 * @param down generations down from there to the relative
 * @param termEn English term, e.g. {@code wife's younger brother}
 * @param termZh Chinese term, e.g. {@code 小舅子}
 * @param blood true for blood relations, false for in-laws
 * @param degree civil-law degree of kinship (generations up + down for blood relations)
 * @param qualifiers {@code STEP}, {@code ADOPTIVE}, {@code HALF}, {@code INFERRED} where they apply
 * @param scopes names of the relation scopes this relation falls in, e.g. {@code CIVIL_SERVANT_RECUSAL}
 * @param ties the ties walked, subject first, each with its provenance
 */
public record Relation(String fromId, String toId, String chain, int up, int down, String termEn, String termZh,
        boolean blood, int degree, Set<String> qualifiers, Set<String> scopes, List<KinTie> ties) {}
