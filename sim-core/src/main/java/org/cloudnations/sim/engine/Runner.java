package org.cloudnations.sim.engine;

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
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Model model = config.model();
        MetricSeries series;
        int individuals;
        try (ParallelLoop loop = new ParallelLoop(config.threads(), config.chunkSize())) {
            ModelInstance instance = model.instantiate(config.parameters(), config.seed(), loop);
            individuals = instance.individuals();
            series = series(model, instance, config.seed(), config.ticks(), loop, listener, config.check());
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
        MetricRecorder recorder = new MetricRecorder(model.metrics(), ticks + 1);
        instance.observe(recorder.row());
        recorder.commit(0);
        Invariant[] invariants = check ? instance.invariants().toArray(new Invariant[0]) : null;
        if (check) {
            verify(invariants, 0);
        }
        World world = new World(seed, instance, loop, recorder);
        world.start();
        for (int t = 1; t <= ticks; t++) {
            world.schedule.step(world);
            if (check) {
                verify(invariants, t);
            }
            listener.ticked(t, ticks);
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
