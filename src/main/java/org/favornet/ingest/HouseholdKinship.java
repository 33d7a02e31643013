package org.favornet.ingest;

import static org.favornet.ingest.Gb4761.BROTHER;
import static org.favornet.ingest.Gb4761.DAUGHTER;
import static org.favornet.ingest.Gb4761.HEAD;
import static org.favornet.ingest.Gb4761.PARENT;
import static org.favornet.ingest.Gb4761.SIBLING;
import static org.favornet.ingest.Gb4761.SISTER;
import static org.favornet.ingest.Gb4761.SON;
import static org.favornet.ingest.Gb4761.SPOUSE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kinship ties that one household's GB/T 4761-2008 relation codes support. Every code states a
 * relation to the head H; ties between two other members follow only when the member they
 * hang on is the single member of the household with that role and the graph knows no other
 * child (or sibling) of the head outside the household: a son's widow and daughter living with
 * her parents-in-law while a second son lives elsewhere must not be married to that second son.
 * Conservative by design: a household with no or several heads yields nothing, ambiguous
 * anchors yield nothing. Load explicit kinship before households (the dependency order does) so
 * stated facts can disambiguate.
 *
 * <p><b>Stated</b> (basis {@code STATED}, provenance {@code household:<id>}):
 * <ul>
 * <li>1, 10-12 spouse: H SPOUSE_OF member;</li>
 * <li>2, 20-27, 29 son and 3, 30-37, 39 daughter: H PARENT_OF member (21-26/31-36 {@code BIRTH},
 *     27/37 {@code ADOPTIVE_OR_STEP}, others {@code UNKNOWN});</li>
 * <li>5, 50-52, 57-59 parent: member PARENT_OF H (51/52 {@code BIRTH}, 57/58 {@code ADOPTIVE_OR_STEP});</li>
 * <li>7, 70, 71, 73, 75, 77, 79 sibling: H SIBLING_OF member;</li>
 * <li>28 son-in-law / 38 daughter-in-law: SPOUSE_OF the head's daughter / son, only when the
 *     household holds exactly one daughter / son and exactly one such in-law;</li>
 * <li>41, 42 son's child / 43, 44 daughter's child: the only son / daughter PARENT_OF member;</li>
 * <li>53, 54 husband's parents / 55, 56 wife's parents: member PARENT_OF the only spouse;</li>
 * <li>61, 62 father's parents / 63, 64 mother's parents: member PARENT_OF the only 51 / 52;</li>
 * <li>72/74/76/78 wife or husband of the 71/73/75/77 sibling: SPOUSE_OF that sibling when both are single;</li>
 * <li>93, 94 brother's child / 95, 96 sister's child: the only brother (71, 73) / sister (75, 77) PARENT_OF member.</li>
 * </ul>
 * <p><b>Inferred</b> (basis {@code INFERRED}, provenance {@code inferred:household:<id>}), each
 * from two stated relations:
 * <ul>
 * <li>the head's only spouse PARENT_OF each head's child except 27/37 (kind {@code UNKNOWN}:
 *     the child may be the head's from an earlier union);</li>
 * <li>the head's children (2x/3x except 27/37) SIBLING_OF each other;</li>
 * <li>the head's parents (5, 50-52, 59; not step 57/58) PARENT_OF each head's sibling (kind {@code UNKNOWN});</li>
 * <li>the head's siblings SIBLING_OF each other.</li>
 * </ul>
 * Nothing else is inferred: not a marriage between the head's father and mother, not ties of
 * grandchildren of unknown line (4, 40, 45-49), cousins, uncles or 99. Cost O(m^2) for m members
 * (sibling pairs), m is a handful.
 */
public final class HouseholdKinship {

    private HouseholdKinship() {}

    /** One member: a person and the code of his relation to the head. */
    public record Member(String personId, String code) {}

    /** The ties of one household when nothing is known outside it. */
    public static List<DerivedTie> derive(String householdId, List<Member> members) {
        return derive(householdId, members, Set.of(), Set.of());
    }

    /**
     * The ties of one household. Members listed twice keep their first code.
     *
     * @param storedChildren the head's children already in the graph: one outside the household
     *     makes "the only son/daughter" ambiguous (the grandchild's parent or the in-law's spouse
     *     may be a child who left or died), so 28/38/41-44 derive nothing
     * @param storedSiblings the head's siblings already in the graph: one outside the household
     *     makes "the only brother/sister" ambiguous, so 72-78 and 93-96 derive nothing
     * @return ties in a deterministic order; empty when the household has no single head
     */
    public static List<DerivedTie> derive(String householdId, List<Member> members, Set<String> storedChildren,
            Set<String> storedSiblings) {
        Map<String, String> codeOf = new LinkedHashMap<>();
        for (Member m : members) {
            codeOf.putIfAbsent(m.personId(), m.code());
        }
        List<String> heads = with(codeOf, HEAD);
        if (heads.size() != 1) {
            return List.of();
        }
        String head = heads.get(0);
        String stated = "household:" + householdId;
        String inferred = "inferred:household:" + householdId;
        List<DerivedTie> ties = new ArrayList<>();

        List<String> spouses = with(codeOf, SPOUSE);
        List<String> sons = with(codeOf, SON);
        List<String> daughters = with(codeOf, DAUGHTER);
        List<String> parents = with(codeOf, PARENT);
        List<String> siblings = with(codeOf, SIBLING);
        for (String s : spouses) {
            ties.add(new DerivedTie("SPOUSE_OF", head, s, null, "STATED", stated));
        }
        List<String> children = new ArrayList<>(sons);
        children.addAll(daughters);
        for (String c : children) {
            ties.add(new DerivedTie("PARENT_OF", head, c, Gb4761.childKind(codeOf.get(c)), "STATED", stated));
        }
        for (String p : parents) {
            ties.add(new DerivedTie("PARENT_OF", p, head, Gb4761.parentKind(codeOf.get(p)), "STATED", stated));
        }
        for (String s : siblings) {
            ties.add(new DerivedTie("SIBLING_OF", head, s, null, "STATED", stated));
        }
        boolean childrenKnown = codeOf.keySet().containsAll(storedChildren);
        boolean siblingsKnown = codeOf.keySet().containsAll(storedSiblings);
        if (childrenKnown) {
            spouseOfOnly(ties, codeOf, daughters, Set.of("28"), stated);
            spouseOfOnly(ties, codeOf, sons, Set.of("38"), stated);
            parentOfAll(ties, only(sons), with(codeOf, Set.of("41", "42")), stated);
            parentOfAll(ties, only(daughters), with(codeOf, Set.of("43", "44")), stated);
        }
        childOfAll(ties, only(spouses), with(codeOf, Set.of("53", "54", "55", "56")), stated);
        childOfAll(ties, only(with(codeOf, Set.of("51"))), with(codeOf, Set.of("61", "62")), stated);
        childOfAll(ties, only(with(codeOf, Set.of("52"))), with(codeOf, Set.of("63", "64")), stated);
        if (siblingsKnown) {
            for (String[] pair : new String[][] {{"71", "72"}, {"73", "74"}, {"75", "76"}, {"77", "78"}}) {
                spouseOfOnly(ties, codeOf, with(codeOf, Set.of(pair[0])), Set.of(pair[1]), stated);
            }
            parentOfAll(ties, only(with(codeOf, BROTHER)), with(codeOf, Set.of("93", "94")), stated);
            parentOfAll(ties, only(with(codeOf, SISTER)), with(codeOf, Set.of("95", "96")), stated);
        }

        List<String> ownChildren = children.stream().filter(c -> !Set.of("27", "37").contains(codeOf.get(c))).toList();
        String spouse = only(spouses);
        if (spouse != null) {
            for (String c : ownChildren) {
                ties.add(new DerivedTie("PARENT_OF", spouse, c, "UNKNOWN", "INFERRED", inferred));
            }
        }
        pairwiseSiblings(ties, ownChildren, inferred);
        for (String p : parents) {
            if (!Set.of("57", "58").contains(codeOf.get(p))) {
                for (String s : siblings) {
                    ties.add(new DerivedTie("PARENT_OF", p, s, "UNKNOWN", "INFERRED", inferred));
                }
            }
        }
        pairwiseSiblings(ties, siblings, inferred);
        return ties;
    }

    private static List<String> with(Map<String, String> codeOf, Set<String> codes) {
        return codeOf.entrySet().stream().filter(e -> codes.contains(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static String only(List<String> ids) {
        return ids.size() == 1 ? ids.get(0) : null;
    }

    /** The single anchor SPOUSE_OF the single in-law; nothing when either is missing or repeated. */
    private static void spouseOfOnly(List<DerivedTie> ties, Map<String, String> codeOf, List<String> anchors,
            Set<String> inLawCodes, String provenance) {
        List<String> inLaws = with(codeOf, inLawCodes);
        if (anchors.size() == 1 && inLaws.size() == 1) {
            ties.add(new DerivedTie("SPOUSE_OF", anchors.get(0), inLaws.get(0), null, "STATED", provenance));
        }
    }

    private static void parentOfAll(List<DerivedTie> ties, String parent, List<String> children, String provenance) {
        if (parent != null) {
            for (String c : children) {
                ties.add(new DerivedTie("PARENT_OF", parent, c, "UNKNOWN", "STATED", provenance));
            }
        }
    }

    private static void childOfAll(List<DerivedTie> ties, String child, List<String> parents, String provenance) {
        if (child != null) {
            for (String p : parents) {
                ties.add(new DerivedTie("PARENT_OF", p, child, "UNKNOWN", "STATED", provenance));
            }
        }
    }

    private static void pairwiseSiblings(List<DerivedTie> ties, List<String> ids, String provenance) {
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                ties.add(new DerivedTie("SIBLING_OF", ids.get(i), ids.get(j), null, "INFERRED", provenance));
            }
        }
    }
}
