package org.cloudnations.sim.sweep.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.output.Json;
import org.cloudnations.sim.engine.Provenance;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.run.Shard;
import org.cloudnations.sim.sweep.run.SweepPlan;
import org.cloudnations.sim.sweep.run.SweepSpec;

/**
 * The provenance of a sweep, written as {@code manifest.json} when the sweep starts (status
 * {@code running}) and rewritten, atomically, when it ends (status {@code complete}).
 *
 * @param commandLine the command line of the first start
 * @param plan the sweep
 * @param shard the part of the sweep this folder holds ({@link Shard#ALL} for all of it)
 * @param threads worker threads of the latest session
 * @param startedAt ISO-8601 instant of the first start
 * @param resumedAt instants of every resumption
 * @param endedAt instant of the end, or null while running
 * @param wallSeconds wall time of the latest session, or NaN while running
 * @param completed completed runs (succeeded or failed)
 * @param failed failed runs
 */
public record SweepManifest(String commandLine, SweepPlan plan, Shard shard, int threads, String startedAt,
                            List<String> resumedAt, String endedAt, double wallSeconds, long completed,
                            long failed) {
    /** The manifest's file name. */
    public static final String FILE = "manifest.json";

    /**
     * Copies the list and rejects nulls.
     *
     * @param commandLine see {@link #commandLine()}
     * @param plan see {@link #plan()}
     * @param shard see {@link #shard()}
     * @param threads see {@link #threads()}
     * @param startedAt see {@link #startedAt()}
     * @param resumedAt see {@link #resumedAt()}
     * @param endedAt see {@link #endedAt()}
     * @param wallSeconds see {@link #wallSeconds()}
     * @param completed see {@link #completed()}
     * @param failed see {@link #failed()}
     */
    public SweepManifest {
        Objects.requireNonNull(commandLine, "commandLine");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(startedAt, "startedAt");
        resumedAt = List.copyOf(resumedAt);
    }

    /** @return the manifest as pretty-printed JSON */
    public String toJson() {
        SweepSpec s = plan.spec();
        Map<String, String> varied = new LinkedHashMap<>();
        for (Vary v : s.varies()) {
            varied.put(v.name(), v.text());
        }
        StringBuilder b = new StringBuilder("{\n");
        field(b, "kind", Json.quote("sweep"));
        field(b, "status", Json.quote(endedAt == null ? "running" : "complete"));
        field(b, "command_line", Json.quote(commandLine));
        field(b, "scenario", Json.quote(s.scenario().name()));
        field(b, "model", Json.quote(s.scenario().model().name()));
        field(b, "model_version", Json.quote(SweepPlan.modelVersion()));
        field(b, "design", Json.quote(s.design().label()));
        field(b, "samples", Integer.toString(s.samples()));
        field(b, "levels", Integer.toString(s.levels()));
        field(b, "points", Integer.toString(plan.design().points()));
        field(b, "replicates", Integer.toString(s.replicates()));
        field(b, "runs", Integer.toString(plan.runs()));
        field(b, "ticks", Integer.toString(s.ticks()));
        field(b, "seed", Long.toString(s.seed()));
        field(b, "series_every", Integer.toString(s.seriesEvery()));
        field(b, "bootstrap", Integer.toString(s.bootstrap()));
        field(b, "fingerprint", Json.quote(plan.fingerprint()));
        field(b, "shard", Json.quote(shard.toString()));
        field(b, "threads", Integer.toString(threads));
        field(b, "library_version", Json.quote(Provenance.libraryVersion()));
        field(b, "git_commit", Json.quote(Provenance.gitCommit()));
        field(b, "java_version", Json.quote(Provenance.javaVersion()));
        field(b, "started_at", Json.quote(startedAt));
        field(b, "resumed_at", array(resumedAt));
        field(b, "ended_at", Json.quote(endedAt));
        field(b, "wall_seconds", Double.isNaN(wallSeconds) ? "null" : Double.toString(wallSeconds));
        field(b, "completed_runs", Long.toString(completed));
        field(b, "failed_runs", Long.toString(failed));
        field(b, "metrics", array(plan.metrics().stream().map(MetricSpec::name).toList()));
        field(b, "chart_metrics", array(s.scenario().model().chartMetrics()));
        field(b, "varied", Json.object(varied, 4));
        field(b, "fixed", Json.object(s.fixed(), 4));
        if (!s.arms().isEmpty()) {
            b.append("  \"arms\": [");
            for (int i = 0; i < s.arms().size(); i++) {
                b.append(i == 0 ? "" : ", ").append(Json.object(s.arms().get(i), 4));
            }
            b.append("],\n");
        }
        b.append("  \"parameters\": ").append(Json.object(plan.base().asText(), 4)).append("\n}\n");
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String json) {
        b.append("  ").append(Json.quote(name)).append(": ").append(json).append(",\n");
    }

    private static String array(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(Json.quote(items.get(i)));
        }
        return b.append(']').toString();
    }

    /**
     * Writes the manifest into a folder, atomically (a temporary file renamed over the old one).
     *
     * @param dir the sweep folder
     * @throws IOException when it cannot be written
     */
    public void write(Path dir) throws IOException {
        Path tmp = dir.resolve("." + FILE + ".tmp");
        Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Reads a sweep manifest back.
     *
     * @param dir a sweep folder
     * @return the manifest's fields
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is not a sweep manifest
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path dir) throws IOException {
        Object v = JsonReader.parse(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8));
        if (!(v instanceof Map<?, ?> m) || !"sweep".equals(m.get("kind"))) {
            throw new IllegalArgumentException(dir.resolve(FILE) + " is not a sweep manifest");
        }
        return (Map<String, Object>) m;
    }
}
