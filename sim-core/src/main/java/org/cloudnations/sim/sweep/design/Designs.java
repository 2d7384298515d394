package org.cloudnations.sim.sweep.design;

import java.util.List;
import java.util.Map;
import org.cloudnations.sim.param.ConfigurationException;

/** Builds designs and checks their sizes. */
public final class Designs {
    private Designs() {
    }

    /**
     * Builds the design of a sweep.
     *
     * @param kind the design
     * @param varies the varied parameters
     * @param samples points (random, lhs), base samples (sobol) or trajectories (morris); ignored
     *                for grid and oat
     * @param levels Morris levels p
     * @param seed the base seed
     * @param defaults every parameter's value when not varied (for oat)
     * @param maxPoints the largest allowed number of points
     * @return the design
     */
    public static Design create(DesignKind kind, List<Vary> varies, int samples, int levels, long seed,
                                Map<String, String> defaults, long maxPoints) {
        return switch (kind) {
            case GRID -> new GridDesign(varies, maxPoints);
            case RANDOM -> new RandomDesign(varies, samples, seed);
            case LHS -> new LatinHypercubeDesign(varies, samples, seed);
            case SOBOL -> new SaltelliDesign(varies, samples, maxPoints);
            case OAT -> new OneAtATimeDesign(varies, defaults, maxPoints);
            case MORRIS -> new MorrisDesign(varies, samples, levels, seed, maxPoints);
        };
    }

    static void checkSize(long n, long max, String design) {
        if (n > max) {
            throw new ConfigurationException("the " + design + " design has more than " + max
                    + " points; allowed: at most " + max + " (use fewer levels, samples or varied parameters)");
        }
    }

    static void checkIndex(int index, int points) {
        if (index < 0 || index >= points) {
            throw new IndexOutOfBoundsException("point " + index + " of " + points);
        }
    }
}
