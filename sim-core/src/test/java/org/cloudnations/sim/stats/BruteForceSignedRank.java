package org.cloudnations.sim.stats;

/**
 * The independent reference of the signed-rank tests: ranks by counting (no sorting), and the null
 * distribution by listing all 2^n sign assignments of the non-zero differences.
 */
final class BruteForceSignedRank {
    private BruteForceSignedRank() {
    }

    /** Mid-rank of |v[i]| among |v|: 1 + (number smaller) + (number equal, others) / 2. */
    static double[] midRanks(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            int smaller = 0;
            int equal = 0;
            for (int j = 0; j < v.length; j++) {
                if (Math.abs(v[j]) < Math.abs(v[i])) {
                    smaller++;
                } else if (j != i && Math.abs(v[j]) == Math.abs(v[i])) {
                    equal++;
                }
            }
            r[i] = 1 + smaller + equal / 2.0;
        }
        return r;
    }

    /**
     * {P(V &lt;= v), P(V &gt;= v), v}: the tails of the observed statistic over all sign assignments
     * of the non-zero differences.
     *
     * @param d differences
     * @param pratt whether zeros are ranked (Pratt) or dropped first (Wilcoxon)
     */
    static double[] tails(double[] d, boolean pratt) {
        double[] ranked = pratt ? d : java.util.Arrays.stream(d).filter(x -> x != 0).toArray();
        double[] allRanks = midRanks(ranked);
        double[] ranks = new double[ranked.length];
        boolean[] positive = new boolean[ranked.length];
        int n = 0;
        for (int i = 0; i < ranked.length; i++) {
            if (ranked[i] != 0) {
                ranks[n] = allRanks[i];
                positive[n] = ranked[i] > 0;
                n++;
            }
        }
        double observed = 0;
        for (int i = 0; i < n; i++) {
            if (positive[i]) {
                observed += ranks[i];
            }
        }
        long below = 0;
        long above = 0;
        for (long signs = 0; signs < (1L << n); signs++) {
            double v = 0;
            for (int i = 0; i < n; i++) {
                if ((signs >> i & 1) == 1) {
                    v += ranks[i];
                }
            }
            if (v <= observed + 1e-9) {
                below++;
            }
            if (v >= observed - 1e-9) {
                above++;
            }
        }
        double all = Math.pow(2, n);
        return new double[] {below / all, above / all, observed};
    }

    /** The exact two-sided p-value, twice the smaller tail, at most 1. */
    static double twoSided(double[] d, boolean pratt) {
        double[] t = tails(d, pratt);
        return Math.min(1, 2 * Math.min(t[0], t[1]));
    }
}
