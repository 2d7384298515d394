package org.cloudnations.sim.engine;

import java.util.List;
import java.util.Objects;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;

/**
 * A model whose name, parameters, metrics and chart metrics are fixed declarations; a subclass
 * adds only {@link #instantiate}.
 */
public abstract class DeclaredModel implements Model {
    private final String name;
    private final ParameterRegistry parameters;
    private final List<MetricSpec> metrics;
    private final List<String> chartMetrics;

    /**
     * @param name the model's name
     * @param parameters every parameter with the model's defaults
     * @param metrics every metric in CSV column order
     * @param chartMetrics metrics drawn by default, each one of {@code metrics}
     */
    protected DeclaredModel(String name, ParameterRegistry parameters, List<MetricSpec> metrics,
                            List<String> chartMetrics) {
        this.name = Objects.requireNonNull(name, "name");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.metrics = List.copyOf(metrics);
        this.chartMetrics = List.copyOf(chartMetrics);
        List<String> names = this.metrics.stream().map(MetricSpec::name).toList();
        for (String m : this.chartMetrics) {
            if (!names.contains(m)) {
                throw new IllegalArgumentException("chart metric " + m + " is not a metric of " + name);
            }
        }
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final ParameterRegistry parameters() {
        return parameters;
    }

    @Override
    public final List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public final List<String> chartMetrics() {
        return chartMetrics;
    }
}
