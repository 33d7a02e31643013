package org.favornet.detection.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HypergeometricTest {

    private final Hypergeometric h = new Hypergeometric();

    /** Oracle: enumerate every n-subset of N items (the first K marked) and count those with >= k marked. */
    private static double bruteForceTail(int N, int K, int n, int k) {
        long hits = 0;
        long all = 0;
        for (int mask = 0; mask < (1 << N); mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            all++;
            int marked = Integer.bitCount(mask & ((1 << K) - 1));
            if (marked >= k) {
                hits++;
            }
        }
        return (double) hits / all;
    }

    @Test
    void upperTailEqualsExhaustiveEnumerationOnEverySmallTable() {
        for (int N = 1; N <= 12; N++) {
            for (int K = 0; K <= N; K++) {
                for (int n = 0; n <= N; n++) {
                    for (int k = 0; k <= n + 1; k++) {
                        assertThat(h.upperTail(N, K, n, k)).as("N=%d K=%d n=%d k=%d", N, K, n, k)
                                .isCloseTo(bruteForceTail(N, K, n, k), within(1e-12));
                    }
                }
            }
        }
    }

    @Test
    void upperTailAgreesWithASeededPermutationTestOnAVillageSizedCase() {
        // 60 grants in the village, 9 to the official's kin; he handled 12, of which 5 reached his kin.
        int N = 60, K = 9, n = 12, k = 5;
        Random rng = new Random(20240501L);
        int[] items = new int[N];
        for (int i = 0; i < K; i++) {
            items[i] = 1;
        }
        int trials = 200_000;
        int extreme = 0;
        for (int t = 0; t < trials; t++) {
            for (int i = 0; i < n; i++) { // partial Fisher-Yates: the first n are a uniform sample
                int j = i + rng.nextInt(N - i);
                int tmp = items[i];
                items[i] = items[j];
                items[j] = tmp;
            }
            int marked = 0;
            for (int i = 0; i < n; i++) {
                marked += items[i];
            }
            extreme += marked >= k ? 1 : 0;
        }
        double exact = h.upperTail(N, K, n, k);
        double se = Math.sqrt(exact * (1 - exact) / trials);
        assertThat((double) extreme / trials).isCloseTo(exact, within(4 * se));
    }

    @Test
    void logChooseMatchesExactBigIntegerBinomialsWhereDoublesWouldOverflow() {
        int n = 2000;
        int k = 700;
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        double exactLog = Math.log(c.shiftRight(c.bitLength() - 60).doubleValue()) + (c.bitLength() - 60) * Math.log(2);
        assertThat(h.logChoose(n, k)).isCloseTo(exactLog, within(1e-8 * exactLog));
    }

    @Test
    void tailsStayFiniteAndOrderedForCountySizedPopulations() {
        double p = h.upperTail(200_000, 1_000, 400, 25);
        assertThat(p).isGreaterThan(0).isLessThan(1e-15);
        assertThat(h.upperTail(200_000, 1_000, 400, 2)).isGreaterThan(h.upperTail(200_000, 1_000, 400, 3));
        assertThat(h.upperTail(200_000, 1_000, 400, 0)).isEqualTo(1.0);
        assertThat(h.upperTail(200_000, 1_000, 400, 401)).isEqualTo(0.0);
    }

    @Test
    void anOfficialWhoHandlesEveryGrantCannotExceedTheBaseRate() {
        // Conditional on the margins: n = N forces k = K, so the tail at k is 1.
        assertThat(h.upperTail(40, 30, 40, 30)).isEqualTo(1.0);
    }
}
