package org.cloudnations.sim.random;

/**
 * Sampling from a discrete distribution by inversion: cumulative weights once, then a binary
 * search per uniform draw. Used by every rule that picks one of few alternatives (a community, a
 * home state, a capability type, an information source).
 */
public final class Cdf {
    private Cdf() {
    }

    /**
     * Cumulative probabilities of non-negative weights; the last entry is exactly 1.
     *
     * @param weights the weights, not all zero
     * @return {@code c[k] = (w_0 + ... + w_k) / sum w}
     */
    public static double[] of(double[] weights) {
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weights must be non-negative: " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        double[] c = new double[weights.length];
        double acc = 0;
        for (int k = 0; k < weights.length; k++) {
            acc += weights[k];
            c[k] = acc / total;
        }
        c[c.length - 1] = 1.0;
        return c;
    }

    /**
     * The index drawn by a uniform number: the first entry of {@code cdf} that exceeds {@code u}.
     * A binary search whose steps choose by a conditional move, not a branch: the JIT can then
     * run it without mispredicted jumps, which a random {@code u} would cause at every step.
     *
     * @param cdf cumulative probabilities, non-decreasing, last entry 1
     * @param u a uniform draw in [0, 1)
     * @return the index
     */
    public static int draw(double[] cdf, double u) {
        // the answer lies in [base, base + len): entries before it are <= u, it is the first > u
        int base = 0;
        int len = cdf.length;
        while (len > 1) {
            int half = len >>> 1;
            base = cdf[base + half - 1] <= u ? base + half : base;
            len -= half;
        }
        return base;
    }

    /**
     * {@link #of(double[])} for the segment {@code [from, to)} of {@code weights}, written into the
     * same segment of {@code out} (which may be {@code weights} itself): several small
     * distributions stored one after the other in one column.
     *
     * @param weights the weights; those of the segment non-negative, not all zero
     * @param from first entry of the segment
     * @param to end of the segment, exclusive, above {@code from}
     * @param out where {@code c[from..to)} goes; {@code out[to - 1]} is exactly 1
     */
    public static void of(double[] weights, int from, int to, double[] out) {
        double total = 0;
        for (int k = from; k < to; k++) {
            double w = weights[k];
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weights must be non-negative: " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        double acc = 0;
        for (int k = from; k < to; k++) {
            acc += weights[k];
            out[k] = acc / total;
        }
        out[to - 1] = 1.0;
    }

    /**
     * {@link #draw(double[], double)} in the segment {@code [from, to)} of {@code cdf} (as written
     * by {@link #of(double[], int, int, double[])}).
     *
     * @param cdf cumulative probabilities, non-decreasing in the segment, last entry of it 1
     * @param from first entry of the segment
     * @param to end of the segment, exclusive, above {@code from}
     * @param u a uniform draw in [0, 1)
     * @return the index drawn, in {@code [from, to)}
     */
    public static int draw(double[] cdf, int from, int to, double u) {
        int base = from;
        int len = to - from;
        while (len > 1) {
            int half = len >>> 1;
            base = cdf[base + half - 1] <= u ? base + half : base;
            len -= half;
        }
        return base;
    }
}
