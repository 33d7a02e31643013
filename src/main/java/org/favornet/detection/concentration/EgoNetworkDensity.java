package org.favornet.detection.concentration;

import java.util.SplittableRandom;

/**
 * The density test of red flag 11: are the persons an official's grants went to tied to each other
 * inside his own circle of contacts (his ego network) more than chance allocation would make them?
 *
 * <p>The frame is the {@code N} persons his grants could have gone to (the living residents of his
 * jurisdiction), of whom {@code d} are his contacts (tied to him by kinship, acquaintance or a shared
 * phone or address) with {@code e} tied pairs among them. He gave grants to {@code n} distinct persons;
 * the statistic is {@code T}, the number of tied pairs among those of them who are his contacts (the
 * triangles he closes with two of his grantees). The null hypothesis is the within-jurisdiction
 * permutation: his {@code n} grantees are a uniform draw from the frame. A circle of friends,
 * partners and guarantors holding him and several of his grantees makes {@code T} large; a random draw
 * rarely holds even two of his contacts, let alone tied ones, so the test needs no community
 * detection and its power does not shrink with the size of a village or of a community.
 *
 * <p>{@code p = P(T >= t)} has no closed form, so it is a Monte Carlo permutation p-value with
 * Besag and Clifford's sequential stop (Besag, J. and Clifford, P. (1991), "Sequential Monte Carlo
 * p-values", Biometrika 78(2), 301-304): draw until {@code h} draws reach {@code t} (then
 * {@code p = h / draws}) or {@code maxDraws} draws are made (then {@code p = (reached + 1) /
 * (maxDraws + 1)}, Phipson and Smyth (2010), Stat. Appl. Genet. Mol. Biol. 9(1), art. 39); both are
 * valid p-values, so the Benjamini-Hochberg correction applies as to exact ones. A draw is simulated
 * exactly but cheaply: the number {@code X} of contacts in a uniform {@code n}-subset of the frame is
 * Hypergeometric({@code N, d, n}), and given {@code X = x} the contacts drawn are a uniform
 * {@code x}-subset of the {@code d}; only those are looked at. Cost per draw {@code O(log d + x^2)};
 * deterministic for a given seed. {@code E[T] = e n (n - 1) / (N (N - 1))} is exact.
 */
public final class EgoNetworkDensity {

    /** Exceedances after which the sequential test stops (Besag and Clifford's h). */
    static final int STOP_AFTER = 20;

    private final int frame;
    private final int draws;
    private final int contacts;
    private final long[][] tied;
    private final int contactPairs;

    /**
     * @param frame N, persons his grants could have gone to (his grantees among them)
     * @param draws n, the distinct persons his grants went to
     * @param contacts d, those persons of the frame tied to him, numbered 0..d-1
     * @param pairs the ties among the contacts, as pairs of contact numbers (duplicates count once)
     */
    public EgoNetworkDensity(int frame, int draws, int contacts, int[][] pairs) {
        if (frame < 0 || draws < 0 || contacts < 0 || draws > frame || contacts > frame) {
            throw new IllegalArgumentException("need 0 <= n, d <= N; got N=" + frame + " n=" + draws + " d=" + contacts);
        }
        this.frame = frame;
        this.draws = draws;
        this.contacts = contacts;
        this.tied = new long[contacts][(contacts + 63) >>> 6];
        int e = 0;
        for (int[] pair : pairs) {
            int a = pair[0];
            int b = pair[1];
            if (a == b || a < 0 || b < 0 || a >= contacts || b >= contacts) {
                throw new IllegalArgumentException("not a pair of distinct contacts: " + a + ", " + b);
            }
            if (!isTied(a, b)) {
                tied[a][b >>> 6] |= 1L << b;
                tied[b][a >>> 6] |= 1L << a;
                e++;
            }
        }
        this.contactPairs = e;
    }

    private boolean isTied(int a, int b) {
        return (tied[a][b >>> 6] & (1L << b)) != 0;
    }

    /** e, the tied pairs among his contacts. */
    public int contactPairs() {
        return contactPairs;
    }

