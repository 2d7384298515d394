///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS org.cloudnations:sim-scenarios:0.1.0
//DEPS org.cloudnations:sim-cli:0.1.0

// Extending the library through its public API only:
//  1. a model of its own, with a rule of its own: Bass diffusion of cloud membership (people join
//     a cloud community spontaneously, with probability p, or by imitation, with probability q
//     times the current cloud share, and leave it with probability c), implemented as
//     Model / ModelInstance / Phase with a parallel, reproducible individual phase;
//  2. a scenario of its own on top of the shipped exit model: the cloud's income is taxed.
// Both run through the fluent API. The diffusion run is checked against its mean-field
// equilibrium s* solving (1 - s)(p + q s) = c s.
//
//   jbang examples/jbang/CustomRule.java [OUT_DIR [TICKS [INDIVIDUALS]]]
//
// Defaults: a new temporary folder, 150 ticks, 20000 individuals.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.chart.Charts;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.scenario.Scenario;

class CustomRule {
    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("custom-rule-");
        int ticks = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int individuals = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;

        // 1. A model of its own, wrapped in a scenario and run fluently.
        Scenario diffusion = new Scenario("bass-diffusion", "Cloud membership spreads by imitation",
                new BassDiffusion(), Map.of("imitation", "0.4", "churn", "0.1"));
        Result r = Simulation.of(diffusion).set("individuals", individuals).seed(5).threads(2).ticks(ticks).run();
        System.out.print(r);
        double p = Double.parseDouble(r.parameters().get("innovation"));
        double q = Double.parseDouble(r.parameters().get("imitation"));
        double c = Double.parseDouble(r.parameters().get("churn"));
        double b = q - p - c;
        double equilibrium = (b + Math.sqrt(b * b + 4 * q * p)) / (2 * q);
        System.out.printf("diffusion: mean-field equilibrium %.4f, simulated (mean of last 20 ticks) %.4f%n",
                equilibrium, r.tailMean("cloud_share", 20));
        r.writeCsv(out.resolve("diffusion.csv"));
        Charts.line(r, out.resolve("diffusion.png"));

        // 2. A scenario of its own on the shipped exit model: cloud income taxed at 30 %.
        Scenario taxedCloud = new Scenario("taxed-cloud", "Cloud income taxed like home income",
                ExitModel.RULES, Map.of("cloud_tax_rate", "0.3"));
        Simulation taxed = Simulation.of(taxedCloud).set("individuals", individuals).seed(5).ticks(ticks);
        Simulation untaxed = Simulation.of("exit").set("individuals", individuals).seed(5).ticks(ticks);
        System.out.printf("exit: final cloud share %.4f untaxed (exit), %.4f taxed (taxed-cloud)%n",
                untaxed.run().tailMean("cloud_share", 20), taxed.run().tailMean("cloud_share", 20));
        System.out.println("wrote " + out.resolve("diffusion.csv"));
    }

    /** Bass diffusion with churn: the model's parameters, metrics and a factory of runs. */
    static final class BassDiffusion implements Model {
        static final ParameterRegistry PARAMETERS = ParameterRegistry.of(List.of(
                ParameterSpec.integer("individuals", 10_000, 1, 10_000_000, "individuals", "custom",
                        "N, number of individuals"),
                ParameterSpec.real("innovation", 0.01, 0.0, 1.0, "1/tick", "custom",
                        "p, probability of joining spontaneously per tick"),
                ParameterSpec.real("imitation", 0.3, 0.0, 1.0, "1/tick", "custom",
                        "q, probability of joining per tick per unit of cloud share"),
                ParameterSpec.real("churn", 0.05, 0.0, 1.0, "1/tick", "custom",
                        "c, probability that a member leaves per tick")));

        static final List<MetricSpec> METRICS = List.of(
                new MetricSpec("cloud_share", "1", "fraction of individuals in the cloud"),
                new MetricSpec("joins", "individuals/tick", "individuals who joined this tick"),
                new MetricSpec("leaves", "individuals/tick", "members who left this tick"));

        @Override
        public String name() {
            return "bass-diffusion";
        }

        @Override
        public ParameterRegistry parameters() {
            return PARAMETERS;
        }

        @Override
        public List<MetricSpec> metrics() {
            return METRICS;
        }

        @Override
        public List<String> chartMetrics() {
            return List.of("cloud_share");
        }

        @Override
        public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
            return new Run(parameters.getInt("individuals"), parameters.getDouble("innovation"),
                    parameters.getDouble("imitation"), parameters.getDouble("churn"));
        }
    }

    /** One run: a membership column and the two phases of a tick. */
    static final class Run implements ModelInstance {
        static final int STREAM = 1;
        static final int JOINS = 0;
        static final int LEAVES = 1;
        static final int MEMBERS = 2;

        final boolean[] member;
        final double p;
        final double q;
        final double c;
        long members;
        long joins;
        long leaves;

        Run(int n, double p, double q, double c) {
            this.member = new boolean[n];
            this.p = p;
            this.q = q;
            this.c = c;
        }

        @Override
        public List<Phase> phases() {
            return List.of(Phase.of("diffusion", this::diffuse));
        }

        /** The rule: every individual joins or leaves with a draw that depends only on (seed, tick, id). */
        void diffuse(TickContext ctx) {
            long key = CounterRandom.streamKey(ctx.seed(), ctx.tick(), STREAM);
            double join = Math.min(1.0, p + q * members / (double) member.length);
            Accumulator a = ctx.loop().run(member.length, 0, 3, (from, to, tally) -> {
                for (int i = from; i < to; i++) {
                    double u = CounterRandom.uniform(key, i, 0);
                    if (member[i] ? u < c : u < join) {
                        member[i] = !member[i];
                        tally.increment(member[i] ? JOINS : LEAVES);
                    }
                    if (member[i]) {
                        tally.increment(MEMBERS);
                    }
                }
            });
            members = a.count(MEMBERS);
            joins = a.count(JOINS);
            leaves = a.count(LEAVES);
        }

        @Override
        public void observe(double[] row) {
            row[0] = members / (double) member.length;
            row[1] = joins;
            row[2] = leaves;
        }

        @Override
        public int individuals() {
            return member.length;
        }
    }
}
