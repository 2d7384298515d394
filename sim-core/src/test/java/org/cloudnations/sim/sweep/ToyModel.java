package org.cloudnations.sim.sweep;

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

/**
 * A small stochastic test model: {@code level} grows by a * b + noise each tick, with noise from
 * the run's seed; {@code noise} is the last draw. A run throws at tick 2 when a > fail_above.
 */
public final class ToyModel implements Model {
    public static final ParameterRegistry PARAMETERS = ParameterRegistry.of(List.of(
            ParameterSpec.real("a", 0.5, 0, 1, "1", "engine", "growth"),
            ParameterSpec.integer("b", 2, 1, 10, "1", "engine", "multiplier"),
            ParameterSpec.choice("mode", "x", List.of("x", "y", "z"), "engine", "a choice"),
            ParameterSpec.real("fail_above", 2, 0, 2, "1", "engine", "runs with a above this throw at tick 2")));

    public static Scenario scenario() {
        return new Scenario("toy", "stochastic test model", new ToyModel(), Map.of());
    }

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public ParameterRegistry parameters() {
        return PARAMETERS;
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(new MetricSpec("level", "1", "accumulated level"),
                new MetricSpec("noise", "1", "last noise draw"));
    }

    @Override
    public ModelInstance instantiate(Parameters p, long seed, ParallelLoop loop) {
        double a = p.getDouble("a");
        int b = p.getInt("b");
        double shift = switch (p.getChoice("mode")) {
            case "x" -> 0;
            case "y" -> 1;
            default -> 2;
        };
        double failAbove = p.getDouble("fail_above");
        double[] state = new double[2];
        return new ModelInstance() {
            @Override
            public List<Phase> phases() {
                return List.of(Phase.of("grow", c -> {
                    if (c.tick() == 2 && a > failAbove) {
                        throw new IllegalStateException("a = " + a + " is above fail_above,\nby design");
                    }
                    double noise = CounterRandom.uniform(CounterRandom.streamKey(c.seed(), c.tick(), 0), 0, 0);
                    state[1] = noise;
                    state[0] += a * b + shift + noise;
                }));
            }

            @Override
            public void observe(double[] row) {
                row[0] = state[0];
                row[1] = state[1];
            }

            @Override
            public int individuals() {
                return 1;
            }
        };
    }
}
