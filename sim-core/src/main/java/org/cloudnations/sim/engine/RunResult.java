package org.cloudnations.sim.engine;

import java.util.Objects;
import org.cloudnations.sim.metric.MetricSeries;

/**
 * The outcome of a run: its metric series and its manifest.
 *
 * @param series one row per tick, from tick 0 (the initial state)
 * @param manifest provenance of the run
 */
public record RunResult(MetricSeries series, Manifest manifest) {
    /**
     * Rejects nulls.
     *
     * @param series see {@link #series()}
     * @param manifest see {@link #manifest()}
     */
    public RunResult {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(manifest, "manifest");
    }
}
