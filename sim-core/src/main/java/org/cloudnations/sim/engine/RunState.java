package org.cloudnations.sim.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.cloudnations.sim.metric.MetricRecorder;

/**
 * The whole state of a run between two ticks, as a {@link TickHook} sees it: the metric rows
 * recorded so far, the model's state ({@link ModelInstance#save}) and MASON's sequential
 * generator. {@link #save} writes them in that order; {@link Runner#run(RunConfig, RunListener,
 * DataInputStream, TickHook)} reads them back to continue the run. The counter-based random
 * streams need nothing: they are keyed by (seed, tick, rule, agent).
 */
public final class RunState {
    private final MetricRecorder recorder;
    private final ModelInstance instance;
    private final World world;

    RunState(MetricRecorder recorder, ModelInstance instance, World world) {
        this.recorder = recorder;
        this.instance = instance;
        this.world = world;
    }

    /** @return the last tick computed (0 before the first) */
    public long tick() {
        return recorder.lastTick();
    }

    /**
     * Writes the state.
     *
     * @param out where to write
     * @throws IOException when writing fails
     * @throws UnsupportedOperationException when the model cannot be checkpointed
     */
    public void save(DataOutputStream out) throws IOException {
        recorder.save(out);
        instance.save(out);
        world.random.writeState(out);
    }

    /** Reads the rows and the model's state written by {@link #save}; the generator comes after. */
    static void restore(DataInputStream in, MetricRecorder recorder, ModelInstance instance) throws IOException {
        recorder.restore(in);
        instance.restore(in);
    }
}
