package org.cloudnations.sim.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Provenance of one run: a value the engine produces with the run's result
 * ({@link Runner#run}); {@link org.cloudnations.sim.output.ManifestJson} writes it as
 * {@code manifest.json} beside the run's outputs.
 *
 * @param scenario scenario name
 * @param model model name
 * @param parameters every resolved parameter as canonical text, in declaration order
 * @param seed run seed
 * @param ticks ticks run
 * @param threads threads used
 * @param chunkSize individuals per work unit
 * @param individuals number of individuals
 * @param libraryVersion library version
 * @param gitCommit git commit of the sources, or null when unknown
 * @param javaVersion Java runtime
 * @param startedAt ISO-8601 start instant
 * @param wallSeconds wall-clock time of the run
 */
public record Manifest(String scenario, String model, Map<String, String> parameters, long seed, int ticks,
                       int threads, int chunkSize, int individuals, String libraryVersion, String gitCommit,
                       String javaVersion, String startedAt, double wallSeconds) {
    /**
     * Copies the parameter map.
     *
     * @param scenario see {@link #scenario()}
     * @param model see {@link #model()}
     * @param parameters see {@link #parameters()}
     * @param seed see {@link #seed()}
     * @param ticks see {@link #ticks()}
     * @param threads see {@link #threads()}
     * @param chunkSize see {@link #chunkSize()}
     * @param individuals see {@link #individuals()}
     * @param libraryVersion see {@link #libraryVersion()}
     * @param gitCommit see {@link #gitCommit()}
     * @param javaVersion see {@link #javaVersion()}
     * @param startedAt see {@link #startedAt()}
     * @param wallSeconds see {@link #wallSeconds()}
     */
    public Manifest {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
