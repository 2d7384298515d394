package org.cloudnations.sim.random;

/**
 * Counter-based random numbers: every draw is a pure function of (seed, tick, stream, id, k), so
 * results do not depend on which thread makes the draw, in which order, or how the population is
 * chunked.
 *
 * <p>Construction: a stream key is derived once per (seed, tick, stream) by chaining the
 * SplitMix64 finaliser (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014); draw {@code k} for individual {@code id} is then the SplitMix64 output
 * at counter position {@code id * DRAWS_PER_ID + k} of the generator whose state starts at the key.
 * One multiply-xorshift finaliser per draw: about a nanosecond.
 *
 * <p>Each individual has {@link #DRAWS_PER_ID} independent draws per (tick, stream).
 */
public final class CounterRandom {

    /** Independent draws available to one individual per (tick, stream). */
    public static final int DRAWS_PER_ID = 8;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private CounterRandom() {
    }

    /**
     * The key of one stream: a hash of the run seed, the tick and the stream (rule) number.
     *
     * @param seed the run seed
     * @param tick the tick (0 for initialisation)
     * @param stream the rule's stream number, distinct for every rule that draws
     * @return the stream key, to pass to {@link #uniform(long, long, int)} and {@link #bits(long, long, int)}
     */
    public static long streamKey(long seed, long tick, int stream) {
        long h = mix64(seed + GOLDEN_GAMMA);
        h = mix64(h ^ (tick * 0xD1B54A32D192ED03L + 0x8CB92BA72F3D8DD7L));
        return mix64(h ^ ((stream + 1L) * 0xAEF17502108EF2D9L));
    }

    /**
     * Sixty-four random bits.
     *
     * @param key a stream key from {@link #streamKey(long, long, int)}
     * @param id the individual (or agent) index, non-negative
     * @param k the draw number, {@code 0 <= k < DRAWS_PER_ID}
     * @return the bits
     */
    public static long bits(long key, long id, int k) {
        return mix64(key + (id * DRAWS_PER_ID + k + 1) * GOLDEN_GAMMA);
    }

    /**
     * A uniform double in [0, 1) with 53 random bits.
     *
     * @param key a stream key
     * @param id the individual index
     * @param k the draw number
     * @return the draw
     */
    public static double uniform(long key, long id, int k) {
        return (bits(key, id, k) >>> 11) * DOUBLE_UNIT;
    }

    /**
     * The threshold that turns a comparison of {@link #uniform} with a probability into an integer
     * comparison: for every draw and every {@code p} in [0, 1],
     * {@code uniform(key, id, k) < p} exactly when {@code below(key, id, k, threshold(p))}. (The
     * uniform is {@code x * 2^-53} for the integer {@code x = bits >>> 11 < 2^53}; scaling by a power
     * of two is exact, so {@code x * 2^-53 < p} iff {@code x < p * 2^53} iff {@code x < ceil(p * 2^53)}.)
     * Used in hot loops, where it saves a conversion and a multiplication per draw.
     *
     * @param p a probability in [0, 1]
     * @return {@code ceil(p * 2^53)}
     * @throws IllegalArgumentException if {@code p} is outside [0, 1] or NaN
     */
    public static long threshold(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
        return (long) Math.ceil(p * 0x1p53);
    }

    /**
     * @param key a stream key from {@link #streamKey}
     * @param id the agent
     * @param k the draw
     * @param threshold {@link #threshold(double)} of a probability {@code p}
     * @return whether {@code uniform(key, id, k) < p}
     */
    public static boolean below(long key, long id, int k, long threshold) {
        return (bits(key, id, k) >>> 11) < threshold;
    }

    /**
     * A uniform double in (0, 1], safe to pass to a logarithm.
     *
     * @param key a stream key
     * @param id the individual index
     * @param k the draw number
     * @return the draw
     */
    public static double uniformPositive(long key, long id, int k) {
        return ((bits(key, id, k) >>> 11) + 1) * DOUBLE_UNIT;
    }

    /**
     * A standard normal draw by the Box-Muller transform, using draws {@code k} and {@code k + 1}.
     *
     * @param key a stream key
     * @param id the individual index
     * @param k the first of the two draws used
     * @return the draw
     */
    public static double gaussian(long key, long id, int k) {
        double u1 = uniformPositive(key, id, k);
        double u2 = uniform(key, id, k + 1);
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /**
     * The SplitMix64 finaliser (variant 13 of Stafford's mixers).
     *
     * @param z the input
     * @return the mixed bits
     */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
