package org.cloudnations.sim.engine;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.Parameters;

/**
 * A model: its declared parameters and metrics, and a factory of runnable instances. Scenarios
 * choose a model and set its parameters.
 */
public interface Model {
    /** @return the model's name */
    String name();

    /** @return every parameter, with the model's defaults */
    ParameterRegistry parameters();

    /** @return every metric, in CSV column order */
    List<MetricSpec> metrics();

    /** @return the metrics worth charting by default (all on one 0-to-1 axis when possible) */
    default List<String> chartMetrics() {
        return metrics().stream().limit(4).map(MetricSpec::name).toList();
    }

    /**
     * Builds the initial state of a run.
     *
     * @param parameters validated parameters from {@link #parameters()} (or a scenario's copy)
     * @param seed the run seed
     * @param loop the parallel loop, for parallel initialisation
     * @return a fresh instance
     */
    ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop);
}
