package org.cloudnations.sim.checkpoint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudnations.sim.engine.Provenance;
import org.cloudnations.sim.engine.RunConfig;

/**
 * What makes a run's output what it is, as a checkpoint records it (the fields the manifest
 * records, less those that do not change the output: threads, chunk size, checking mode). A
 * checkpoint continues only the run with the same fingerprint.
 *
 * @param scenario the scenario's name
 * @param model the model's name
 * @param parameters every resolved parameter as canonical text, in declaration order
 * @param seed the run seed
 * @param ticks the ticks the run is to reach
 * @param libraryVersion the library version that wrote it
 * @param gitCommit the git commit of the sources, or null when unknown
 */
public record RunFingerprint(String scenario, String model, Map<String, String> parameters, long seed, int ticks,
                             String libraryVersion, String gitCommit) {
    /**
     * Copies the parameters and rejects nulls (but a null commit).
     *
     * @param scenario see {@link #scenario()}
     * @param model see {@link #model()}
     * @param parameters see {@link #parameters()}
     * @param seed see {@link #seed()}
     * @param ticks see {@link #ticks()}
     * @param libraryVersion see {@link #libraryVersion()}
     * @param gitCommit see {@link #gitCommit()}
     */
    public RunFingerprint {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(model, "model");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Objects.requireNonNull(libraryVersion, "libraryVersion");
    }

    /**
     * @param config a run
     * @return its fingerprint, with this library's version and commit
     */
    public static RunFingerprint of(RunConfig config) {
        return new RunFingerprint(config.scenario(), config.model().name(), config.parameters().asText(),
                config.seed(), config.ticks(), Provenance.libraryVersion(), Provenance.gitCommit());
    }

    /**
     * Names what differs between a stored fingerprint and this one.
     *
     * @param stored the fingerprint a checkpoint carries
     * @return one phrase per difference, e.g. {@code seed 1 in the checkpoint, 2 here}; empty when
     *         the two agree
     */
    public List<String> differences(RunFingerprint stored) {
        List<String> d = new ArrayList<>();
        differ(d, "scenario", stored.scenario, scenario);
        differ(d, "model", stored.model, model);
        differ(d, "seed", Long.toString(stored.seed), Long.toString(seed));
        differ(d, "ticks", Integer.toString(stored.ticks), Integer.toString(ticks));
        if (stored.scenario.equals(scenario)) {
            for (Map.Entry<String, String> e : parameters.entrySet()) {
                differ(d, "parameter " + e.getKey(), stored.parameters.get(e.getKey()), e.getValue());
            }
            for (String name : stored.parameters.keySet()) {
                if (!parameters.containsKey(name)) {
                    differ(d, "parameter " + name, stored.parameters.get(name), null);
                }
            }
        }
        differ(d, "library version", stored.libraryVersion, libraryVersion);
        differ(d, "git commit", stored.gitCommit, gitCommit);
        return d;
    }

    private static void differ(List<String> into, String what, String stored, String here) {
        if (!Objects.equals(stored, here)) {
            into.add(what + " " + (stored == null ? "unknown" : stored) + " in the checkpoint, "
                    + (here == null ? "unknown" : here) + " here");
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(scenario);
        out.writeUTF(model);
        out.writeInt(parameters.size());
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeLong(seed);
        out.writeInt(ticks);
        out.writeUTF(libraryVersion);
        out.writeUTF(gitCommit == null ? "" : gitCommit);
    }

    static RunFingerprint read(DataInputStream in) throws IOException {
        String scenario = in.readUTF();
        String model = in.readUTF();
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new java.io.StreamCorruptedException("parameter count " + n);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            parameters.put(in.readUTF(), in.readUTF());
        }
        long seed = in.readLong();
        int ticks = in.readInt();
        String version = in.readUTF();
        String commit = in.readUTF();
        return new RunFingerprint(scenario, model, parameters, seed, ticks, version, commit.isEmpty() ? null : commit);
    }
}
