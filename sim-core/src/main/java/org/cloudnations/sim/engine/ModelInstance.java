package org.cloudnations.sim.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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

    /**
     * Writes the whole state between two ticks (for checkpoints): everything the next ticks read.
     *
     * @param out where to write
     * @throws IOException when writing fails
     * @throws UnsupportedOperationException when this kind of instance cannot be checkpointed (the
     *                                       default)
     */
    default void save(DataOutputStream out) throws IOException {
        throw new UnsupportedOperationException("this model cannot be checkpointed");
    }

    /**
     * Reads what {@link #save} wrote into this fresh instance (same model, parameters and seed),
     * which then continues as the saved one would have.
     *
     * @param in where to read
     * @throws IOException when reading fails or the stored state does not fit this instance
     * @throws UnsupportedOperationException when this kind of instance cannot be checkpointed (the
     *                                       default)
     */
    default void restore(DataInputStream in) throws IOException {
        throw new UnsupportedOperationException("this model cannot be checkpointed");
    }
}
