package org.favornet.detection.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EgoNetworkDensityTest {

    private final Hypergeometric h = new Hypergeometric();

    /**
     * Five contacts of the official in a frame of ten persons (contacts 0-4, strangers 5-9):
     * <pre>
     *   0 - 1      a triangle 0-1-2 and a pendant pair 3-4;
     *    \ |      4 is tied to no one else
     *      2      3 - 4
     * </pre>
     */
    private static final int[][] PAIRS = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {1, 0}};

    /** Oracle: every n-subset of the frame, the share whose contacts hold at least t tied pairs. */
    private static double[] exhaustive(int frame, int n, int contacts, EgoNetworkDensity d, int t) {
        long all = 0;
        long reached = 0;
        double sum = 0;
        for (int mask = 0; mask < (1 << frame); mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            int subset = mask;
            int[] chosen = java.util.stream.IntStream.range(0, contacts).filter(i -> (subset & (1 << i)) != 0).toArray();
            int pairs = d.tiedPairs(chosen);
            all++;
            sum += pairs;
            reached += pairs >= t ? 1 : 0;
        }
        return new double[] {(double) reached / all, sum / all};
    }

    @Test
    void duplicatePairsCountOnceAndTheExpectedCountIsTheExactPermutationMean() {
        EgoNetworkDensity d = new EgoNetworkDensity(10, 4, 5, PAIRS);
        assertThat(d.contactPairs()).isEqualTo(4); // 0-1 given twice
        assertThat(d.tiedPairs(new int[] {0, 1, 2})).isEqualTo(3);
        assertThat(d.tiedPairs(new int[] {0, 3})).isZero();
        // E[T] = 4 pairs x 4*3 / (10*9), and the mean over all C(10,4) = 210 subsets says the same
        assertThat(d.expected()).isCloseTo(4 * 12.0 / 90, within(1e-15));
        assertThat(exhaustive(10, 4, 5, d, 1)[1]).isCloseTo(d.expected(), within(1e-12));
    }

    @Test
    void thePermutationPValueAgreesWithExhaustiveEnumerationWithoutTheSequentialStop() {
        EgoNetworkDensity d = new EgoNetworkDensity(10, 4, 5, PAIRS);
        // he gave grants to 0, 1, 2 (the triangle, t = 3) and one stranger
        double exact = exhaustive(10, 4, 5, d, 3)[0];
        assertThat(exact).isCloseTo(7.0 / 210, within(1e-15)); // {0,1,2} with any of the 7 others
        EgoNetworkDensity.Result r = d.test(new int[] {0, 1, 2}, 42L, 200_000, Long.MAX_VALUE, h);
        assertThat(r.tiedPairs()).isEqualTo(3);
        assertThat(r.grantedContacts()).isEqualTo(3);
        assertThat(r.draws()).isEqualTo(200_000);
        double se = Math.sqrt(exact * (1 - exact) / 200_000);
        assertThat(r.p()).isCloseTo(exact, within(4 * se));
        // t = 1 (the pair 3-4 alone) is common: exact P(T >= 1), again by enumeration
        double common = exhaustive(10, 4, 5, d, 1)[0];
        EgoNetworkDensity.Result one = d.test(new int[] {3, 4}, 7L, 200_000, Long.MAX_VALUE, h);
        assertThat(one.p()).isCloseTo(common, within(4 * Math.sqrt(common * (1 - common) / 200_000)));
    }

    @Test
    void theSequentialTestStopsAfterTwentyDrawsReachTheObservedCount() {
        EgoNetworkDensity d = new EgoNetworkDensity(10, 4, 5, PAIRS);
        EgoNetworkDensity.Result r = d.test(new int[] {3, 4}, 42L, 1_000_000, h);
        assertThat(r.reached()).isEqualTo(EgoNetworkDensity.STOP_AFTER);
        assertThat(r.draws()).isLessThan(1_000);
        assertThat(r.p()).isEqualTo((double) EgoNetworkDensity.STOP_AFTER / r.draws());
        // the same seed, the same answer
        assertThat(d.test(new int[] {3, 4}, 42L, 1_000_000, h)).isEqualTo(r);
    }

    @Test
    void aCircleOfMutualTiesAroundTheOfficialIsBeyondEveryDrawOfTheVillage() {
        // a village of 400; he has 20 contacts, 5 of them (0-4) friends of each other, the others a
        // chain of kin (5-6, 6-7, ..., 18-19); 12 grantees, of whom the 5 friends
        int[][] pairs = new int[10 + 14][];
        int i = 0;
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                pairs[i++] = new int[] {a, b};
            }
        }
        for (int a = 5; a < 19; a++) {
            pairs[i++] = new int[] {a, a + 1};
        }
        EgoNetworkDensity d = new EgoNetworkDensity(400, 12, 20, pairs);
        assertThat(d.testable()).isTrue();
        EgoNetworkDensity.Result r = d.test(new int[] {0, 1, 2, 3, 4}, 42L, 100_000, h);
        assertThat(r.tiedPairs()).isEqualTo(10);
        assertThat(r.reached()).isZero();
        assertThat(r.draws()).isEqualTo(100_000);
        assertThat(r.p()).isEqualTo(1.0 / 100_001);
        assertThat(r.expected()).isCloseTo(24 * 132.0 / (400 * 399), within(1e-15));
        assertThat(r.lift()).isCloseTo(10 * 400 * 399 / (24 * 132.0), within(1e-9)); // about 500
    }

    @Test
    void noTiedPairAmongHisGranteesIsNoEvidenceAndNoTieAtAllIsNoTest() {
        EgoNetworkDensity d = new EgoNetworkDensity(10, 4, 5, PAIRS);
        EgoNetworkDensity.Result r = d.test(new int[] {0, 3}, 42L, 1_000, h);
        assertThat(r.p()).isEqualTo(1.0);
        assertThat(r.draws()).isZero();
        assertThat(new EgoNetworkDensity(10, 4, 5, new int[0][]).testable()).isFalse();
        assertThat(new EgoNetworkDensity(10, 1, 5, PAIRS).testable()).isFalse();
        assertThatThrownBy(() -> new EgoNetworkDensity(10, 4, 5, new int[][] {{2, 2}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EgoNetworkDensity(3, 4, 2, PAIRS)).isInstanceOf(IllegalArgumentException.class);
    }
}
