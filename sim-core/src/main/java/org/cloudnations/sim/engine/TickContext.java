package org.cloudnations.sim.engine;

import ec.util.MersenneTwisterFast;

/**
 * What a phase sees during one tick.
 *
 * @param tick the tick being computed, from 1
 * @param seed the run seed, for {@link org.cloudnations.sim.random.CounterRandom} stream keys
 * @param loop the parallel loop for individual phases
 * @param random the run's sequential generator, for few-agent phases only; never to be used
 *               inside an {@link IndividualKernel}
 */
public record TickContext(long tick, long seed, ParallelLoop loop, MersenneTwisterFast random) {
}
