package org.cloudnations.sim.sweep.design;

import java.util.List;

/** Independent uniform points: coordinate d of point p is a counter-based draw keyed by (seed, p, d). */
public final class RandomDesign implements Design {
    private static final int STREAM = 1;
    private final List<Vary> varies;
    private final int samples;
    private final long seed;

    /**
     * @param varies the varied parameters
     * @param samples the number of points
     * @param seed the sweep's base seed
     */
    public RandomDesign(List<Vary> varies, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive");
        }
        this.varies = List.copyOf(varies);
        this.samples = samples;
        this.seed = seed;
    }

    @Override
    public DesignKind kind() {
        return DesignKind.RANDOM;
    }

    @Override
    public List<Vary> varies() {
        return varies;
    }

    @Override
    public int points() {
        return samples;
    }

    @Override
    public String[] point(int index) {
        Designs.checkIndex(index, samples);
        String[] out = new String[varies.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = varies.get(d).atUnit(Seeds.uniform(seed, STREAM, index, d));
        }
        return out;
    }
}
