package org.favornet.detection.concentration;

/**
 * Exact upper tail of the hypergeometric distribution, {@code P(X >= k)} for {@code X} the number of
 * marked items in a sample of {@code n} drawn without replacement from {@code N} items of which
 * {@code K} are marked: {@code sum_{x>=k} C(K,x) C(N-K,n-x) / C(N,n)}. This is the one-sided p-value
 * of Fisher's exact test on the 2x2 table (handled / not handled by the official x reaches / does not
 * reach his circle), conditional on both margins (Fisher, 1935, <i>The Design of Experiments</i>;
 * Agresti, <i>Categorical Data Analysis</i>, 3rd ed., §3.5). Chosen over a permutation baseline
 * because it is the exact limit of that permutation (relabelling which grants the official handled
 * inside the same jurisdiction and period), with no simulation noise and no seed.
 *
 * <p>Binomial coefficients are taken in log space, from a table of {@code ln i!} built by summing
 * {@code ln i}, and the tail is summed with log-sum-exp, so N in the
 * hundreds of thousands neither overflows nor underflows. Cost: {@code O(N)} once for the table,
 * then {@code O(min(n, K) - k)} per tail.
 */
public final class Hypergeometric {

    private double[] logFactorial = {0.0};

    /** ln(n!) for n >= 0, the table grown on demand. */
    public double logFactorial(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        if (n >= logFactorial.length) {
            double[] grown = java.util.Arrays.copyOf(logFactorial, Math.max(n + 1, logFactorial.length * 2));
            for (int i = logFactorial.length; i < grown.length; i++) {
                grown[i] = grown[i - 1] + Math.log(i);
            }
            logFactorial = grown;
        }
        return logFactorial[n];
    }

    /** ln C(n, k); negative infinity outside 0 <= k <= n. */
    public double logChoose(int n, int k) {
        if (k < 0 || k > n) {
            return Double.NEGATIVE_INFINITY;
        }
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    /** P(X = x). */
    public double pmf(int population, int marked, int draws, int x) {
        check(population, marked, draws);
        return Math.exp(logChoose(marked, x) + logChoose(population - marked, draws - x)
                - logChoose(population, draws));
    }

    /** P(X >= k), exact. */
    public double upperTail(int population, int marked, int draws, int k) {
        check(population, marked, draws);
        int lo = Math.max(0, draws - (population - marked));
        int hi = Math.min(draws, marked);
        if (k <= lo) {
            return 1.0;
        }
        if (k > hi) {
            return 0.0;
        }
        double denominator = logChoose(population, draws);
        double[] terms = new double[hi - k + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int x = k; x <= hi; x++) {
            double t = logChoose(marked, x) + logChoose(population - marked, draws - x) - denominator;
            terms[x - k] = t;
            max = Math.max(max, t);
        }
        double sum = 0.0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return Math.min(1.0, Math.exp(max + Math.log(sum)));
    }

    private static void check(int population, int marked, int draws) {
        if (population < 0 || marked < 0 || draws < 0 || marked > population || draws > population) {
            throw new IllegalArgumentException("need 0 <= K, n <= N; got N=" + population + " K=" + marked + " n=" + draws);
        }
    }
}
