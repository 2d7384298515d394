package org.cloudnations.sim.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudnations.sim.checkpoint.CheckpointFolder;
import org.cloudnations.sim.checkpoint.CheckpointedRun;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.output.RunFiles;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;

/**
 * A run to be made, configured fluently; reads well in a notebook cell or a script:
 *
 * <pre>{@code
 * Result r = Simulation.of("baseline").set("digital_access", 0.7).seed(7).threads(2).ticks(200).run();
 * double[] share = r.series("cloud_share");
 * }</pre>
 *
 * <p>Immutable: every method returns a new simulation, so a configured simulation can be reused as
 * the base of several runs or of a {@link Sweep}. Every value is validated when it is given, by the
 * same rules (and with the same one-line {@link ConfigurationException} messages) as the
 * {@code sim} command line. Unset values take defaults: the scenario's parameters, seed
 * {@value #DEFAULT_SEED}, {@value #DEFAULT_TICKS} ticks, one thread per available processor.
 * Results do not depend on the number of threads.
 */
public final class Simulation {
    /** The seed used when none is given (the same as {@code sim run}). */
    public static final long DEFAULT_SEED = 1L;
    /** The number of ticks used when none is given (the same as {@code sim run}). */
    public static final int DEFAULT_TICKS = 200;

    private final Scenario scenario;
    private final RunConfig config;

    private Simulation(Scenario scenario, RunConfig config) {
        this.scenario = scenario;
        this.config = config;
    }

    /**
     * A simulation of the default scenario, {@value Scenarios#DEFAULT} (the integrated world: every
     * rule family on one population), on its defaults; what {@code ./sim run} runs without a name.
     *
     * @return the simulation
     */
    public static Simulation ofDefault() {
        return of(Scenarios.DEFAULT);
    }

    /**
     * A simulation of a shipped scenario, on its defaults.
     *
     * @param scenario a scenario name from {@link Scenarios#catalog()}, e.g. {@code "baseline"}
     * @return the simulation
     * @throws ConfigurationException for an unknown name, with a suggestion and the known names
     */
    public static Simulation of(String scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return of(Scenarios.get(scenario));
    }

