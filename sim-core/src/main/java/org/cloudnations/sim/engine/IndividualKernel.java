package org.cloudnations.sim.engine;

/**
 * The work of one rule on a contiguous range of individuals. An implementation writes only the
 * individuals of its range, reads shared state that no one writes during the pass, takes its
 * random draws from {@link org.cloudnations.sim.random.CounterRandom}, and reports aggregates
 * only through the accumulator. Then its outcome does not depend on threads or chunking.
 */
@FunctionalInterface
public interface IndividualKernel {
    /**
     * @param from first individual, inclusive
     * @param to last individual, exclusive
     * @param tally this worker's accumulator
     */
    void apply(int from, int to, Accumulator tally);
}
