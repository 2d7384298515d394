package org.cloudnations.sim.model.cloud;

/**
 * Bins for distributional metrics computed from parallel counts, cheap enough for the hot loop:
 * a positive value {@code v = 2^e * (1 + m)} goes to the bin of its binary exponent {@code e} and
 * the top three bits of its mantissa {@code m}, i.e. eight bins per doubling (relative width at
 * most 12.5 percent). Bin 0 holds values up to {@code 2^MIN_EXPONENT} (about 6e-5) and the last
 * bin values from {@code 2^(MAX_EXPONENT + 1)} (about 2.6e5). The Gini coefficient of binned data
 * uses each bin's midpoint (bin 0: 0) and the trapezoid rule on the Lorenz curve.
 */
final class Bins {
    static final int MIN_EXPONENT = -14;
    static final int MAX_EXPONENT = 17;
    private static final int PER_DOUBLING = 8;
    static final int COUNT = (MAX_EXPONENT - MIN_EXPONENT + 1) * PER_DOUBLING + 2;

    private Bins() {
    }

    private static final long LOWEST_BITS = Double.doubleToRawLongBits(0x1p-14);
    private static final long INFINITY_BITS = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
    /** {@code (bits >>> 49) - OFFSET} is {@code 1 + (e - MIN_EXPONENT) * 8 + m} for a normal positive value. */
    private static final long OFFSET = (1023L + MIN_EXPONENT) * PER_DOUBLING - 1;

    /**
     * @param v a value
     * @return its bin: 0 for values below {@code 2^MIN_EXPONENT}, negative values and NaN; the last
     *         bin for values from {@code 2^(MAX_EXPONENT + 1)} and infinity
     */
    static int of(double v) {
        // the raw bits of a positive double order like the value; negative values have the sign bit
        long bits = Double.doubleToRawLongBits(v);
        if (bits < LOWEST_BITS) {
            return 0;
        }
        if (bits >= INFINITY_BITS) {
            return bits == INFINITY_BITS ? COUNT - 1 : 0;
        }
        // biased exponent and the top three mantissa bits, in one shift
        return (int) Math.min((bits >>> 49) - OFFSET, COUNT - 1);
    }

    /** Midpoint of every bin, computed once: {@link #gini} reads them for every bin on every tick. */
    private static final double[] MIDPOINTS = new double[COUNT];

    static {
        for (int b = 0; b < COUNT; b++) {
            MIDPOINTS[b] = computeMidpoint(b);
        }
    }

    static double midpoint(int b) {
        return MIDPOINTS[b];
    }

    private static double computeMidpoint(int b) {
        if (b == 0) {
            return 0;
        }
        if (b == COUNT - 1) {
            return Math.scalb(1.0, MAX_EXPONENT + 1);
        }
        int e = (b - 1) / PER_DOUBLING + MIN_EXPONENT;
        int m = (b - 1) % PER_DOUBLING;
        return Math.scalb(1.0 + (m + 0.5) / PER_DOUBLING, e);
    }

    /**
     * @param counts count per bin
     * @return the Gini coefficient of the binned distribution, 0 when empty
     */
    static double gini(long[] counts) {
        double n = 0;
        double total = 0;
        for (int b = 0; b < counts.length; b++) {
            n += counts[b];
            total += counts[b] * midpoint(b);
        }
        if (n == 0 || total == 0) {
            return 0;
        }
        double area = 0;
        double cum = 0;
        for (int b = 0; b < counts.length; b++) {
            double share = counts[b] * midpoint(b) / total;
            area += counts[b] / n * (2 * cum + share);
            cum += share;
        }
        return 1 - area;
    }
}
