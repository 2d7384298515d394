package org.cloudnations.sim.stats;

import org.apache.commons.math3.special.Erf;
import org.cloudnations.sim.stats.SignedRankResult.Alternative;
import org.cloudnations.sim.stats.SignedRankResult.Method;
import org.cloudnations.sim.stats.SignedRankResult.ZeroMethod;

/**
 * The Wilcoxon signed-rank test of whether differences (paired, or one sample against a value)
 * are centred on zero.
 *
 * <p>The statistic is {@code V}, the sum of the ranks of {@code |d|} over the positive
 * differences, as in R's {@code wilcox.test}. Zero differences carry no sign: by default they are
 * dropped before ranking (Wilcoxon's method, R's behaviour); {@link ZeroMethod#PRATT} ranks them
 * with the others and then gives them no sign (Pratt 1959). Either way, zeros never count as
 * evidence for either side: ranking them as if they were signed makes a few non-zero differences
 * look far more significant than they are.
 *
 * <p>The p-value is
 * <ul>
 *   <li>exact when no two non-zero {@code |d|} tie and the ranked values number at most
 *       {@value #EXACT_LIMIT}: the null distribution of {@code V} (each sign equally likely)
 *       over the ranks actually used, enumerated by dynamic programming over the rank sums;</li>
 *   <li>otherwise the normal approximation with the null mean {@code sum(r) / 2} and variance
 *       {@code sum(r^2) / 4} of the actual (mid-)ranks {@code r} of the non-zero differences, which
 *       is the textbook tie correction {@code n(n+1)(2n+1)/24 - sum(t^3 - t)/48} (and Pratt's
 *       variance with zeros), and a continuity correction of 1/2 towards the mean, as R's
 *       {@code wilcox.test(correct = TRUE)}.</li>
 * </ul>
 * Two-sided p-values are twice the smaller tail, at most 1. Unlike R, which falls back to the
 * normal approximation whenever there are zeros, the exact distribution is used after dropping
 * the zeros when the remaining differences do not tie.
 *
 * <p>References: Hollander, Wolfe and Chicken (2014), <i>Nonparametric Statistical Methods</i>,
 * 3rd ed., section 3.1; Pratt (1959), J. Am. Stat. Assoc. 54, 655-667.
 */
public final class SignedRankTest {
    /** The largest number of ranked differences for which the exact distribution is enumerated. */
    public static final int EXACT_LIMIT = 400;

    private SignedRankTest() {
    }

    /**
     * The two-sided test with zeros dropped (Wilcoxon's method).
     *
     * @param differences the differences, finite, at least one
     * @return the result
     * @throws IllegalArgumentException if {@code differences} is null, empty or holds a value that
     *     is NaN or infinite
     */
    public static SignedRankResult test(double[] differences) {
        return test(differences, Alternative.TWO_SIDED, ZeroMethod.WILCOXON);
    }

    /**
     * The paired test on {@code x[i] - y[i]}.
     *
     * @param x the first member of each pair
     * @param y the second member of each pair, as many as {@code x}
     * @param alternative the alternative hypothesis about {@code x - y}
     * @param zeroMethod how zero differences are treated
     * @return the result
     * @throws IllegalArgumentException if the arrays are null, empty, of different lengths or hold
     *     a value that is NaN or infinite, or if an argument is null
     */
    public static SignedRankResult paired(double[] x, double[] y, Alternative alternative, ZeroMethod zeroMethod) {
        return test(differences(x, y), alternative, zeroMethod);
    }

