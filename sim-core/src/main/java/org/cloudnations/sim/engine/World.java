package org.cloudnations.sim.engine;

import java.util.List;
import org.cloudnations.sim.metric.MetricRecorder;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON world of one run. {@link #start()} schedules the model's phases at every integer
 * time with orderings 0..k-1 and the metric recorder last, so MASON's schedule enforces the phase
 * order that docs/model.md states. Tick {@code t} (from 1) runs at schedule time {@code t - 1}.
 */
public final class World extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient ModelInstance model;
    private final transient ParallelLoop loop;
    private final transient MetricRecorder recorder;
    /** Ticks computed before this world started (0 for a new run). */
    private final long ticksDone;

    /**
     * @param seed the run seed (also seeds MASON's sequential generator)
     * @param model the model state
     * @param loop the parallel loop
     * @param recorder where each tick's metrics go
     */
    public World(long seed, ModelInstance model, ParallelLoop loop, MetricRecorder recorder) {
        this(seed, model, loop, recorder, 0);
    }

    /**
     * A world that continues a run after {@code ticksDone} ticks: its first step computes tick
     * {@code ticksDone + 1} (the model and recorder hold the state after {@code ticksDone}; the
     * caller restores the sequential generator after {@link #start()}).
     *
     * @param seed the run seed (also seeds MASON's sequential generator)
     * @param model the model state
     * @param loop the parallel loop
     * @param recorder where each tick's metrics go
     * @param ticksDone ticks already computed, at least 0
     */
    public World(long seed, ModelInstance model, ParallelLoop loop, MetricRecorder recorder, long ticksDone) {
        super(seed);
        if (ticksDone < 0) {
            throw new IllegalArgumentException("ticks done must not be negative: " + ticksDone);
        }
        this.model = model;
        this.loop = loop;
        this.recorder = recorder;
        this.ticksDone = ticksDone;
    }

    @Override
    public void start() {
        super.start();
        List<Phase> phases = model.phases();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            Steppable step = state -> phase.step(context());
            schedule.scheduleRepeating(Schedule.EPOCH + ticksDone, i, step, 1.0);
        }
        Steppable record = state -> {
            model.observe(recorder.row());
            recorder.commit(tick());
        };
        schedule.scheduleRepeating(Schedule.EPOCH + ticksDone, phases.size(), record, 1.0);
    }

    /** @return the tick being computed (during a step) */
    public long tick() {
        return Math.round(schedule.getTime()) + 1;
    }

    private TickContext context() {
        return new TickContext(tick(), seed(), loop, random);
    }
}