    /**
     * A simulation of any scenario, including one defined by the caller on top of a shipped model or
     * of a model of its own.
     *
     * @param scenario the scenario
     * @return the simulation
     */
    public static Simulation of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        int threads = Math.min(RunConfig.MAX_THREADS, Runtime.getRuntime().availableProcessors());
        return new Simulation(scenario, scenario.configure(Map.of(), DEFAULT_SEED, DEFAULT_TICKS, threads));
    }

    /**
     * A simulation of a complete run configuration of a scenario.
     *
     * @param scenario the scenario
     * @param config a configuration of that scenario (its name and model)
     * @return the simulation
     * @throws IllegalArgumentException when the configuration is of another scenario
     */
    public static Simulation of(Scenario scenario, RunConfig config) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(config, "config");
        if (!config.scenario().equals(scenario.name()) || config.model() != scenario.model()) {
            throw new IllegalArgumentException("the configuration is of scenario " + config.scenario() + ", not of "
                    + scenario.name());
        }
        return new Simulation(scenario, config);
    }

    /**
     * Sets a real-valued (or whole-number) parameter.
     *
     * @param name a parameter of the scenario
     * @param value its value
     * @return the new simulation
     * @throws ConfigurationException for an unknown name, NaN, or a value out of range
     */
    public Simulation set(String name, double value) {
        return set(name, Double.toString(value));
    }

    /**
     * Sets a whole-number (or real-valued) parameter.
     *
     * @param name a parameter of the scenario
     * @param value its value
     * @return the new simulation
     * @throws ConfigurationException for an unknown name or a value out of range
     */
    public Simulation set(String name, long value) {
        return set(name, Long.toString(value));
    }

    /**
     * Sets a boolean parameter.
     *
     * @param name a parameter of the scenario
     * @param value its value
     * @return the new simulation
     * @throws ConfigurationException for an unknown name or a parameter that is not boolean
     */
    public Simulation set(String name, boolean value) {
        return set(name, Boolean.toString(value));
    }

    /**
     * Sets a parameter from text, as on the command line ({@code -P name=value}); the way to set
     * a choice parameter.
     *
     * @param name a parameter of the scenario
     * @param value its value as text
     * @return the new simulation
     * @throws ConfigurationException for an unknown name or a malformed or disallowed value
     */
    public Simulation set(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return new Simulation(scenario, config.withParameters(config.parameters().with(Map.of(name, value))));
    }

    /**
     * Sets several parameters at once; values may be numbers, booleans or text.
     *
     * @param values parameter name to value
     * @return the new simulation
     * @throws ConfigurationException for the first unknown name or bad value
     */
    public Simulation set(Map<String, ?> values) {
        Simulation s = this;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            s = s.set(e.getKey(), text(e.getKey(), e.getValue()));
        }
        return s;
    }

    /**
     * @param seed the seed of every random stream
     * @return the new simulation
     */
    public Simulation seed(long seed) {
        return new Simulation(scenario, config.withSeed(seed));
    }

    /**
     * @param ticks ticks to run, 1 to {@value RunConfig#MAX_TICKS}
     * @return the new simulation
     * @throws ConfigurationException for a value out of range
     */
    public Simulation ticks(int ticks) {
        return new Simulation(scenario, config.withTicks(ticks));
    }

    /**
     * @param threads threads for the individual phases, 1 to {@value RunConfig#MAX_THREADS}; results
     *                do not depend on it
     * @return the new simulation
     * @throws ConfigurationException for a value out of range
     */
    public Simulation threads(int threads) {
        return new Simulation(scenario, config.withThreads(threads));
    }

    /**
     * The checking mode: verify every invariant of the scenario's rules and metrics after every
     * tick (see {@link RunConfig#check()}); the output is the same, a failed invariant stops the
     * run with an {@link org.cloudnations.sim.engine.InvariantViolationException}.
     *
     * @param on whether to check
     * @return the new simulation
     */
    public Simulation check(boolean on) {
        return new Simulation(scenario, config.withCheck(on));
    }

    /** @return the scenario this simulation runs */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the complete run configuration */
    public RunConfig config() {
        return config;
    }

    /**
     * @param name a parameter of the scenario
     * @return its value as canonical text, e.g. {@code "0.7"}
     * @throws ConfigurationException for an unknown name
     */
    public String get(String name) {
        scenario.parameters().spec(name);
        return config.parameters().asText().get(name);
    }

    /** @return every parameter as canonical text, in declaration order */
    public Map<String, String> parameters() {
        return config.parameters().asText();
    }

    /** @return the declarations of the scenario's parameters: type, default, range, unit */
    public List<ParameterSpec> parameterSpecs() {
        return scenario.parameters().specs();
    }

    /**
     * Runs the simulation to completion.
     *
     * @return its series and manifest
     */
    public Result run() {
        return run(RunListener.NONE);
    }

    /**
     * Runs the simulation for a given number of ticks (a shortcut for {@code ticks(n).run()}).
     *
     * @param ticks ticks to run
     * @return its series and manifest
     * @throws ConfigurationException for a value out of range
     */
    public Result run(int ticks) {
        return ticks(ticks).run();
    }

    /**
     * Runs the simulation to completion, telling a listener after every tick.
     *
     * @param listener told after every tick, e.g. to draw a progress bar
     * @return its series and manifest
     */
    public Result run(RunListener listener) {
        Objects.requireNonNull(listener, "listener");
        return new Result(scenario, Runner.run(config, listener));
    }

    /**
     * Runs the simulation with checkpoints: after every {@code every}-th tick its state is written
     * to {@code dir/checkpoint.bin} (atomically; see {@link CheckpointFolder}). When {@code dir}
     * already holds a checkpoint of this simulation, the run continues from it instead of starting
     * over; either way the result equals {@link #run()}'s. At the end {@code metrics.csv} and
     * {@code manifest.json} are written into {@code dir} and the checkpoint is removed, as
     * {@code sim run --checkpoint-every} does.
     *
     * @param every ticks between checkpoints, 1 to {@value RunConfig#MAX_TICKS}
     * @param dir the folder: missing, empty, or holding a checkpoint of this simulation
     * @return its series and manifest
     * @throws ConfigurationException for {@code every} out of range, a folder holding other files,
     *                                or a checkpoint of another run (naming every difference)
     * @throws UncheckedIOException when a checkpoint or a result cannot be written or read
     */
    public Result runWithCheckpoints(int every, Path dir) {
        if (every < 1 || every > RunConfig.MAX_TICKS) {
            throw ConfigurationException.outOfRange("{checkpoint_every}", every, 1, RunConfig.MAX_TICKS);
        }
        Objects.requireNonNull(dir, "dir");
        boolean resume = Files.isRegularFile(dir.resolve(CheckpointFolder.FILE));
        CheckpointFolder folder = resume ? CheckpointFolder.existing(dir) : CheckpointFolder.fresh(dir);
        try {
            RunResult result = CheckpointedRun.run(config, RunListener.NONE, folder, every, () -> false, resume)
                    .result();
            folder.complete(d -> RunFiles.write(result, d));
            return new Result(scenario, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sweep with this simulation as its base: parameters, seed, ticks and threads are taken from it.
     *
     * @return a sweep of a single point and replicate, to be varied
     */
    public Sweep sweep() {
        return Sweep.over(this);
    }

    /** @return the scenario, seed, ticks, threads and the parameters that differ from the scenario's defaults */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Simulation[").append(scenario.name())
                .append(", seed ").append(config.seed()).append(", ").append(config.ticks()).append(" ticks, ")
                .append(config.threads()).append(config.threads() == 1 ? " thread" : " threads");
        Map<String, String> values = config.parameters().asText();
        for (ParameterSpec spec : scenario.parameters().specs()) {
            String v = values.get(spec.name());
            if (!v.equals(spec.defaultValue())) {
                b.append(", ").append(spec.name()).append('=').append(v);
            }
        }
        return b.append(']').toString();
    }

    /**
     * The text form of a value given as an object: numbers, booleans and text are accepted.
     *
     * @param name the parameter, for the message
     * @param value the value
     * @return its text
     */
    static String text(String name, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.toString(((Number) value).doubleValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Long.toString(((Number) value).longValue());
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        throw new ConfigurationException("parameter '" + name + "': value " + value
                + " is not a number, a boolean or text; allowed: a number, a boolean or text");
    }
}
