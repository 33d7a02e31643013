package org.favornet.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which chain names a pair: the same answer whatever order the search met the chains in. */
class KinOfTest {

    private static KinOf tie(String chain, int degree, boolean blood, String... path) {
        return new KinOf("O", "R", List.of("NEAR_RELATIVE"), chain, "x", "x", degree, blood, List.of(path), List.of());
    }

    @Test
    void bloodThenDegreeThenWalkLengthDecide() {
        assertThat(tie("FS", 2, true, "O", "A", "R").closerThan(tie("W", 1, false, "O", "R"))).isTrue();
        assertThat(tie("W", 1, true, "O", "R").closerThan(tie("FS", 2, true, "O", "A", "R"))).isTrue();
        assertThat(tie("FS", 2, true, "O", "A", "R").closerThan(tie("FFSS", 2, true, "O", "A", "B", "C", "R")))
                .isTrue();
    }

    @Test
    void equallyCloseChainsAreOrderedTheSameWayRoundEitherWay() {
        KinOf viaFather = tie("FD", 2, true, "O", "F", "R");
        KinOf viaMother = tie("MD", 2, true, "O", "M", "R");
        KinOf viaMotherOtherWalk = tie("MD", 2, true, "O", "M2", "R");
        assertThat(viaFather.closerThan(viaMother)).isTrue();
        assertThat(viaMother.closerThan(viaFather)).isFalse();
        assertThat(viaMother.closerThan(viaMotherOtherWalk)).isTrue();
        assertThat(viaMotherOtherWalk.closerThan(viaMother)).isFalse();
        assertThat(viaMother.closerThan(viaMother)).isFalse();
    }
}
