package org.cloudnations.sim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudnations.sim.engine.RunResult;

/** The data files of one run's folder, as {@code sim run} and the fluent API write them. */
public final class RunFiles {
    /** The metrics, one row per tick ({@link MetricCsv}). */
    public static final String METRICS = "metrics.csv";
    /** The manifest ({@link ManifestJson}). */
    public static final String MANIFEST = "manifest.json";

    private RunFiles() {
    }

    /**
     * Writes {@value #METRICS} and {@value #MANIFEST}.
     *
     * @param result a run's result
     * @param dir the folder to write into
     * @throws IOException when writing fails
     */
    public static void write(RunResult result, Path dir) throws IOException {
        MetricCsv.write(result.series(), dir.resolve(METRICS));
        Files.writeString(dir.resolve(MANIFEST), ManifestJson.toJson(result.manifest()), StandardCharsets.UTF_8);
    }
}
