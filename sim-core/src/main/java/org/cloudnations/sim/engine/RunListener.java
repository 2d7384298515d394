package org.cloudnations.sim.engine;

/** Observes the progress of a run (e.g. to draw a progress bar). */
@FunctionalInterface
public interface RunListener {
    /** A listener that does nothing. */
    RunListener NONE = (tick, total) -> { };

    /**
     * Called after each tick.
     *
     * @param tick the tick just completed, from 1
     * @param total the number of ticks in the run
     */
    void ticked(long tick, long total);
}
