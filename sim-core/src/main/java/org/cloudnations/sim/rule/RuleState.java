package org.cloudnations.sim.rule;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.cloudnations.sim.table.ColumnIO;

/**
 * State that a rule keeps from one tick to the next outside the world's tables: a counter, the
 * last value of a price, whether a crisis is going on. A checkpoint saves the tables by itself;
 * such state it saves only through this interface, so a rule that keeps any declares it in one
 * of two ways:
 * <ul>
 *   <li>the step {@link Rule#bind} returns implements {@code RuleState} (a step class with
 *       fields), or</li>
 *   <li>{@link Rule#bind} registers it with {@link Assembly#keep} (e.g. {@link #of} over the
 *       arrays a lambda step captures).</li>
 * </ul>
 * A checkpoint is taken between ticks, after the tick's metrics are recorded; {@link #restore}
 * runs on a freshly bound instance of the same rule (same parameters and seed, after tick 0) and
 * must leave it as {@link #save} found it, so that the next tick gives the same bytes. Values
 * that a rule recomputes every tick before reading them need not be saved, but saving every
 * mutable field is the safe habit. The catalogue's contract test (CheckpointContractTest)
 * fails for a rule whose state is forgotten.
 */
public interface RuleState {
    /**
     * Writes the state.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void save(DataOutputStream out) throws IOException;

    /**
     * Reads back what {@link #save} wrote, into this (freshly bound) instance.
     *
     * @param in where to read
     * @throws IOException when reading fails or the stored state does not fit
     */
    void restore(DataInputStream in) throws IOException;

    /**
     * The state held in primitive arrays (e.g. the one-element arrays a lambda step captures),
     * saved and restored in place.
     *
     * @param arrays {@code double[]}, {@code long[]}, {@code int[]}, {@code float[]},
     *               {@code byte[]} or {@code boolean[]} arrays
     * @return their state
     */
    static RuleState of(Object... arrays) {
        List<Object> held = List.of(arrays);
        return new RuleState() {
            @Override
            public void save(DataOutputStream out) throws IOException {
                for (Object a : held) {
                    ColumnIO.write(out, a);
                }
            }

            @Override
            public void restore(DataInputStream in) throws IOException {
                for (int k = 0; k < held.size(); k++) {
                    ColumnIO.read(in, held.get(k), "state array " + k);
                }
            }
        };
    }
}
