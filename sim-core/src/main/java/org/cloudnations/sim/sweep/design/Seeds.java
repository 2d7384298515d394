package org.cloudnations.sim.sweep.design;

import org.cloudnations.sim.random.CounterRandom;

/**
 * Seeds of a sweep, each a pure function of the base seed and a position, so they do not depend
 * on thread count or scheduling: a run's seed from (base seed, design point, replicate), and the
 * random numbers of random designs from (base seed, stream, index, coordinate).
 */
public final class Seeds {
    private static final long POINT_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long REPLICATE_GAMMA = 0xD1B54A32D192ED03L;
    private static final long RUN_DOMAIN = 0x5EED5EED00000001L;
    private static final long DESIGN_DOMAIN = 0x5EED5EED00000002L;

    private Seeds() {
    }

    /**
     * The seed of one run.
     *
     * @param base the sweep's base seed
     * @param point the design point
     * @param replicate the replicate, from 0
     * @return the run seed
     */
    public static long run(long base, long point, long replicate) {
        long h = CounterRandom.mix64(base ^ RUN_DOMAIN);
        h = CounterRandom.mix64(h + (point + 1) * POINT_GAMMA);
        return CounterRandom.mix64(h + (replicate + 1) * REPLICATE_GAMMA);
    }

    /**
     * Sixty-four random bits for a design.
     *
     * @param base the sweep's base seed
     * @param stream what the bits are for (a design-specific constant)
     * @param index a point, trajectory or stratum
     * @param coordinate a dimension or draw number
     * @return the bits
     */
    public static long design(long base, int stream, long index, long coordinate) {
        long h = CounterRandom.mix64(base ^ DESIGN_DOMAIN);
        h = CounterRandom.mix64(h + (stream + 1L) * REPLICATE_GAMMA);
        h = CounterRandom.mix64(h + (index + 1) * POINT_GAMMA);
        return CounterRandom.mix64(h + (coordinate + 1) * 0xAEF17502108EF2D9L);
    }

    /**
     * A uniform double in [0, 1) for a design.
     *
     * @param base the base seed
     * @param stream what the number is for
     * @param index a point, trajectory or stratum
     * @param coordinate a dimension or draw number
     * @return the number
     */
    public static double uniform(long base, int stream, long index, long coordinate) {
        return (design(base, stream, index, coordinate) >>> 11) * 0x1.0p-53;
    }
}
