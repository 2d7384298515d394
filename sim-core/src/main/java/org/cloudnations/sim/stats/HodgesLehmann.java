package org.cloudnations.sim.stats;

import java.util.Arrays;

/**
 * The Hodges-Lehmann estimate of the centre of a sample of differences (the shift between two
 * paired arms) and its confidence interval from the signed-rank distribution.
 *
 * <p>The estimate is the median of the {@code M = n(n+1)/2} Walsh averages
 * {@code (d_i + d_j) / 2}, {@code i <= j}, R's "(pseudo)median". The interval is
 * {@code [W_(k), W_(M+1-k)]} over the Walsh averages sorted ascending (Hollander, Wolfe and Chicken
 * 2014, section 3.3, the inversion of the signed-rank test):
 * <ul>
 *   <li>exact when no two {@code |d|} tie and {@code n <= }{@link SignedRankTest#EXACT_LIMIT}:
 *       {@code k} is the smallest integer with {@code P(V <= k) >= (1 - confidence) / 2} under the
 *       exact null distribution of {@code V} on ranks 1..n (R's {@code qsignrank}, and, as R, 1 if
 *       that is 0), so the coverage is {@code 1 - 2 P(V <= k - 1)}, at least the confidence asked
 *       for whenever n allows it;</li>
 *   <li>otherwise the large-sample approximation
 *       {@code k = floor(n(n+1)/4 - z_{(1+confidence)/2} * sd)}, at least 1, where {@code sd} is the
 *       tie-corrected null standard deviation of {@code V} over the mid-ranks of all {@code |d|}.
 *       Rounding down widens the interval.</li>
 * </ul>
 * Every difference counts, zeros included: the estimate describes the observed shift, so a seed
 * on which the arms tie pulls it towards 0. (R drops zeros before estimating; this does not.)
 *
 * @param estimate the median of the Walsh averages
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 * @param confidence the confidence asked for, in (0, 1)
 */
public record HodgesLehmann(double estimate, double lower, double upper, double confidence) {
    /** The confidence of the usual interval. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /**
     * Validates the estimate and interval.
     *
     * @param estimate see {@link #estimate()}
     * @param lower see {@link #lower()}
     * @param upper see {@link #upper()}
     * @param confidence see {@link #confidence()}
     * @throws IllegalArgumentException if a value is not finite, the estimate lies outside
     *     [lower, upper], or the confidence is not in (0, 1)
     */
    public HodgesLehmann {
        if (!Double.isFinite(estimate) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("estimate and interval must be finite, got " + estimate
                    + " in [" + lower + ", " + upper + "]");
        }
        if (!(lower <= estimate && estimate <= upper)) {
            throw new IllegalArgumentException("estimate " + estimate + " must lie in [" + lower + ", " + upper + "]");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }

    /**
     * The estimate with its 95% interval.
     *
     * @param differences the differences, finite, at least one
     * @return the estimate and interval
     * @throws IllegalArgumentException if {@code differences} is null, empty or holds a value that
     *     is NaN or infinite
     */
    public static HodgesLehmann of(double[] differences) {
        return of(differences, DEFAULT_CONFIDENCE);
    }

    /**
     * The estimate with its interval at the given confidence.
     *
     * @param differences the differences, finite, at least one
     * @param confidence the confidence, in (0, 1)
     * @return the estimate and interval
     * @throws IllegalArgumentException if {@code differences} is null, empty or holds a value that
     *     is NaN or infinite, or the confidence is not in (0, 1)
     */
    public static HodgesLehmann of(double[] differences, double confidence) {
        SignedRankTest.checkFinite(differences, "differences");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        int n = differences.length;
        double[] walsh = walshAverages(differences);
        int m = walsh.length;
        double estimate = m % 2 == 1 ? walsh[m / 2] : 0.5 * (walsh[m / 2 - 1] + walsh[m / 2]);
        double tail = (1 - confidence) / 2;
        AbsoluteRanks ranks = AbsoluteRanks.of(differences);
        int k;
        if (!ranks.ties() && n <= SignedRankTest.EXACT_LIMIT) {
            k = SignedRankDistribution.ofFirst(n).quantile(tail);
        } else {
            double sd = Math.sqrt(ranks.sumOfSquares() / 4);
            k = (int) Math.floor(n * (n + 1) / 4.0 - SignedRankTest.standardNormalQuantile(1 - tail) * sd);
        }
        k = Math.max(1, k);
        return new HodgesLehmann(estimate, walsh[k - 1], walsh[m - k], confidence);
    }

    /**
     * The Walsh averages {@code (d_i + d_j) / 2}, {@code i <= j}, sorted ascending.
     *
     * @param d the values
     * @return their {@code n(n+1)/2} Walsh averages, ascending
     */
    static double[] walshAverages(double[] d) {
        int n = d.length;
        double[] walsh = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[k++] = (d[i] + d[j]) / 2;
            }
        }
        Arrays.sort(walsh);
        return walsh;
    }

    @Override
    public String toString() {
        return "Hodges-Lehmann shift " + estimate + ", " + Math.round(confidence * 100) + "% CI [" + lower + ", "
                + upper + "]";
    }
}
