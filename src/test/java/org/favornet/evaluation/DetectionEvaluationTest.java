package org.favornet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectionEvaluationTest {

    private static DetectionEvaluation.Case truth(String id, String rule, String official, Set<String> subjects,
            Set<String> grants) {
        return new DetectionEvaluation.Case(id, rule, official, subjects, grants, Set.of(), Set.of(), "");
    }

    private static DetectionEvaluation.Finding lead(String id, String rule, String official, Set<String> persons,
            Set<String> grants) {
        return new DetectionEvaluation.Finding(id, rule, official, persons, grants, Set.of(), Set.of(), 0, false);
    }

    @Test
    void computesPrecisionAndRecallPerFlagOverallAndForTheNaiveBaseline() {
        var cases = List.of(
                truth("c1", "kin_001", "o1", Set.of("b1"), Set.of("g1")),
                truth("c2", "1", "o2", Set.of("b2"), Set.of("g2")),
                truth("c3", "pay_004", "", Set.of("b3"), Set.of()));
        var lookalikes = List.of(truth("l1", "kin_001", "o9", Set.of("b9"), Set.of("g9")));
        var leads = List.of(
                lead("L1", "kin_001", "o1", Set.of("o1", "b1"), Set.of("g1")),   // finds c1
                lead("L2", "kin_001", "o9", Set.of("o9", "b9"), Set.of("g9")),   // the look-alike
                lead("L3", "pay_004", null, Set.of("b3"), Set.of("g3")));        // finds c3 by person
        var naive = List.of(
                lead("g1", "naive", "o1", Set.of("o1", "b1"), Set.of("g1")),
                lead("g2", "naive", "o2", Set.of("o2", "b2"), Set.of("g2")),
                lead("g9", "naive", "o9", Set.of("o9", "b9"), Set.of("g9")),
                lead("g8", "naive", "o8", Set.of("o8", "b8"), Set.of("g8")));
        var report = DetectionEvaluation.score(leads, naive, cases, lookalikes);

        var flag1 = report.perFlag().stream().filter(s -> s.flag().equals("1")).findFirst().orElseThrow();
        assertThat(List.of(flag1.leads(), flag1.truePositives(), flag1.cases(), flag1.found(), flag1.lookalikesFlagged()))
                .containsExactly(2, 1, 2, 1, 1);
        assertThat(flag1.precision()).isEqualTo(0.5);
        assertThat(flag1.recall()).isEqualTo(0.5);
        assertThat(report.overall().precision()).isEqualTo(2.0 / 3);
        assertThat(report.overall().recall()).isEqualTo(2.0 / 3);
        assertThat(report.naive().precision()).isEqualTo(0.5);
        assertThat(report.naive().recall()).isEqualTo(2.0 / 3);
        assertThat(report.naive().lookalikesFlagged()).isEqualTo(1);
        assertThat(report.missed()).containsExactly("c2 (1)");
    }

    @Test
    void aTipCaseIsFoundByATippedLeadOnItsGrantsWhateverTheLeadsOwnRule() {
        var cases = List.of(
                truth("c11", "11:allocator-community", "o1", Set.of("b1"), Set.of("g1")),
                truth("c12", "12:tip", "o1", Set.of("b1"), Set.of("g1")));
        var tipped = new DetectionEvaluation.Finding("L1", "comm_011", "o1", Set.of("o1", "b1"), Set.of("g1"), Set.of(),
                Set.of(), 1.5, true);
        var report = DetectionEvaluation.score(List.of(tipped), List.of(), cases, List.of());
        var flag12 = report.perFlag().stream().filter(s -> s.flag().equals("12")).findFirst().orElseThrow();
        assertThat(List.of(flag12.leads(), flag12.truePositives(), flag12.found())).containsExactly(1, 1, 1);
        assertThat(report.missed()).isEmpty();
        // the same lead without the tip's raise finds the community case only
        var plain = new DetectionEvaluation.Finding("L1", "comm_011", "o1", Set.of("o1", "b1"), Set.of("g1"), Set.of(),
                Set.of(), 1.0, false);
        assertThat(DetectionEvaluation.score(List.of(plain), List.of(), cases, List.of()).missed()).containsExactly("c12 (12:tip)");
    }

    @Test
    void readsQuotedCsvWithSemicolonSeparatedIds() {
        var rows = DetectionEvaluation.csv("case_id,rule,subject_ids,description\nc1,kin_001,\"a;b\",\"x, \"\"y\"\"\"\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("c1", "kin_001", "a;b", "x, \"y\"");
        assertThat(DetectionEvaluation.flag("kick_007")).isEqualTo("7");
        assertThat(DetectionEvaluation.flag("12")).isEqualTo("12");
        assertThat(DetectionEvaluation.flag("1:undeclared-relative")).isEqualTo("1");
        assertThat(DetectionEvaluation.flag("10:household-split")).isEqualTo("10");
    }
}
