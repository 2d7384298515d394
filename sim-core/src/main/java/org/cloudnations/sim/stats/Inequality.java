package org.cloudnations.sim.stats;

import java.util.Arrays;

/**
 * The one Gini coefficient and the one Herfindahl-Hirschman index of the library, for every rule's
 * metrics. Both read non-negative values and give 0 when the total is not positive.
 */
public final class Inequality {
    private Inequality() {
    }

    /**
     * The Gini coefficient {@code sum_i (2i - n - 1) x_(i) / (n sum x)} over the values sorted
     * ascending (a sorted copy; the argument is left as it is).
     *
     * @param values non-negative values
     * @return the Gini coefficient in [0, 1); 0 for an empty or all-zero array
     */
    public static double gini(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        return giniSorted(x);
    }

    /**
     * The Gini coefficient of values already sorted ascending.
     *
     * @param sorted non-negative values, ascending
     * @return the Gini coefficient; 0 when the sum is not positive
     */
    public static double giniSorted(double[] sorted) {
        int n = sorted.length;
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += sorted[i];
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return sum <= 0 ? 0 : weighted / (n * sum);
    }

    /**
     * The Herfindahl-Hirschman index {@code sum_k (x_k / sum x)^2}.
     *
     * @param values non-negative values (sizes, outputs, powers)
     * @return the index in (0, 1]; 0 when the sum is not positive
     */
    public static double hhi(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        if (total <= 0) {
            return 0;
        }
        double h = 0;
        for (double v : values) {
            double share = v / total;
            h += share * share;
        }
        return h;
    }

    /**
     * The Herfindahl-Hirschman index of counts.
     *
     * @param counts non-negative counts
     * @return the index; 0 when all counts are 0
     */
    public static double hhi(long[] counts) {
        double[] x = new double[counts.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = counts[k];
        }
        return hhi(x);
    }
}