    /**
     * Whether T can exceed 0 at all: two draws, two contacts and a tie between them. Depends on the
     * margins only, so leaving the other tests out of the correction keeps it valid (Tarone 1990).
     */
    public boolean testable() {
        return draws >= 2 && contacts >= 2 && contactPairs > 0;
    }

    /** T for a set of contacts: the tied pairs among them. */
    public int tiedPairs(int[] chosen) {
        int t = 0;
        for (int i = 0; i < chosen.length; i++) {
            for (int j = i + 1; j < chosen.length; j++) {
                t += isTied(chosen[i], chosen[j]) ? 1 : 0;
            }
        }
        return t;
    }

    /** E[T] under the permutation: each tied pair is drawn whole with probability n(n-1) / (N(N-1)). */
    public double expected() {
        return frame < 2 ? 0 : contactPairs * ((double) draws * (draws - 1)) / ((double) frame * (frame - 1));
    }

    /**
     * The test for the contacts among his grantees ({@code granted}, contact numbers), with at most
     * {@code maxDraws} permutation draws from a generator seeded with {@code seed}.
     */
    public Result test(int[] granted, long seed, long maxDraws, Hypergeometric h) {
        return test(granted, seed, maxDraws, STOP_AFTER, h);
    }

    /** The same with Besag and Clifford's h given ({@code Long.MAX_VALUE}: a fixed number of draws). */
    Result test(int[] granted, long seed, long maxDraws, long stopAfter, Hypergeometric h) {
        int t = tiedPairs(granted);
        if (t == 0) {
            return new Result(granted.length, 0, contactPairs, expected(), 0, 0, 1.0);
        }
        int lo = Math.max(0, draws - (frame - contacts));
        int hi = Math.min(draws, contacts);
        double[] cdf = new double[hi + 1];
        double sum = 0;
        for (int x = lo; x <= hi; x++) {
            sum += h.pmf(frame, contacts, draws, x);
            cdf[x] = sum;
        }
        // fewer than xMin contacts cannot hold t tied pairs: those draws are counted without a look
        int xMin = 2;
        while ((long) xMin * (xMin - 1) / 2 < t) {
            xMin++;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = new int[contacts];
        for (int i = 0; i < contacts; i++) {
            order[i] = i;
        }
        int[] chosen = new int[hi];
        long reached = 0;
        for (long l = 1; l <= maxDraws; l++) {
            int x = sample(cdf, lo, hi, rng.nextDouble() * sum);
            if (x < xMin) {
                continue;
            }
            for (int i = 0; i < x; i++) {
                int j = i + rng.nextInt(contacts - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
                chosen[i] = order[i];
            }
            if (tiedPairs(chosen, x) >= t) {
                reached++;
                if (reached == stopAfter) {
                    return new Result(granted.length, t, contactPairs, expected(), l, reached, (double) reached / l);
                }
            }
        }
        return new Result(granted.length, t, contactPairs, expected(), maxDraws, reached,
                (reached + 1.0) / (maxDraws + 1.0));
    }

    private int tiedPairs(int[] chosen, int x) {
        int t = 0;
        for (int i = 0; i < x; i++) {
            long[] row = tied[chosen[i]];
            for (int j = i + 1; j < x; j++) {
                t += (row[chosen[j] >>> 6] >>> chosen[j]) & 1L;
            }
        }
        return t;
    }

    /** The smallest x in lo..hi with cdf[x] > u (inverse transform). */
    private static int sample(double[] cdf, int lo, int hi, double u) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (cdf[mid] > u) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return a;
    }

    /**
     * One official's density test.
     *
     * @param grantedContacts x, his grantees who are his contacts
     * @param tiedPairs t, the tied pairs among them
     * @param contactPairs e, the tied pairs among all his contacts in the frame
     * @param expected E[T] under the permutation
     * @param draws permutation draws made (0 when t = 0)
     * @param reached draws whose T reached t
     * @param p the permutation p-value
     */
    public record Result(int grantedContacts, int tiedPairs, int contactPairs, double expected, long draws,
            long reached, double p) {

        public double lift() {
            return expected == 0 ? 0 : tiedPairs / expected;
        }
    }
}
