package org.cloudnations.sim.cli;

import java.util.List;
import java.util.Map;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.scenario.Scenario;

/** A test-only model for sweep CLI tests: {@code y} grows by x plus noise; runs with x above 0.7 throw at tick 2. */
final class SweepTestModel implements Model {
    static final Scenario SCENARIO = new Scenario("fragile", "test model whose runs throw for x > 0.7",
            new SweepTestModel(), Map.of());

    @Override
    public String name() {
        return "fragile";
    }

    @Override
    public ParameterRegistry parameters() {
        return ParameterRegistry.of(List.of(ParameterSpec.real("x", 0.5, 0, 1, "1", "engine", "growth")));
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(new MetricSpec("y", "1", "level"));
    }

    @Override
    public ModelInstance instantiate(Parameters p, long seed, ParallelLoop loop) {
        double x = p.getDouble("x");
        double[] y = {0};
        return new ModelInstance() {
            @Override
            public List<Phase> phases() {
                return List.of(Phase.of("grow", c -> {
                    if (c.tick() == 2 && x > 0.7) {
                        throw new ArithmeticException("x = " + x + " breaks the model");
                    }
                    y[0] += x + CounterRandom.uniform(CounterRandom.streamKey(c.seed(), c.tick(), 0), 0, 0);
                }));
            }

            @Override
            public void observe(double[] row) {
                row[0] = y[0];
            }

            @Override
            public int individuals() {
                return 0;
            }
        };
    }
}
