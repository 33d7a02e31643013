package org.favornet.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chain patterns and configured scopes, without the database. */
class RelationScopeTest {

    private static final RelationScope LINEAL = new RelationScope("LINEAL", "test", List.of("P+", "C+", "Sp·C*"), null, null);

    @Test
    void repeatedStepsMatchAnyNumberOfGenerationsButNothingElse() {
        assertThat(LINEAL.matches("P")).isTrue();
        assertThat(LINEAL.matches("P·P·P·P")).isTrue();
        assertThat(LINEAL.matches("C.C")).isTrue();
        assertThat(LINEAL.matches("Sp")).isTrue();
        assertThat(LINEAL.matches("Sp·C·C")).isTrue();
        assertThat(LINEAL.matches("P·C")).isFalse();
        assertThat(LINEAL.matches("P·Sib")).isFalse();
        assertThat(LINEAL.matches("")).isFalse();
    }

    @Test
    void adoptiveTiesCountByDefaultAndStepTiesDoNot() {
        assertThat(LINEAL.admits("C", Set.of("ADOPTIVE"))).isTrue();
        assertThat(LINEAL.admits("C", Set.of("STEP"))).isFalse();
        RelationScope withStep = new RelationScope("S", "b", List.of("C"), false, true);
        assertThat(withStep.admits("C", Set.of("STEP"))).isTrue();
        assertThat(withStep.admits("C", Set.of("ADOPTIVE"))).isFalse();
    }

    @Test
    void prefixesAndSegmentLimitsPruneTheSearchToWhatTheScopeCanReach() {
        RelationScope recusal = new RelationScope("R", "b", List.of("Sp", "P+", "P·Sib·C", "C·Sp·P", "Sp·Sib·Sp"), null, null);
        assertThat(recusal.viablePrefix("C·Sp")).isTrue();
        assertThat(recusal.viablePrefix("Sib·Sp")).isFalse();
        assertThat(recusal.segmentLimit("", 4)).isEqualTo(4); // P+ is unbounded, capped at 4
        assertThat(recusal.segmentLimit("C·Sp", 4)).isEqualTo(1); // only the spouse's parent follows
        assertThat(recusal.segmentLimit("Sp", 4)).isEqualTo(1); // Sp·Sib then a spouse
        assertThat(new RelationScope("N", "b", List.of("Sp", "P·Sib·C"), null, null).segmentLimit("", 6)).isEqualTo(3);
    }

    @Test
    void anExternalFileAddsProvincialScopesAndReplacesNationalOnesByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scopes.json");
        Files.writeString(file, """
                {"scopes": [
                  {"name": "HENAN_DIBAO", "basis": "provincial rule", "chains": ["Sp", "P", "C", "Sib", "Sp·P", "Sp·Sib·Sp"], "step": true},
                  {"name": "CIVIL_CODE_NEAR", "basis": "narrowed for a test", "chains": ["Sp"]}
                ]}
                """);
        RelationScopes scopes = new RelationScopes(new KinshipProperties(4, 6, 2, file, false));
        assertThat(scopes.names()).containsExactly("CIVIL_CODE_NEAR", "CIVIL_SERVANT_RECUSAL", "DIBAO_FILING", "HENAN_DIBAO");
        assertThat(scopes.get("HENAN_DIBAO").orElseThrow().admits("Sp·Sib·Sp", Set.of())).isTrue();
        assertThat(scopes.get("CIVIL_CODE_NEAR").orElseThrow().matches("P")).isFalse();
        assertThat(new RelationScopes(new KinshipProperties(4, 6, 2, null, false)).get("CIVIL_CODE_NEAR").orElseThrow()
                .matches("P·P")).isTrue();
    }

    @Test
    void aPatternWithAnUnknownStepIsRejected() {
        assertThatThrownBy(() -> new RelationScope("X", "b", List.of("P·Cousin"), null, null).validated())
                .hasMessageContaining("Cousin");
    }

    @Test
    void chainsSplitIntoTheStepsTheRegularExpressionGave() {
        java.util.Random rnd = new java.util.Random(74);
        String alphabet = "CPSpib·. +*";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = rnd.nextInt(9); n > 0; n--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String chain = b.toString();
            java.util.List<String> expected = chain.isBlank() ? java.util.List.of()
                    : java.util.Arrays.stream(chain.split("[·.]")).map(String::strip).toList();
            org.assertj.core.api.Assertions.assertThat(RelationScope.split(chain)).as("'%s'", chain)
                    .containsExactlyElementsOf(expected);
        }
    }
}
