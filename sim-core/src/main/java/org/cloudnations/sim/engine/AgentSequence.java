package org.cloudnations.sim.engine;

import org.cloudnations.sim.random.CounterRandom;
import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The usual MASON way of stepping individuals, for any pass over individuals: one
 * {@link Steppable} object per individual, stepped one at a time in a {@link RandomSequence}
 * reshuffled every pass. Each agent runs the pass's kernel on its own index only. It gives the
 * same tallies as {@link ParallelLoop} (the kernels' outcome does not depend on the order of
 * individuals, and sums are exact), so it serves as the benchmark baseline and in the
 * equivalence tests. The shuffling generator is its own, seeded from the run seed, so the world's
 * sequential generator is left untouched.
 */
public final class AgentSequence {
    private final Agent[] agents;
    private final RandomSequence sequence;
    private final SimState shuffler;
    private IndividualKernel kernel;
    private Accumulator tally;

    /**
     * @param individuals the number of individuals, one agent each
     * @param seed the run seed
     */
    public AgentSequence(int individuals, long seed) {
        agents = new Agent[individuals];
        for (int i = 0; i < individuals; i++) {
            agents[i] = new Agent(this, i);
        }
        sequence = new RandomSequence(agents);
        shuffler = new SimState(CounterRandom.mix64(seed ^ 0x5EEDL));
    }

    /**
     * Steps every agent once in a fresh random order.
     *
     * @param sumSlots sums the kernel adds to
     * @param countSlots counts the kernel increments
     * @param kernel the work of one individual ({@code apply(i, i + 1, tally)})
     * @return the tallies, collected ids ascending
     */
    public Accumulator run(int sumSlots, int countSlots, IndividualKernel kernel) {
        this.kernel = kernel;
        this.tally = new Accumulator(sumSlots, countSlots);
        sequence.step(shuffler);
        tally.sortCollected();
        return tally;
    }

    /** One individual as a MASON agent. */
    private static final class Agent implements Steppable {
        private static final long serialVersionUID = 1L;
        private final transient AgentSequence owner;
        private final int id;

        Agent(AgentSequence owner, int id) {
            this.owner = owner;
            this.id = id;
        }

        @Override
        public void step(SimState state) {
            owner.kernel.apply(id, id + 1, owner.tally);
        }
    }
}
