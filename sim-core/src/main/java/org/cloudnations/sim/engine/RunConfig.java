package org.cloudnations.sim.engine;

import java.util.Objects;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Parameters;

/**
 * Everything that determines a run's output. On one JVM and platform the same configuration
 * always gives the same metrics, bit for bit, whatever {@code threads} and {@code chunkSize} are
 * (across platforms {@code Math.exp}, {@code log} and {@code pow} may differ in the last bit).
 *
 * @param scenario the scenario's name (for the manifest)
 * @param model the rules that run (the scenario's model)
 * @param parameters every parameter, resolved against the model's registry (with the scenario's
 *                   defaults)
 * @param seed the seed of every random stream
 * @param ticks ticks to run, 1 to {@value #MAX_TICKS}
 * @param threads threads for individual phases, 1 to {@value #MAX_THREADS}
 * @param chunkSize individuals per work unit, 1 to 2^30; affects speed only
 * @param check the checking mode: verify every invariant of the model after every tick and stop
 *              with an {@link InvariantViolationException} at the first that fails (does not change
 *              the output; off costs nothing)
 */
public record RunConfig(String scenario, Model model, Parameters parameters, long seed, int ticks, int threads,
                        int chunkSize, boolean check) {
    /** Largest allowed number of ticks. */
    public static final int MAX_TICKS = 10_000_000;
    /** Largest allowed number of threads. */
    public static final int MAX_THREADS = 1024;
    /** Default individuals per work unit. */
    public static final int DEFAULT_CHUNK = 1 << 14;

    /**
     * Validates ranges and that the parameters belong to the model.
     *
     * @param scenario see {@link #scenario()}
     * @param model see {@link #model()}
     * @param parameters see {@link #parameters()}
     * @param seed see {@link #seed()}
     * @param ticks see {@link #ticks()}
     * @param threads see {@link #threads()}
     * @param chunkSize see {@link #chunkSize()}
     * @param check see {@link #check()}
     */
    public RunConfig {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        // a scenario's registry has its model's names (only defaults differ): compare without rebuilding it
        if (!parameters.registry().names().equals(model.parameters().names())) {
            throw new IllegalArgumentException("parameters were not resolved for scenario " + scenario);
        }
        check("ticks", ticks, 1, MAX_TICKS);
        check("threads", threads, 1, MAX_THREADS);
        check("chunk size", chunkSize, 1, 1 << 30);
    }

    /**
     * A configuration without the checking mode.
     *
     * @param scenario see {@link #scenario()}
     * @param model see {@link #model()}
     * @param parameters see {@link #parameters()}
     * @param seed see {@link #seed()}
     * @param ticks see {@link #ticks()}
     * @param threads see {@link #threads()}
     * @param chunkSize see {@link #chunkSize()}
     */
    public RunConfig(String scenario, Model model, Parameters parameters, long seed, int ticks, int threads,
                     int chunkSize) {
        this(scenario, model, parameters, seed, ticks, threads, chunkSize, false);
    }

    /**
     * @param on whether to verify every invariant after every tick
     * @return a copy with the checking mode on or off
     */
    public RunConfig withCheck(boolean on) {
        return new RunConfig(scenario, model, parameters, seed, ticks, threads, chunkSize, on);
    }

    /**
     * @param newThreads threads
     * @return a copy with another thread count
     */
    public RunConfig withThreads(int newThreads) {
        return new RunConfig(scenario, model, parameters, seed, ticks, newThreads, chunkSize, check);
    }

    /**
     * @param newParameters parameters resolved against the same model
     * @return a copy with other parameter values
     */
    public RunConfig withParameters(Parameters newParameters) {
        return new RunConfig(scenario, model, newParameters, seed, ticks, threads, chunkSize, check);
    }

    /**
     * @param newSeed the seed
     * @return a copy with another seed
     */
    public RunConfig withSeed(long newSeed) {
        return new RunConfig(scenario, model, parameters, newSeed, ticks, threads, chunkSize, check);
    }

    /**
     * @param newTicks ticks to run
     * @return a copy with another number of ticks
     */
    public RunConfig withTicks(int newTicks) {
        return new RunConfig(scenario, model, parameters, seed, newTicks, threads, chunkSize, check);
    }

    /**
     * @param newChunk individuals per work unit
     * @return a copy with another chunk size
     */
    public RunConfig withChunkSize(int newChunk) {
        return new RunConfig(scenario, model, parameters, seed, ticks, threads, newChunk, check);
    }

    private static void check(String what, long v, long min, long max) {
        if (v < min || v > max) {
            throw new ConfigurationException(what + ": value " + v + " is out of range; allowed: a whole number from "
                    + min + " to " + max);
        }
    }
}
