package org.cloudnations.sim.sweep.design;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Latin hypercube (McKay, Beckman &amp; Conover 1979): each vary's unit interval is cut into N
 * equal strata and every stratum is used by exactly one of the N points, at a uniform position
 * inside it. Memory: one permutation of N per vary.
 */
public final class LatinHypercubeDesign implements Design {
    private static final int STREAM = 2;
    private final List<Vary> varies;
    private final int samples;
    private final long seed;
    private final int[][] strata;

    /**
     * @param varies the varied parameters
     * @param samples the number of points
     * @param seed the sweep's base seed
     */
    public LatinHypercubeDesign(List<Vary> varies, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive");
        }
        this.varies = List.copyOf(varies);
        this.samples = samples;
        this.seed = seed;
        this.strata = new int[varies.size()][];
        for (int d = 0; d < strata.length; d++) {
            int[] perm = new int[samples];
            for (int i = 0; i < samples; i++) {
                perm[i] = i;
            }
            SplittableRandom r = new SplittableRandom(Seeds.design(seed, STREAM, -1, d));
            for (int i = samples - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            strata[d] = perm;
        }
    }

    @Override
    public DesignKind kind() {
        return DesignKind.LHS;
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
            double u = (strata[d][index] + Seeds.uniform(seed, STREAM, index, d)) / samples;
            out[d] = varies.get(d).atUnit(Math.min(1.0, u));
        }
        return out;
    }
}
