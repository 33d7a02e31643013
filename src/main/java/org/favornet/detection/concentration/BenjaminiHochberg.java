package org.favornet.detection.concentration;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini-Hochberg step-up adjustment: q-values controlling the false-discovery rate over all
 * tests run together (Benjamini, Y. and Hochberg, Y. (1995), "Controlling the false discovery rate:
 * a practical and powerful approach to multiple testing", J. R. Statist. Soc. B 57(1), 289-300).
 * With the p-values sorted ascending, {@code q_(i) = min_{j >= i} min(1, m p_(j) / j)}; rejecting
 * every test with {@code q <= alpha} keeps the expected share of false leads among the reported ones
 * at most {@code alpha} (independent or positively dependent tests). Cost: {@code O(m log m)}.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {}

    /** q-values in the order of the p-values given. */
    public static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, Math.min(1.0, p[i] * m / rank));
            q[i] = running;
        }
        return q;
    }
}
