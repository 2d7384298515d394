package org.cloudnations.sim.engine;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.cloudnations.sim.metric.MetricRecorder;
import org.cloudnations.sim.metric.MetricSeries;

/** Runs a configuration to completion: configuration in, result out. */
public final class Runner {
    private Runner() {
    }

    /**
     * @param config the run
     * @return its series and manifest
     */
    public static RunResult run(RunConfig config) {
        return run(config, RunListener.NONE);
    }

    /**
     * @param config the run
     * @param listener told after every tick
     * @return its series and manifest
     */
    public static RunResult run(RunConfig config, RunListener listener) {
        return run(config, listener, null, TickHook.NONE);
    }

    /**
     * Runs a configuration, or continues it from a saved {@link RunState}, with a hook after
     * every tick that may save the state or stop the run.
     *
     * @param config the run
     * @param listener told after every tick
     * @param resumeFrom a stream positioned at a state {@link RunState#save} wrote for this
     *                   configuration, or null to start at tick 0
     * @param hook called after every tick; when it returns true the run stops there
     * @return its series and manifest; when the hook stopped it, the series ends at that tick
     * @throws UncheckedIOException when the saved state cannot be read or does not fit the
     *                              configuration
     */
    public static RunResult run(RunConfig config, RunListener listener, DataInputStream resumeFrom, TickHook hook) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Model model = config.model();
        MetricSeries series;
        int individuals;
        try (ParallelLoop loop = new ParallelLoop(config.threads(), config.chunkSize())) {
            ModelInstance instance = model.instantiate(config.parameters(), config.seed(), loop);
            individuals = instance.individuals();
            series = series(model, instance, config.seed(), config.ticks(), loop, listener, config.check(), resumeFrom,
                    hook);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Manifest manifest = new Manifest(config.scenario(), model.name(), config.parameters().asText(),
                config.seed(), config.ticks(), config.threads(), config.chunkSize(), individuals,
                Provenance.libraryVersion(), Provenance.gitCommit(), Provenance.javaVersion(), started.toString(),
                wall);
        return new RunResult(series, manifest);
    }

    /**
     * Records tick 0 of an instance, then steps it through a MASON {@link World} for
     * {@code ticks} ticks, recording every tick. The way every run is stepped; public so that
     * instances built another way (e.g. {@link ObjectPerAgentBaseline}) run the same way.
     *
     * @param model the model (for its metrics)
     * @param instance a fresh instance of it
     * @param seed the run seed
     * @param ticks ticks to run
     * @param loop the parallel loop the instance's phases use
     * @param listener told after every tick
     * @return the recorded series, ticks 0 to {@code ticks}
     */
    public static MetricSeries series(Model model, ModelInstance instance, long seed, int ticks, ParallelLoop loop,
                                      RunListener listener) {
        return series(model, instance, seed, ticks, loop, listener, false);
    }

    /**
     * As {@link #series(Model, ModelInstance, long, int, ParallelLoop, RunListener)}, optionally in
     * the checking mode.
     *
     * @param model the model (for its metrics)
     * @param instance a fresh instance of it
     * @param seed the run seed
     * @param ticks ticks to run
     * @param loop the parallel loop the instance's phases use
     * @param listener told after every tick
     * @param check verify every {@link ModelInstance#invariants()} after tick 0 and every tick
     * @return the recorded series, ticks 0 to {@code ticks}
     * @throws InvariantViolationException in the checking mode, at the first invariant that fails
     */
    public static MetricSeries series(Model model, ModelInstance instance, long seed, int ticks, ParallelLoop loop,
                                      RunListener listener, boolean check) {
        return series(model, instance, seed, ticks, loop, listener, check, null, TickHook.NONE);
    }

    private static MetricSeries series(Model model, ModelInstance instance, long seed, int ticks, ParallelLoop loop,
                                       RunListener listener, boolean check, DataInputStream resumeFrom, TickHook hook) {
        MetricRecorder recorder = new MetricRecorder(model.metrics(), ticks + 1);
        Invariant[] invariants = check ? instance.invariants().toArray(new Invariant[0]) : null;
        long done = 0;
        if (resumeFrom == null) {
            instance.observe(recorder.row());
            recorder.commit(0);
            if (check) {
                verify(invariants, 0);
            }
        } else {
            try {
                RunState.restore(resumeFrom, recorder, instance);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = recorder.lastTick();
        }
        World world = new World(seed, instance, loop, recorder, done);
        world.start();
        if (resumeFrom != null) {
            try {
                world.random.readState(resumeFrom);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RunState state = new RunState(recorder, instance, world);
        for (long t = done + 1; t <= ticks; t++) {
            world.schedule.step(world);
            if (check) {
                verify(invariants, t);
            }
            listener.ticked(t, ticks);
            if (hook.afterTick(t, state)) {
                break;
            }
        }
        world.finish();
        return recorder.toSeries();
    }

    private static void verify(Invariant[] invariants, long tick) {
        for (Invariant i : invariants) {
            if (!i.holds().getAsBoolean()) {
                throw new InvariantViolationException(i.owner(), i.name(), tick);
            }
        }
    }
}
