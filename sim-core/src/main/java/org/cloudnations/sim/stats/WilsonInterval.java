package org.cloudnations.sim.stats;

/**
 * A share of successes with its 95% Wilson score interval (E. B. Wilson, Probable inference, the law
 * of succession, and statistical inference, JASA 22(158) 1927; method 3 of R. G. Newcombe,
 * Two-sided confidence intervals for the single proportion: comparison of seven methods, Statistics
 * in Medicine 17(8) 1998). Unlike the Wald interval it stays inside [0, 1] and keeps its coverage
 * near 0 and 1 and for small samples:
 * {@code (p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)}, z the 97.5% normal quantile.
 *
 * @param successes the number of successes, 0 to {@code trials}
 * @param trials the number of trials, at least 1
 * @param share successes / trials
 * @param lower the lower end of the 95% interval
 * @param upper the upper end of the 95% interval
 */
public record WilsonInterval(long successes, long trials, double share, double lower, double upper) {
    /** The 97.5% quantile of the standard normal distribution. */
    public static final double Z_975 = 1.959963984540054;
    /** How far rounding may put an end past the share at 0 or 1, where the exact end equals it. */
    private static final double ROUNDING = 1e-12;

    /**
     * Validates the counts and the interval.
     *
     * @param successes see {@link #successes()}
     * @param trials see {@link #trials()}
     * @param share see {@link #share()}
     * @param lower see {@link #lower()}
     * @param upper see {@link #upper()}
     * @throws IllegalArgumentException when the counts are impossible or the interval does not
     *     hold the share (beyond rounding)
     */
    public WilsonInterval {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes " + successes + " of " + trials
                    + " trials: allowed 0 to trials, and at least one trial");
        }
        if (!(lower <= share + ROUNDING && share <= upper + ROUNDING)) {
            throw new IllegalArgumentException("share " + share + " must lie in [" + lower + ", " + upper + "]");
        }
    }

    /**
     * The share and its 95% Wilson interval.
     *
     * @param successes the number of successes, 0 to {@code trials}
     * @param trials the number of trials, at least 1
     * @return the share with its interval
     * @throws IllegalArgumentException when the counts are impossible
     */
    public static WilsonInterval of(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes " + successes + " of " + trials
                    + " trials: allowed 0 to trials, and at least one trial");
        }
        double n = trials;
        double share = successes / n;
        double z = Z_975;
        double centre = (share + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * StrictMath.sqrt(share * (1 - share) / n + z * z / (4.0 * n * n));
        return new WilsonInterval(successes, trials, share, centre - half, centre + half);
    }
}
