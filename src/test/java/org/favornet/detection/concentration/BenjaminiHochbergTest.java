package org.favornet.detection.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    @Test
    void adjustsAHandComputedExampleInTheOriginalOrder() {
        // sorted: 0.005 (r1) 0.01 (r2) 0.03 (r3) 0.04 (r4), m = 4
        // m p / r: 0.02, 0.02, 0.04, 0.04; running minimum from the top leaves them unchanged.
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(q[0]).isCloseTo(0.02, within(1e-15));
        assertThat(q[1]).isCloseTo(0.04, within(1e-15));
        assertThat(q[2]).isCloseTo(0.04, within(1e-15));
        assertThat(q[3]).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void enforcesMonotonicityFromTheLargestPValueDown() {
        // m p / r: 0.04, 0.04, 0.0333..., 0.5: the third pulls the first two down to 1/30.
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.02, 0.025, 0.5});
        assertThat(q).containsExactly(new double[] {1.0 / 30, 1.0 / 30, 1.0 / 30, 0.5}, within(1e-15));
    }

    @Test
    void capsAtOneAndHandlesNoTests() {
        assertThat(BenjaminiHochberg.adjust(new double[] {0.9, 0.8})).containsExactly(0.9, 0.9);
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    }
}
