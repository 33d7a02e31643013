package org.favornet.detection.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters every rule may use, and only these ({@link #NAMES}; the rule lint checks it).
 *
 * @param regions region-code prefixes, none covering another ("" = everything)
 * @param programs programme codes; empty = all
 * @param from first day of the period, {@code to} the last
 * @param kickbackDays red flag 7 window
 * @param entitlementPrograms never discretionary, never favoritism
 * @param moveDays red flag 10 window
 */
public record RuleParameters(String scope, List<String> regions, List<String> programs, LocalDate from, LocalDate to,
        int kickbackDays, double kickbackMinShare, List<String> entitlementPrograms, List<String> meansTestedPrograms,
        int moveDays, double tipBoost) {

    public static final Set<String> NAMES = Set.of("scope", "regions", "programs", "from", "to", "kickbackDays",
            "kickbackMinShare", "entitlementPrograms", "meansTestedPrograms", "moveDays", "tipBoost", "programNamesZh");

    public RuleParameters {
        regions = normalise(regions);
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    /** Programme names for the Chinese evidence sentences ({@code $programNamesZh[code]}), from the bundles. */
    private static final Map<String, String> PROGRAM_NAMES_ZH = programNamesZh();

    private static Map<String, String> programNamesZh() {
        Map<String, String> names = new HashMap<>();
        for (String code : List.of("DIBAO", "TEKUN", "LINSHI", "ZUNLAO", "STUDENT_AID", "HOUSING")) {
            names.put(code, org.favornet.web.Texts.shared().program(org.favornet.web.Languages.CHINESE, code));
        }
        return Map.copyOf(names);
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new HashMap<>();
        m.put("scope", scope);
        m.put("regions", regions);
        m.put("programs", programs);
        m.put("from", from);
        m.put("to", to);
        m.put("kickbackDays", kickbackDays);
        m.put("kickbackMinShare", kickbackMinShare);
        m.put("entitlementPrograms", entitlementPrograms);
        m.put("meansTestedPrograms", meansTestedPrograms);
        m.put("moveDays", moveDays);
        m.put("tipBoost", tipBoost);
        m.put("programNamesZh", PROGRAM_NAMES_ZH);
        return m;
    }

    /** Drops prefixes covered by a shorter one, so a rule starting with UNWIND $regions meets each grant once. */
    public static List<String> normalise(List<String> regions) {
        if (regions == null || regions.isEmpty()) {
            return List.of("");
        }
        List<String> sorted = regions.stream().map(String::strip).distinct().sorted().toList();
        java.util.ArrayList<String> kept = new java.util.ArrayList<>();
        for (String r : sorted) {
            if (kept.stream().noneMatch(r::startsWith)) {
                kept.add(r);
            }
        }
        return List.copyOf(kept);
    }
}
