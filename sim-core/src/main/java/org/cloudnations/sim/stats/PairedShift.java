package org.cloudnations.sim.stats;

import org.cloudnations.sim.stats.SignedRankResult.Alternative;
import org.cloudnations.sim.stats.SignedRankResult.ZeroMethod;

/**
 * The evidence that one arm of a paired comparison exceeds another: the two-sided signed-rank test
 * of the differences (zeros dropped) and their Hodges-Lehmann shift with its 95% interval.
 *
 * <p>A claim "larger exceeds smaller by the smallest effect that matters" needs more than
 * significance. Two standards:
 * <ul>
 *   <li>it {@linkplain #holds(double, double) holds} when the test rejects a zero shift at the
 *       given level, the whole 95% interval of the shift lies above 0, and the estimated shift
 *       exceeds the smallest effect that matters;</li>
 *   <li>it {@linkplain #holdsWithConfidence(double, double) holds with confidence} when, beyond
 *       that, the whole 95% interval lies above the smallest effect.</li>
 * </ul>
 *
 * @param test the two-sided signed-rank test of {@code larger - smaller}, zeros dropped
 * @param shift the Hodges-Lehmann shift of {@code larger - smaller} and its 95% interval
 */
public record PairedShift(SignedRankResult test, HodgesLehmann shift) {

    /**
     * Validates the parts.
     *
     * @param test see {@link #test()}
     * @param shift see {@link #shift()}
     * @throws IllegalArgumentException if a part is null
     */
    public PairedShift {
        if (test == null || shift == null) {
            throw new IllegalArgumentException("test and shift must not be null");
        }
    }

    /**
     * Compares two paired samples.
     *
     * @param larger the values claimed to be larger, one per pair (e.g. per seed)
     * @param smaller the values claimed to be smaller, in the same order
     * @return the test and the shift of {@code larger - smaller}
     * @throws IllegalArgumentException if the arrays are null, empty, of different lengths or hold
     *     a value that is NaN or infinite
     */
    public static PairedShift of(double[] larger, double[] smaller) {
        double[] d = SignedRankTest.differences(larger, smaller);
        return new PairedShift(SignedRankTest.test(d, Alternative.TWO_SIDED, ZeroMethod.WILCOXON), HodgesLehmann.of(d));
    }

    /**
     * Whether the comparison shows a shift that matters: p below {@code alpha}, the lower end of the
     * shift's 95% interval above 0, and the estimated shift above {@code minimalEffect}.
     *
     * @param alpha the significance level, in (0, 1)
     * @param minimalEffect the smallest shift that matters, finite and non-negative, in the units
     *     of the compared values
     * @return whether all three hold
     * @throws IllegalArgumentException if {@code alpha} or {@code minimalEffect} is out of range
     */
    public boolean holds(double alpha, double minimalEffect) {
        check(alpha, minimalEffect);
        return test.pValue() < alpha && shift.lower() > 0 && shift.estimate() > minimalEffect;
    }

    /**
     * Whether the comparison shows, with confidence, a shift that matters: p below {@code alpha} and
     * the lower end of the shift's 95% interval above {@code minimalEffect}.
     *
     * @param alpha the significance level, in (0, 1)
     * @param minimalEffect the smallest shift that matters, finite and non-negative, in the units
     *     of the compared values
     * @return whether both hold
     * @throws IllegalArgumentException if {@code alpha} or {@code minimalEffect} is out of range
     */
    public boolean holdsWithConfidence(double alpha, double minimalEffect) {
        check(alpha, minimalEffect);
        return test.pValue() < alpha && shift.lower() > minimalEffect;
    }

    private static void check(double alpha, double minimalEffect) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(minimalEffect >= 0) || Double.isInfinite(minimalEffect)) {
            throw new IllegalArgumentException("minimalEffect must be finite and >= 0, got " + minimalEffect);
        }
    }

    @Override
    public String toString() {
        return "signed-rank " + test + "; " + shift;
    }
}
