package org.cloudnations.sim.engine;

import java.util.Map;
import java.util.Objects;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.scenario.Scenario;

/**
 * Everything that determines a run's output. On one JVM and platform the same configuration
 * always gives the same metrics, bit for bit, whatever {@code threads} and {@code chunkSize} are
 * (across platforms {@code Math.exp}, {@code log} and {@code pow} may differ in the last bit).
 *
 * @param scenario the scenario
 * @param parameters every parameter, resolved against the scenario's registry
 * @param seed the seed of every random stream
 * @param ticks ticks to run, 1 to {@value #MAX_TICKS}
 * @param threads threads for individual phases, 1 to {@value #MAX_THREADS}
 * @param chunkSize individuals per work unit, 1 to 2^30; affects speed only
 */
public record RunConfig(Scenario scenario, Parameters parameters, long seed, int ticks, int threads,
                        int chunkSize) {
    /** Largest allowed number of ticks. */
    public static final int MAX_TICKS = 10_000_000;
    /** Largest allowed number of threads. */
    public static final int MAX_THREADS = 1024;
    /** Default individuals per work unit. */
    public static final int DEFAULT_CHUNK = 1 << 14;

    /**
     * Validates ranges and that the parameters belong to the scenario.
     *
     * @param scenario see {@link #scenario()}
     * @param parameters see {@link #parameters()}
     * @param seed see {@link #seed()}
     * @param ticks see {@link #ticks()}
     * @param threads see {@link #threads()}
     * @param chunkSize see {@link #chunkSize()}
     */
    public RunConfig {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(parameters, "parameters");
        // a scenario's registry has its model's names (only defaults differ): compare without rebuilding it
        if (!parameters.registry().names().equals(scenario.model().parameters().names())) {
            throw new IllegalArgumentException("parameters were not resolved for scenario " + scenario.name());
        }
        check("ticks", ticks, 1, MAX_TICKS);
        check("threads", threads, 1, MAX_THREADS);
        check("chunk size", chunkSize, 1, 1 << 30);
    }

    /**
     * Resolves user values against the scenario and builds a configuration with the default chunk.
     *
     * @param scenario the scenario
     * @param values parameter name to text; unnamed parameters take the scenario's defaults
     * @param seed the seed
     * @param ticks ticks to run
     * @param threads threads
     * @return the configuration
     * @throws ConfigurationException for a bad name or value
     */
    public static RunConfig of(Scenario scenario, Map<String, String> values, long seed, int ticks, int threads) {
        return new RunConfig(scenario, scenario.parameters().resolve(values), seed, ticks, threads, DEFAULT_CHUNK);
    }

    /**
     * @param newThreads threads
     * @return a copy with another thread count
     */
    public RunConfig withThreads(int newThreads) {
        return new RunConfig(scenario, parameters, seed, ticks, newThreads, chunkSize);
    }

    /**
     * @param newChunk individuals per work unit
     * @return a copy with another chunk size
     */
    public RunConfig withChunkSize(int newChunk) {
        return new RunConfig(scenario, parameters, seed, ticks, threads, newChunk);
    }

    private static void check(String what, long v, long min, long max) {
        if (v < min || v > max) {
            throw new ConfigurationException(what + ": value " + v + " is out of range; allowed: a whole number from "
                    + min + " to " + max);
        }
    }
}
