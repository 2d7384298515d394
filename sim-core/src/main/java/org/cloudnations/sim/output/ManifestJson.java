package org.cloudnations.sim.output;

import org.cloudnations.sim.engine.Manifest;

/** Writes a run's {@link Manifest} as {@code manifest.json}: pretty-printed JSON, keys in a fixed order. */
public final class ManifestJson {
    private ManifestJson() {
    }

    /**
     * @param m the manifest
     * @return the manifest as pretty-printed JSON
     */
    public static String toJson(Manifest m) {
        return "{\n"
                + "  \"scenario\": " + Json.quote(m.scenario()) + ",\n"
                + "  \"model\": " + Json.quote(m.model()) + ",\n"
                + "  \"seed\": " + m.seed() + ",\n"
                + "  \"ticks\": " + m.ticks() + ",\n"
                + "  \"threads\": " + m.threads() + ",\n"
                + "  \"chunk_size\": " + m.chunkSize() + ",\n"
                + "  \"individuals\": " + m.individuals() + ",\n"
                + "  \"library_version\": " + Json.quote(m.libraryVersion()) + ",\n"
                + "  \"git_commit\": " + Json.quote(m.gitCommit()) + ",\n"
                + "  \"java_version\": " + Json.quote(m.javaVersion()) + ",\n"
                + "  \"started_at\": " + Json.quote(m.startedAt()) + ",\n"
                + "  \"wall_seconds\": " + m.wallSeconds() + ",\n"
                + "  \"parameters\": " + Json.object(m.parameters(), 4) + "\n"
                + "}\n";
    }
}
