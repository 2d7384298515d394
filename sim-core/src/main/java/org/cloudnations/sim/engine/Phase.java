package org.cloudnations.sim.engine;

/**
 * One step of a tick: a rule or a bookkeeping pass. A model lists its phases in the order the
 * schedule runs them (MASON orderings 0, 1, 2 ... at every integer time).
 */
public interface Phase {
    /** @return a short name, as used in docs/model.md */
    String name();

    /**
     * Runs this phase for one tick.
     *
     * @param context the tick
     */
    void step(TickContext context);

    /**
     * A phase from a name and a step function.
     *
     * @param name the phase's name
     * @param step what it does each tick
     * @return the phase
     */
    static Phase of(String name, java.util.function.Consumer<TickContext> step) {
        return new Phase() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void step(TickContext context) {
                step.accept(context);
            }
        };
    }
}
