package org.cloudnations.sim.engine;

import java.util.List;

/** The mutable state of one run of a model, with the phases that advance it. */
public interface ModelInstance {
    /** @return the phases of a tick, in schedule order */
    List<Phase> phases();

    /**
     * Writes the current value of every metric, in {@link Model#metrics()} order.
     *
     * @param row the destination, one slot per metric
     */
    void observe(double[] row);

    /** @return the number of individuals stepped each tick */
    int individuals();

    /**
     * The conditions the state must satisfy after every tick, verified only in the checking mode
     * ({@link RunConfig#check()}); metric conditions read the values of the last {@link #observe}.
     *
     * @return the invariants (none by default)
     */
    default List<Invariant> invariants() {
        return List.of();
    }
}
