package org.cloudnations.sim.model.governance;

/** Distribution summaries used by the governance model's metrics. */
final class Stats {
    private Stats() {
    }

    /**
     * Gini coefficient of values sorted ascending: sum_j (2j - n - 1) x_(j) / (n sum x); 0 when the
     * sum is not positive.
     */
    static double giniSorted(float[] sorted) {
        int n = sorted.length;
        double weighted = 0;
        double total = 0;
        for (int j = 0; j < n; j++) {
            weighted += (2.0 * (j + 1) - n - 1) * sorted[j];
            total += sorted[j];
        }
        return total > 0 ? weighted / (n * total) : 0;
    }

    /** Herfindahl-Hirschman index sum (x_k / sum x)^2; 0 when the sum is not positive. */
    static double hhi(double[] x) {
        double total = 0;
        for (double v : x) {
            total += v;
        }
        if (total <= 0) {
            return 0;
        }
        double h = 0;
        for (double v : x) {
            h += (v / total) * (v / total);
        }
        return h;
    }

    /** Herfindahl-Hirschman index of counts. */
    static double hhi(long[] counts) {
        double[] x = new double[counts.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = counts[k];
        }
        return hhi(x);
    }

    /** Gini-Simpson index 1 - sum p_v^2 of counts; 0 when all counts are 0. */
    static double simpson(long[] counts, int from, int to) {
        long total = 0;
        for (int v = from; v < to; v++) {
            total += counts[v];
        }
        if (total == 0) {
            return 0;
        }
        double s = 0;
        for (int v = from; v < to; v++) {
            double p = (double) counts[v] / total;
            s += p * p;
        }
        return 1 - s;
    }
}
