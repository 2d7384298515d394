package org.cloudnations.sim.engine;

import java.time.Instant;
import org.cloudnations.sim.metric.MetricRecorder;
import org.cloudnations.sim.output.Manifest;
import org.cloudnations.sim.output.Provenance;

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
        Model model = config.scenario().model();
        MetricRecorder recorder = new MetricRecorder(model.metrics(), config.ticks() + 1);
        int individuals;
        try (ParallelLoop loop = new ParallelLoop(config.threads(), config.chunkSize())) {
            ModelInstance instance = model.instantiate(config.parameters(), config.seed(), loop);
            individuals = instance.individuals();
            instance.observe(recorder.row());
            recorder.commit(0);
            World world = new World(config.seed(), instance, loop, recorder);
            world.start();
            for (int t = 1; t <= config.ticks(); t++) {
                world.schedule.step(world);
                listener.ticked(t, config.ticks());
            }
            world.finish();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Manifest manifest = new Manifest(config.scenario().name(), model.name(), config.parameters().asText(),
                config.seed(), config.ticks(), config.threads(), config.chunkSize(), individuals,
                Provenance.libraryVersion(), Provenance.gitCommit(), Provenance.javaVersion(), started.toString(),
                wall);
        return new RunResult(recorder.toSeries(), manifest);
    }
}
