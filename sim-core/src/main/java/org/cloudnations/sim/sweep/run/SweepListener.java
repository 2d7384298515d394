package org.cloudnations.sim.sweep.run;

/** Observes a sweep's progress (e.g. to draw a progress bar); called from one thread at a time. */
@FunctionalInterface
public interface SweepListener {
    /** A listener that does nothing. */
    SweepListener NONE = (done, total, failed) -> { };

    /**
     * Called after each run is written.
     *
     * @param done runs written in this session
     * @param total runs to do in this session
     * @param failed runs of this session that failed
     */
    void written(long done, long total, long failed);
}
