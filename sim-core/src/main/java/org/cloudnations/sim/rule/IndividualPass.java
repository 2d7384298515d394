package org.cloudnations.sim.rule;

import org.cloudnations.sim.engine.Accumulator;

/**
 * A rule's work on individuals, run through the engine's deterministic parallel loop. Each tick
 * the engine calls {@link #step} (fix this tick's values), then {@link #apply} on chunks of
 * individuals (possibly on several threads), then {@link #finish} with the combined tallies.
 * Consecutive passes in a rule set share one loop over the individuals: each chunk goes through
 * every pass in rule-set order while it is in cache.
 *
 * <p>{@link #apply} writes only the individuals of its range, reads shared values that no one
 * writes during the pass, draws from counter-based streams keyed by individual id, and reports
 * aggregates only through the tally (named slots from {@link Assembly#sums}/{@link Assembly#counts}).
 * Then the outcome does not depend on threads, chunking or the order of individuals.
 */
public interface IndividualPass extends RuleStep {
    /**
     * @param from first individual, inclusive
     * @param to last individual, exclusive
     * @param tally this worker's tallies
     */
    void apply(int from, int to, Accumulator tally);

    /**
     * Reads the combined tallies of the pass.
     *
     * @param total the tallies of all individuals
     */
    default void finish(Accumulator total) {
    }
}
