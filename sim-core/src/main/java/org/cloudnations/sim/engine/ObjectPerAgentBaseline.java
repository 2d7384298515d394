package org.cloudnations.sim.engine;

import org.cloudnations.sim.param.Parameters;

/**
 * A model that can also run the usual MASON way: one {@link sim.engine.Steppable} object per
 * individual holding its attributes as fields, stepped sequentially in a
 * {@link sim.engine.RandomSequence}. It runs the same rule code and random draws as the
 * struct-of-arrays instance, so its series are identical; only storage and scheduling differ.
 * Benchmarks time the two side by side.
 */
public interface ObjectPerAgentBaseline {
    /**
     * @param parameters validated parameters
     * @param seed the run seed
     * @param loop used for initialisation only
     * @return a fresh instance whose individual phase steps one MASON agent per individual
     */
    ModelInstance instantiateObjectPerAgent(Parameters parameters, long seed, ParallelLoop loop);
}
