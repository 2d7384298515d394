package org.cloudnations.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.scenario.Scenario;

/**
 * A test-only model whose single metric {@code y} becomes f(x1, ..., xk) at tick 1 (0 before),
 * so analytic test functions (Ishigami, linear) go through the same sweep code path as agent
 * models: Runner, World, SweepRunner, runs.csv, Sensitivity.
 */
public final class FunctionModel implements Model {
    private final String name;
    private final ParameterRegistry parameters;
    private final ToDoubleFunction<double[]> f;
    private final int k;

    public FunctionModel(String name, int k, double lo, double hi, ToDoubleFunction<double[]> f) {
        this.name = name;
        this.k = k;
        this.f = f;
        List<ParameterSpec> specs = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            specs.add(ParameterSpec.real("x" + i, (lo + hi) / 2, lo, hi, "1", "engine", "input " + i));
        }
        this.parameters = ParameterRegistry.of(specs);
    }

    /** The Ishigami function with a = 7, b = 0.1 on [-pi, pi]^3 (Ishigami &amp; Homma 1990). */
    public static FunctionModel ishigami() {
        return new FunctionModel("ishigami", 3, -Math.PI, Math.PI, x -> Math.sin(x[0])
                + 7 * Math.sin(x[1]) * Math.sin(x[1]) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
    }

    public Scenario scenario() {
        return new Scenario(name, "test function " + name, this, java.util.Map.of());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ParameterRegistry parameters() {
        return parameters;
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(new MetricSpec("y", "1", "the function's value"));
    }

    @Override
    public ModelInstance instantiate(Parameters p, long seed, ParallelLoop loop) {
        double[] x = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = p.getDouble("x" + (i + 1));
        }
        double[] y = {0};
        return new ModelInstance() {
            @Override
            public List<Phase> phases() {
                return List.of(Phase.of("evaluate", c -> y[0] = f.applyAsDouble(x)));
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