    /**
     * The test on one sample of differences.
     *
     * @param differences the differences, finite, at least one
     * @param alternative the alternative hypothesis about their centre
     * @param zeroMethod how zero differences are treated
     * @return the result; p = 1 when every difference is zero
     * @throws IllegalArgumentException if {@code differences} is null, empty or holds a value that
     *     is NaN or infinite, or if an argument is null
     */
    public static SignedRankResult test(double[] differences, Alternative alternative, ZeroMethod zeroMethod) {
        checkFinite(differences, "differences");
        if (alternative == null || zeroMethod == null) {
            throw new IllegalArgumentException("alternative and zeroMethod must not be null");
        }
        int zeros = 0;
        for (double d : differences) {
            if (d == 0) {
                zeros++;
            }
        }
        double[] nonZero = new double[differences.length - zeros];
        int k = 0;
        for (double d : differences) {
            if (d != 0) {
                nonZero[k++] = d;
            }
        }
        int n = nonZero.length;
        if (n == 0) {
            return new SignedRankResult(0, 0, zeros, 1.0, Method.EXACT, alternative, zeroMethod);
        }
        // Pratt: rank everything, zeros take the smallest ranks 1..zeros; keep the non-zero ranks
        double[] ranked = zeroMethod == ZeroMethod.PRATT ? differences : nonZero;
        AbsoluteRanks all = AbsoluteRanks.of(ranked);
        double[] ranks = new double[n];
        double statistic = 0;
        k = 0;
        for (int i = 0; i < ranked.length; i++) {
            if (ranked[i] != 0) {
                ranks[k] = all.rank(i);
                if (ranked[i] > 0) {
                    statistic += ranks[k];
                }
                k++;
            }
        }
        boolean nonZeroTies = zeroMethod == ZeroMethod.PRATT ? AbsoluteRanks.of(nonZero).ties() : all.ties();
        if (!nonZeroTies && ranked.length <= EXACT_LIMIT) {
            // without ties among them, the non-zero ranks are the integers zeros+1.. (Pratt) or 1..n
            int[] integerRanks = new int[n];
            for (int i = 0; i < n; i++) {
                integerRanks[i] = (int) ranks[i];
            }
            SignedRankDistribution null0 = SignedRankDistribution.of(integerRanks);
            int v = (int) statistic;
            double p = switch (alternative) {
                case GREATER -> null0.atLeast(v);
                case LESS -> null0.atMost(v);
                case TWO_SIDED -> Math.min(1, 2 * Math.min(null0.atLeast(v), null0.atMost(v)));
            };
            return new SignedRankResult(statistic, n, zeros, p, Method.EXACT, alternative, zeroMethod);
        }
        double mean = 0;
        double variance = 0;
        for (double r : ranks) {
            mean += r / 2;
            variance += r * r / 4;
        }
        double p = normalPValue(statistic - mean, Math.sqrt(variance), alternative);
        return new SignedRankResult(statistic, n, zeros, p, Method.NORMAL_TIE_CORRECTED, alternative, zeroMethod);
    }

    /**
     * The continuity-corrected normal p-value of a statistic's deviation from its null mean.
     *
     * @param deviation the statistic minus its null mean
     * @param sd the null standard deviation, positive
     * @param alternative the alternative hypothesis
     * @return the p-value
     */
    static double normalPValue(double deviation, double sd, Alternative alternative) {
        double correction = switch (alternative) {
            case GREATER -> 0.5;
            case LESS -> -0.5;
            case TWO_SIDED -> Math.signum(deviation) * 0.5;
        };
        double z = (deviation - correction) / sd;
        return switch (alternative) {
            case GREATER -> standardNormalCdf(-z);
            case LESS -> standardNormalCdf(z);
            case TWO_SIDED -> Math.min(1, 2 * Math.min(standardNormalCdf(z), standardNormalCdf(-z)));
        };
    }

    /** @return P(Z &lt;= z) for a standard normal Z */
    static double standardNormalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** @return the standard normal quantile of {@code p} in (0, 1) */
    static double standardNormalQuantile(double p) {
        return -Math.sqrt(2) * Erf.erfcInv(2 * p);
    }

    /**
     * The paired differences {@code x[i] - y[i]}.
     *
     * @param x the first member of each pair
     * @param y the second member of each pair
     * @return the differences
     * @throws IllegalArgumentException if the arrays are null, empty, of different lengths or hold
     *     a value that is NaN or infinite
     */
    public static double[] differences(double[] x, double[] y) {
        checkFinite(x, "x");
        checkFinite(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples must be as long as each other, got "
                    + x.length + " and " + y.length);
        }
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        checkFinite(d, "differences");
        return d;
    }

    static void checkFinite(double[] values, String name) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
            }
        }
    }
}
