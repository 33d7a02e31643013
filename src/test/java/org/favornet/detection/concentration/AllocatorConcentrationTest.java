package org.favornet.detection.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.detection.rules.Official;
import org.junit.jupiter.api.Test;

class AllocatorConcentrationTest {

    /** count grants in region, the first `kinHits` to beneficiaries k0.., the rest to strangers s0.. */
    private static List<GrantFact> village(String region, String official, int count, int kinHits, String kinPrefix) {
        List<GrantFact> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String b = i < kinHits ? kinPrefix + i : region + "-s" + i;
            out.add(new GrantFact(region + "-g" + i, "DIBAO", region, b, Set.of(official)));
        }
        return out;
    }

    @Test
    void flagsAnOfficialWhoseGrantsGoToHisRelativesFarAboveTheTownshipRate() {
        // Township 1001: a clerk handles 10 of 100 grants, 6 of them to his kin; nobody else's grants reach them.
        List<GrantFact> grants = new ArrayList<>(village("100100000001", "clerk", 10, 6, "kin"));
        grants.addAll(village("100100000002", "other", 90, 0, "x"));
        Official clerk = new Official("clerk", Set.of(), List.of("100100"));
        Official other = new Official("other", Set.of(), List.of("100100000002"));
        Set<String> kin = Set.of("kin0", "kin1", "kin2", "kin3", "kin4", "kin5", "kin6");
        var findings = AllocatorConcentration.evaluate(List.of(clerk, other), new Allocations(grants),
                Map.of("clerk", kin), Map.of(), 0.05, 2);
        assertThat(findings).extracting(AllocatorConcentration.Finding::officialId).containsExactly("clerk");
        Allocations.CircleTest t = findings.get(0).tests().get("kin");
        assertThat(List.of(t.population(), t.marked(), t.draws(), t.hitCount())).containsExactly(100, 6, 10, 6);
        assertThat(t.lift()).isEqualTo(10.0);
    }

    @Test
    void doesNotFlagAChiefOfASingleSurnameVillageWhoseGranteesAreKinAtTheVillageRate() {
        // 40 grants; the chief handles 20; 12 of all grants go to his (distant, numerous) kin, 6 of his 20.
        List<GrantFact> grants = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String b = i % 10 < 3 ? "kin" + i : "s" + i;
            String official = i % 2 == 0 ? "chief" : "accountant";
            grants.add(new GrantFact("g" + i, "DIBAO", "100100000003", b, Set.of(official)));
        }
        Set<String> kin = new java.util.HashSet<>();
        grants.stream().map(GrantFact::beneficiaryId).filter(b -> b.startsWith("kin")).forEach(kin::add);
        Official chief = new Official("chief", Set.of(), List.of("100100000003"));
        var findings = AllocatorConcentration.evaluate(List.of(chief), new Allocations(grants),
                Map.of("chief", kin), Map.of("chief", kin), 0.05, 2);
        assertThat(findings).isEmpty();
    }

    @Test
    void testsRelativesAndAcquaintancesTogetherWhenEachHalfIsTooFewToStandOut() {
        // 40 villages of 60 grants; in each the official handles 20. In village 0 he gives 2 to relatives
        // and 4 to friends (6 of 20; nobody else's grants reach them); elsewhere 1 of his 20 reaches his kin.
        List<GrantFact> grants = new ArrayList<>();
        List<Official> officials = new ArrayList<>();
        Map<String, Set<String>> kin = new java.util.HashMap<>();
        Map<String, Set<String>> friends = new java.util.HashMap<>();
        for (int v = 0; v < 40; v++) {
            String region = String.format("1001000%05d", v);
            String o = "o" + v;
            officials.add(new Official(o, Set.of(), List.of(region)));
            for (int i = 0; i < 60; i++) {
                String b = region + "-b" + i;
                grants.add(new GrantFact(region + "-g" + i, "DIBAO", region, b, Set.of(i < 20 ? o : "x" + v)));
            }
            kin.put(o, v == 0 ? Set.of(region + "-b0", region + "-b1") : Set.of(region + "-b0", region + "-b30"));
            friends.put(o, v == 0 ? Set.of(region + "-b2", region + "-b3", region + "-b4", region + "-b5")
                    : Set.of(region + "-b40"));
        }
        var findings = AllocatorConcentration.evaluate(officials, new Allocations(grants), kin, friends, 0.05, 2);
        assertThat(findings).extracting(AllocatorConcentration.Finding::officialId).containsExactly("o0");
        Allocations.CircleTest t = findings.get(0).tests().get("circle");
        assertThat(List.of(t.population(), t.marked(), t.draws(), t.hitCount())).containsExactly(60, 6, 20, 6);
        assertThat(findings.get(0).tests()).doesNotContainKey("kin");
    }

    @Test
    void theResidentTestSeesAnOfficialWhoHandlesNearlyEveryGrantOfHisVillage() {
        // 13 grants; he handles 10, 6 to his circle of 40 among 800 living residents. Grant-based, his own
        // choices are the base rate (6 of 13) and nothing stands out; among residents, 5 % are his circle.
        List<GrantFact> grants = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            String b = i < 6 ? "c" + i : "s" + i;
            grants.add(new GrantFact("g" + i, "DIBAO", "100100000005", b, Set.of(i < 10 ? "chief" : "clerk")));
        }
        Official chief = new Official("chief", Set.of(), List.of("100100000005"));
        Set<String> circle = Set.of("c0", "c1", "c2", "c3", "c4", "c5");
        var withoutResidents = AllocatorConcentration.evaluate(List.of(chief), new Allocations(grants),
                Map.of(), Map.of("chief", circle), 0.05, 2);
        assertThat(withoutResidents).isEmpty();
        var findings = AllocatorConcentration.evaluate(List.of(chief), new Allocations(grants), Map.of(),
                Map.of("chief", circle), Map.of("chief", new int[] {800, 40}), 0.05, 2);
        assertThat(findings).extracting(AllocatorConcentration.Finding::officialId).containsExactly("chief");
        Allocations.CircleTest t = findings.get(0).tests().get("residents");
        assertThat(List.of(t.population(), t.marked(), t.draws(), t.hitCount())).containsExactly(800, 40, 10, 6);
        assertThat(t.p()).isCloseTo(new Hypergeometric().upperTail(800, 40, 10, 6), org.assertj.core.api.Assertions.within(1e-15))
                .isLessThan(1e-4);
    }

    @Test
    void theResidentTestLeavesAChiefWhoseCircleGetsItsShareOfTheVillage() {
        // his circle is a fifth of the village and gets 2 of the 10 persons he helped
        List<GrantFact> grants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            grants.add(new GrantFact("g" + i, "DIBAO", "100100000006", i < 2 ? "c" + i : "s" + i, Set.of("chief")));
        }
        Official chief = new Official("chief", Set.of(), List.of("100100000006"));
        var findings = AllocatorConcentration.evaluate(List.of(chief), new Allocations(grants), Map.of(),
                Map.of("chief", Set.of("c0", "c1")), Map.of("chief", new int[] {800, 160}), 0.05, 2);
        assertThat(findings).isEmpty();
    }

    @Test
    void restrictsThePopulationToTheProgrammesTheOfficialsPostHandles() {
        List<GrantFact> grants = List.of(
                new GrantFact("a", "DIBAO", "100100000004", "b1", Set.of("o")),
                new GrantFact("b", "HOUSING", "100100000004", "b2", Set.of("x")),
                new GrantFact("c", "DIBAO", "100100000004", "b3", Set.of("x")));
        Official o = new Official("o", Set.of("DIBAO"), List.of("100100000004"));
        assertThat(new Allocations(grants).population(o)).extracting(GrantFact::id).containsExactly("a", "c");
    }
}
