package org.cloudnations.sim.stats;

/**
 * The outcome of a {@link SignedRankTest}: the statistic, how many differences it used, how many
 * zero differences it set aside, the p-value and how that p-value was computed.
 *
 * @param statistic {@code V}, the sum of the ranks of the positive differences (R's {@code V});
 *     mid-ranks when absolute differences tie
 * @param n the number of non-zero differences whose signs the statistic uses
 * @param zeros the number of zero differences: dropped before ranking ({@link ZeroMethod#WILCOXON})
 *     or ranked and then given no sign ({@link ZeroMethod#PRATT})
 * @param pValue the p-value, in [0, 1]
 * @param method exact null distribution or tie-corrected normal approximation
 * @param alternative the alternative hypothesis the p-value is for
 * @param zeroMethod how zero differences were treated
 */
public record SignedRankResult(double statistic, int n, int zeros, double pValue, Method method,
                               Alternative alternative, ZeroMethod zeroMethod) {

    /** How the p-value was computed. */
    public enum Method {
        /** The exact null distribution of {@code V} over the ranks used (no ties among them). */
        EXACT,
        /**
         * The normal approximation with the variance of the actual (mid-)ranks, which is the
         * textbook tie correction, and a continuity correction of 1/2 towards the mean, as R's
         * {@code wilcox.test(correct = TRUE)}.
         */
        NORMAL_TIE_CORRECTED
    }

    /** The alternative hypothesis about the location of the differences. */
    public enum Alternative {
        /** The differences are not centred on 0. */
        TWO_SIDED,
        /** The differences tend to be positive. */
        GREATER,
        /** The differences tend to be negative. */
        LESS
    }

    /** How zero differences are treated. */
    public enum ZeroMethod {
        /** Wilcoxon's method: zero differences are dropped before ranking. The default. */
        WILCOXON,
        /**
         * Pratt's (1959) method: zero differences are ranked with the others (taking the smallest
         * ranks) and then dropped from the statistic and from its null distribution.
         */
        PRATT
    }

    /**
     * Validates the result.
     *
     * @param statistic see {@link #statistic()}
     * @param n see {@link #n()}
     * @param zeros see {@link #zeros()}
     * @param pValue see {@link #pValue()}
     * @param method see {@link #method()}
     * @param alternative see {@link #alternative()}
     * @param zeroMethod see {@link #zeroMethod()}
     * @throws IllegalArgumentException if a count is negative, the statistic is negative or not
     *     finite, the p-value is outside [0, 1] or NaN, or a category is null
     */
    public SignedRankResult {
        if (n < 0 || zeros < 0) {
            throw new IllegalArgumentException("n and zeros must be >= 0, got n = " + n + ", zeros = " + zeros);
        }
        if (!(statistic >= 0) || Double.isInfinite(statistic)) {
            throw new IllegalArgumentException("statistic must be finite and >= 0, got " + statistic);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], got " + pValue);
        }
        if (method == null || alternative == null || zeroMethod == null) {
            throw new IllegalArgumentException("method, alternative and zeroMethod must not be null");
        }
    }

    @Override
    public String toString() {
        return "V = " + statistic + ", n = " + n + " (" + zeros + " zeros, " + zeroMethod + "), p = " + pValue
                + " (" + alternative + ", " + method + ")";
    }
}
