package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.api.Sweep;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParamType;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.design.DesignKind;

/**
 * Property test of the fluent API ({@link Simulation}, {@link Sweep}): random chains of calls, with
 * the values of {@link CommandLineGrammar}, never throw anything but {@link ConfigurationException}
 * (no {@link IllegalArgumentException} or index error from deep inside), always with a one-line
 * message; and when a call that has a command-line option is refused, {@code sim} refuses the same
 * option with exactly the same message. A shrunk failure becomes a named case in
 * {@link CliFuzzRegressionTest}.
 */
class FluentApiFuzzTest {
    private static final List<String> SCENARIOS = Scenarios.catalog().all().stream().map(Scenario::name).toList();

    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void illegalCallsThrowTheCommandLinesMessage(@ForAll("chains") Chain chain) throws IOException {
        Statistics.label("refused at").collect(chain.check());
    }

    @Provide
    Arbitrary<Chain> chains() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.of(SCENARIOS)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "basline", "BASELINE")))
                .flatMap(name -> {
                    Scenario s = SCENARIOS.contains(name) ? Scenarios.get(name) : Scenarios.get(Scenarios.DEFAULT);
                    Arbitrary<List<Call>> sim = simulationCall(s).list().ofMaxSize(4);
                    Arbitrary<List<Call>> sweep = sweepCall(s).list().ofMaxSize(5);
                    return Combinators.combine(sim, sweep).as((a, b) -> new Chain(name, a, b));
                });
    }

    private static Arbitrary<Call> simulationCall(Scenario scenario) {
        Arbitrary<ParameterSpec> p = Arbitraries.of(scenario.parameters().specs());
        Arbitrary<Call> set = p.flatMap(spec -> CommandLineGrammar.value(spec, false)
                .map(v -> Call.set(spec.name(), v)));
        Arbitrary<Call> setUnknown = Arbitraries.of("individual", "名前", "x y").map(n -> Call.set(n, "1"));
        Arbitrary<Call> setReal = p.filter(spec -> spec.type() == ParamType.DOUBLE).flatMap(spec ->
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, spec.min(), spec.max(), spec.max() * 2 + 1,
                        Double.MIN_VALUE, -Double.MAX_VALUE).map(v -> Call.setReal(spec.name(), v)));
        Arbitrary<Call> ticks = Arbitraries.of(0, -1, 1, 3, 10_000_001, Integer.MIN_VALUE).map(t -> Call.simulation("ticks", t, false, s -> s.ticks(t), "--ticks", t.toString()));
        Arbitrary<Call> threads = Arbitraries.of(0, -1, 1, 2, 1025, Integer.MAX_VALUE).map(t -> Call.simulation("threads", t, false, s -> s.threads(t), "--threads", t.toString()));
        Arbitrary<Call> seed = Arbitraries.longs().map(v -> Call.simulation("seed", v, false, s -> s.seed(v), "--seed", v.toString()));
        return Arbitraries.oneOf(set, set, setUnknown, setReal, ticks, threads, seed);
    }

    private static Arbitrary<Call> sweepCall(Scenario scenario) {
        Arbitrary<ParameterSpec> p = Arbitraries.of(scenario.parameters().specs());
        Arbitrary<Call> vary = p.flatMap(spec -> CommandLineGrammar.value(spec, false).list().ofMaxSize(3)
                .map(v -> Call.vary(spec.name(), v)));
        Arbitrary<Call> range = p.flatMap(spec -> Combinators.combine(
                Arbitraries.of(spec.min(), spec.max(), (spec.min() + spec.max()) / 2, spec.min() - 1, Double.NaN),
                Arbitraries.of(spec.min(), spec.max(), spec.max() + 1, Double.POSITIVE_INFINITY),
                Arbitraries.of(-1, 0, 1, 2, 3, 100_001)).as((lo, hi, n) -> Call.range(spec.name(), lo, hi, n)));
        Arbitrary<Call> design = Arbitraries.oneOf(Arbitraries.of(DesignKind.values()).map(DesignKind::label),
                Arbitraries.of("", "sobl", "GRID")).map(d -> Call.sweep("design", d, false, s -> s.design(d), "--design", d));
        Arbitrary<Call> samples = Arbitraries.of(-1, 0, 1, 2, 100_000_001).map(n -> Call.sweep("samples", n, false, s -> s.samples(n), "--samples", n.toString()));
        Arbitrary<Call> replicates = Arbitraries.of(-1, 0, 1, 2, 1_000_001).map(n -> Call.sweep("replicates", n, false, s -> s.replicates(n), "--replicates", n.toString()));
        Arbitrary<Call> seriesEvery = Arbitraries.of(-1, 0, 1, 10_000_001).map(k -> Call.sweep("seriesEvery", k, false, s -> s.seriesEvery(k), "--series-every", k.toString()));
        return Arbitraries.oneOf(vary, vary, range, design, samples, replicates, seriesEvery);
    }

    /**
     * {@code Simulation.of(scenario)}, then calls on the simulation, then {@code sweep()} and calls on
     * the sweep, then {@code plan()}.
     *
     * @param scenario the scenario name
     * @param simulation calls on the simulation
     * @param sweep calls on the sweep
     */
    record Chain(String scenario, List<Call> simulation, List<Call> sweep) {
        /**
         * Makes the calls until one is refused, and checks the refusal.
         *
         * @return what refused: a call's name, {@code "plan"}, or {@code "nothing"}
         * @throws IOException when the scratch folder cannot be made
         */
        String check() throws IOException {
            Simulation sim;
            try {
                sim = Simulation.of(scenario);
            } catch (RuntimeException e) {
                sameAsCommandLine(e, List.of("run", scenario));
                return "of";
            }
            List<Call> done = new ArrayList<>();
            for (Call c : simulation) {
                done.add(c);
                try {
                    sim = c.onSimulation().apply(sim);
                } catch (RuntimeException e) {
                    sameAsCommandLine(e, commandLine("run", done, null));
                    return c.name();
                }
            }
            Sweep sweep = sim.sweep();
            List<Call> varied = new ArrayList<>();
            for (Call c : this.sweep) {
                try {
                    sweep = c.onSweep().apply(sweep);
                } catch (RuntimeException e) {
                    List<Call> context = new ArrayList<>(varied);
                    context.add(c);
                    sameAsCommandLine(e, commandLine("sweep", context, sweep));
                    return c.name();
                }
                if (c.varies()) {
                    varied.add(c);
                }
            }
            try {
                sweep.plan();
                return "nothing";
            } catch (RuntimeException e) {
                oneLineConfigurationException(e);
                return "plan";
            }
        }

        /** The command line that gives the refused call's option, after those it depends on. */
        private List<String> commandLine(String command, List<Call> calls, Sweep sweep) {
            List<String> args = new ArrayList<>(List.of(command, scenario, "--no-chart"));
            List<Call> last = new ArrayList<>(); // an option given once: the last call of its kind
            for (Call c : calls) {
                if (!c.repeatable()) {
                    last.removeIf(earlier -> earlier.name().equals(c.name()));
                }
                last.add(c);
            }
            calls = last;
            if (calls.stream().anyMatch(c -> c.option() == null)) {
                return null;
            }
            calls.forEach(c -> args.addAll(c.option()));
            if (sweep != null && calls.stream().noneMatch(Call::varies)) {
                // sim sweep needs a --vary: a one-value list of a parameter at its default changes nothing
                ParameterSpec first = Scenarios.get(scenario).parameters().specs().get(0);
                args.addAll(List.of("--vary", first.name() + "=" + first.defaultValue()));
            }
            return args;
        }
    }

    private static void oneLineConfigurationException(RuntimeException e) {
        if (!(e instanceof ConfigurationException)) {
            throw new AssertionError("only ConfigurationException, got " + e, e);
        }
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private static void sameAsCommandLine(RuntimeException e, List<String> args) throws IOException {
        oneLineConfigurationException(e);
        if (args == null) {
            return; // a call that no command line can make
        }
        Path scratch = Files.createTempDirectory("sim-api-fuzz-");
        try {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--out", scratch.resolve("out").toString()));
            CliResult r = CliResult.run(all.toArray(String[]::new));
            // the library names fields (vary, samples); the command line renders them as its flags
            assertEquals("sim: " + ((ConfigurationException) e).render(SimCli::flag) + "\n", r.err(),
                    "sim " + String.join(" ", all));
            assertEquals(2, r.code());
        } finally {
            CliOracle.deleteTree(scratch);
        }
    }

    /**
     * One call of the fluent API on a simulation or a sweep, and the command-line option that does
     * the same.
     *
     * @param name the method, e.g. {@code "ticks"}
     * @param argument the argument as the shrunk sample shows it
     * @param option the option that does the same on the command line, or null when none can
     * @param repeatable whether the option may be given more than once (the last call of others counts)
     * @param onSimulation the call on a simulation, or null for a call on a sweep
     * @param onSweep the call on a sweep, or null for a call on a simulation
     */
    record Call(String name, String argument, List<String> option, boolean repeatable,
                UnaryOperator<Simulation> onSimulation, UnaryOperator<Sweep> onSweep) {
        static Call simulation(String name, Object argument, boolean repeatable, UnaryOperator<Simulation> call,
                               String... option) {
            return new Call(name, String.valueOf(argument), List.of(option), repeatable, call, null);
        }

        static Call sweep(String name, Object argument, boolean repeatable, UnaryOperator<Sweep> call,
                          String... option) {
            return new Call(name, String.valueOf(argument), option.length == 0 ? null : List.of(option), repeatable,
                    null, call);
        }

        static Call set(String name, String value) {
            return simulation("set", name + ", \"" + value + "\"", true, s -> s.set(name, value), "-P", name + "=" + value);
        }

        static Call setReal(String name, double value) {
            return simulation("set", name + ", " + value, true, s -> s.set(name, value), "-P", name + "=" + value);
        }

        static Call vary(String name, List<String> values) {
            UnaryOperator<Sweep> call = s -> s.vary(name, values.toArray(String[]::new));
            boolean expressible = values.stream().noneMatch(v -> v.contains(",") || v.contains(":"));
            return expressible ? sweep("vary", name + ", " + values, true, call, "--vary", name + "=" + String.join(",", values))
                    : sweep("vary", name + ", " + values, true, call);
        }

        static Call range(String name, double lo, double hi, int levels) {
            return sweep("range", name + ", " + lo + ", " + hi + ", " + levels, true, s -> s.range(name, lo, hi, levels),
                    "--vary", name + "=" + lo + ":" + hi + ":" + levels);
        }

        boolean varies() {
            return name.equals("vary") || name.equals("range");
        }

        @Override
        public String toString() {
            return name + "(" + argument + ")";
        }
    }
}
