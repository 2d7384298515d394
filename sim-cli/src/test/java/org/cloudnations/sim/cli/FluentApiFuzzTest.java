package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.cloudnations.sim.sweep.DesignKind;

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

    private static Arbitrary<Call> simulationCall(Scenario s) {
        Arbitrary<ParameterSpec> p = Arbitraries.of(s.parameters().specs());
        Arbitrary<Call> set = p.flatMap(spec -> CommandLineGrammar.value(spec, false)
                .map(v -> (Call) new Set(spec.name(), v)));
        Arbitrary<Call> setUnknown = Arbitraries.of("individual", "名前", "x y").map(n -> new Set(n, "1"));
        Arbitrary<Call> setReal = p.filter(spec -> spec.type() == ParamType.DOUBLE).flatMap(spec ->
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, spec.min(), spec.max(), spec.max() * 2 + 1,
                        Double.MIN_VALUE, -Double.MAX_VALUE).map(v -> new SetReal(spec.name(), v)));
        Arbitrary<Call> ticks = Arbitraries.of(0, -1, 1, 3, 10_000_001, Integer.MIN_VALUE).map(Ticks::new);
        Arbitrary<Call> threads = Arbitraries.of(0, -1, 1, 2, 1025, Integer.MAX_VALUE).map(Threads::new);
        Arbitrary<Call> seed = Arbitraries.longs().map(Seed::new);
        return Arbitraries.oneOf(set, set, setUnknown, setReal, ticks, threads, seed);
    }

    private static Arbitrary<Call> sweepCall(Scenario s) {
        Arbitrary<ParameterSpec> p = Arbitraries.of(s.parameters().specs());
        Arbitrary<Call> vary = p.flatMap(spec -> CommandLineGrammar.value(spec, false).list().ofMaxSize(3)
                .map(v -> (Call) new Vary(spec.name(), v)));
        Arbitrary<Call> range = p.flatMap(spec -> Combinators.combine(
                Arbitraries.of(spec.min(), spec.max(), (spec.min() + spec.max()) / 2, spec.min() - 1, Double.NaN),
                Arbitraries.of(spec.min(), spec.max(), spec.max() + 1, Double.POSITIVE_INFINITY),
                Arbitraries.of(-1, 0, 1, 2, 3, 100_001)).as((lo, hi, n) -> (Call) new Range(spec.name(), lo, hi, n)));
        Arbitrary<Call> design = Arbitraries.oneOf(Arbitraries.of(DesignKind.values()).map(DesignKind::label),
                Arbitraries.of("", "sobl", "GRID")).map(Design::new);
        Arbitrary<Call> samples = Arbitraries.of(-1, 0, 1, 2, 100_000_001).map(Samples::new);
        Arbitrary<Call> replicates = Arbitraries.of(-1, 0, 1, 2, 1_000_001).map(Replicates::new);
        Arbitrary<Call> seriesEvery = Arbitraries.of(-1, 0, 1, 10_000_001).map(SeriesEvery::new);
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
                    sim = c.apply(sim);
                } catch (RuntimeException e) {
                    sameAsCommandLine(e, commandLine("run", done, null));
                    return c.getClass().getSimpleName();
                }
            }
            Sweep sweep = sim.sweep();
            List<Call> varied = new ArrayList<>();
            for (Call c : this.sweep) {
                try {
                    sweep = c.apply(sweep);
                } catch (RuntimeException e) {
                    List<Call> context = new ArrayList<>(varied);
                    context.add(c);
                    sameAsCommandLine(e, commandLine("sweep", context, sweep));
                    return c.getClass().getSimpleName();
                }
                if (c instanceof Vary || c instanceof Range) {
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
                    last.removeIf(earlier -> earlier.getClass() == c.getClass());
                }
                last.add(c);
            }
            calls = last;
            if (calls.stream().anyMatch(c -> c.option() == null)) {
                return null;
            }
            calls.forEach(c -> args.addAll(c.option()));
            if (sweep != null && calls.stream().noneMatch(c -> c instanceof Vary || c instanceof Range)) {
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
            assertEquals("sim: " + e.getMessage() + "\n", r.err(), "sim " + String.join(" ", all));
            assertEquals(2, r.code());
        } finally {
            CliOracle.deleteTree(scratch);
        }
    }

    /** One call of the fluent API, and the command-line option that does the same. */
    interface Call {
        /**
         * @param s a simulation
         * @return the simulation after the call
         */
        default Simulation apply(Simulation s) {
            throw new UnsupportedOperationException();
        }

        /**
         * @param s a sweep
         * @return the sweep after the call
         */
        default Sweep apply(Sweep s) {
            throw new UnsupportedOperationException();
        }

        /** @return whether the option may be given more than once (the last call of others counts) */
        default boolean repeatable() {
            return false;
        }

        /** @return the option that does the same on the command line, or null when none can */
        List<String> option();
    }

    record Set(String name, String value) implements Call {
        @Override
        public boolean repeatable() {
            return true;
        }

        @Override
        public Simulation apply(Simulation s) {
            return s.set(name, value);
        }

        @Override
        public List<String> option() {
            return List.of("-P", name + "=" + value);
        }
    }

    record SetReal(String name, double value) implements Call {
        @Override
        public boolean repeatable() {
            return true;
        }

        @Override
        public Simulation apply(Simulation s) {
            return s.set(name, value);
        }

        @Override
        public List<String> option() {
            return List.of("-P", name + "=" + value);
        }
    }

    record Ticks(int ticks) implements Call {
        @Override
        public Simulation apply(Simulation s) {
            return s.ticks(ticks);
        }

        @Override
        public List<String> option() {
            return List.of("--ticks", Integer.toString(ticks));
        }
    }

    record Threads(int threads) implements Call {
        @Override
        public Simulation apply(Simulation s) {
            return s.threads(threads);
        }

        @Override
        public List<String> option() {
            return List.of("--threads", Integer.toString(threads));
        }
    }

    record Seed(long seed) implements Call {
        @Override
        public Simulation apply(Simulation s) {
            return s.seed(seed);
        }

        @Override
        public List<String> option() {
            return List.of("--seed", Long.toString(seed));
        }
    }

    record Vary(String name, List<String> values) implements Call {
        @Override
        public boolean repeatable() {
            return true;
        }

        @Override
        public Sweep apply(Sweep s) {
            return s.vary(name, values.toArray(String[]::new));
        }

        @Override
        public List<String> option() {
            boolean expressible = values.stream().noneMatch(v -> v.contains(",") || v.contains(":"));
            return expressible ? List.of("--vary", name + "=" + String.join(",", values)) : null;
        }
    }

    record Range(String name, double lo, double hi, int levels) implements Call {
        @Override
        public boolean repeatable() {
            return true;
        }

        @Override
        public Sweep apply(Sweep s) {
            return s.range(name, lo, hi, levels);
        }

        @Override
        public List<String> option() {
            return List.of("--vary", name + "=" + lo + ":" + hi + ":" + levels);
        }
    }

    record Design(String name) implements Call {
        @Override
        public Sweep apply(Sweep s) {
            return s.design(name);
        }

        @Override
        public List<String> option() {
            return List.of("--design", name);
        }
    }

    record Samples(int n) implements Call {
        @Override
        public Sweep apply(Sweep s) {
            return s.samples(n);
        }

        @Override
        public List<String> option() {
            return List.of("--samples", Integer.toString(n));
        }
    }

    record Replicates(int n) implements Call {
        @Override
        public Sweep apply(Sweep s) {
            return s.replicates(n);
        }

        @Override
        public List<String> option() {
            return List.of("--replicates", Integer.toString(n));
        }
    }

    record SeriesEvery(int k) implements Call {
        @Override
        public Sweep apply(Sweep s) {
            return s.seriesEvery(k);
        }

        @Override
        public List<String> option() {
            return List.of("--series-every", Integer.toString(k));
        }
    }
}
