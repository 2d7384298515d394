package org.cloudnations.sim.stats;

/**
 * The exact null distribution of a signed-rank sum: the sum of a random subset of given positive
 * integer ranks, each rank included with probability 1/2 independently (each difference equally
 * likely to be positive or negative). Built by dynamic programming over the rank sums, adding one
 * rank at a time: {@code P_k(s) = (P_{k-1}(s) + P_{k-1}(s - r_k)) / 2}. The work is (number of
 * ranks) times (sum of the ranks), about 3 * 10^7 steps for 400 ranks.
 */
final class SignedRankDistribution {
    /** R's fuzz in {@code qsignrank}: 10 machine epsilons, so that rounding cannot skip a quantile. */
    private static final double QUANTILE_FUZZ = 10 * Math.ulp(1.0);

    private final double[] mass;

    private SignedRankDistribution(double[] mass) {
        this.mass = mass;
    }

    /**
     * @param ranks positive integer ranks
     * @return the distribution of the sum of a random subset of them
     */
    static SignedRankDistribution of(int[] ranks) {
        int total = 0;
        for (int r : ranks) {
            if (r < 1) {
                throw new IllegalArgumentException("ranks must be >= 1, got " + r);
            }
            total += r;
        }
        double[] mass = new double[total + 1];
        mass[0] = 1;
        int reach = 0;
        for (int r : ranks) {
            reach += r;
            for (int s = reach; s >= 0; s--) {
                mass[s] = 0.5 * (mass[s] + (s >= r ? mass[s - r] : 0));
            }
        }
        return new SignedRankDistribution(mass);
    }

    /** The distribution of the Wilcoxon signed-rank sum over the ranks 1 to n. */
    static SignedRankDistribution ofFirst(int n) {
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i + 1;
        }
        return of(ranks);
    }

    /** @return P(V &lt;= v) */
    double atMost(int v) {
        double p = 0;
        for (int s = 0; s <= Math.min(v, mass.length - 1); s++) {
            p += mass[s];
        }
        return Math.min(1, p);
    }

    /** @return P(V &gt;= v) */
    double atLeast(int v) {
        double p = 0;
        for (int s = mass.length - 1; s >= Math.max(v, 0); s--) {
            p += mass[s];
        }
        return Math.min(1, p);
    }

    /** @return the smallest k with P(V &lt;= k) &gt;= p (R's {@code qsignrank}) */
    int quantile(double p) {
        double cumulative = 0;
        for (int s = 0; s < mass.length; s++) {
            cumulative += mass[s];
            if (cumulative >= p - QUANTILE_FUZZ) {
                return s;
            }
        }
        return mass.length - 1;
    }
}
