package org.cloudnations.sim.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cloudnations.sim.engine.Manifest;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.output.ManifestJson;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;

/**
 * The outcome of one {@link Simulation} run: named metric series (one value per tick, from tick 0,
 * the initial state), the same as rows, and the run's manifest. Immutable; arrays are copied out.
 * {@link #toString()} is a short summary table, which is what a notebook cell shows.
 */
public final class Result {
    private final Scenario scenario;
    private final RunResult run;

    /**
     * Wraps the result of a run of {@code scenario}.
     *
     * @param scenario the scenario that was run
     * @param run its result
     * @throws IllegalArgumentException when the result is not of that scenario
     */
    public Result(Scenario scenario, RunResult run) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.run = Objects.requireNonNull(run, "run");
        if (!scenario.name().equals(run.manifest().scenario())) {
            throw new IllegalArgumentException("result of scenario " + run.manifest().scenario()
                    + " given for scenario " + scenario.name());
        }
    }

    /**
     * @param metric a metric name, e.g. {@code "cloud_share"}
     * @return its values, one per recorded tick from tick 0 (a copy)
     * @throws ConfigurationException for an unknown name, with a suggestion and the known names
     */
    public double[] series(String metric) {
        return run.series().column(metric);
    }

    /**
     * @param metric a metric name
     * @return its value at the last tick
     * @throws ConfigurationException for an unknown name
     */
    public double last(String metric) {
        return run.series().last(metric);
    }

    /**
     * The mean of a metric over the last ticks of the run, a steadier summary than {@link #last(String)}.
     *
     * @param metric a metric name
     * @param ticks how many of the last recorded ticks to average, 1 to the number of recorded rows
     * @return the mean
     * @throws ConfigurationException for an unknown name or a count out of range
     */
    public double tailMean(String metric, int ticks) {
        double[] v = series(metric);
        if (ticks < 1 || ticks > v.length) {
            throw new ConfigurationException("tail length: value " + ticks + " is out of range; allowed: a whole"
                    + " number from 1 to " + v.length);
        }
        double sum = 0;
        for (int i = v.length - ticks; i < v.length; i++) {
            sum += v[i];
        }
        return sum / ticks;
    }

    /** @return the recorded ticks, 0 to the number of ticks run (a copy) */
    public long[] ticks() {
        return run.series().ticks();
    }

    /** @return the metric names, in CSV column order */
    public List<String> metrics() {
        return run.series().names();
    }

    /** @return the metrics the model suggests for a chart */
    public List<String> chartMetrics() {
        return scenario.model().chartMetrics();
    }

    /**
     * The series as rows, one per recorded tick, each with every metric by name.
     *
     * @return the rows, in tick order (an unmodifiable list)
     */
    public List<Row> rows() {
        MetricSeries s = run.series();
        List<String> names = s.names();
        long[] ticks = s.ticks();
        List<Row> rows = new ArrayList<>(ticks.length);
        for (int r = 0; r < ticks.length; r++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int m = 0; m < names.size(); m++) {
                values.put(names.get(m), s.value(r, m));
            }
            rows.add(new Row(ticks[r], values));
        }
        return List.copyOf(rows);
    }

    /** @return provenance: scenario, every resolved parameter, seed, ticks, threads, versions, wall time */
    public Manifest manifest() {
        return run.manifest();
    }

    /** @return every resolved parameter as canonical text, in declaration order */
    public Map<String, String> parameters() {
        return run.manifest().parameters();
    }

    /** @return the scenario that was run */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the engine's result, for use with the lower-level API ({@code output}, charts) */
    public RunResult runResult() {
        return run;
    }

    /**
     * Writes the series as CSV (header {@code tick,metric1,...}; the same bytes as {@code sim run}'s
     * {@code metrics.csv}), creating missing parent folders.
     *
     * @param file the destination, replaced if present
     * @return {@code file}
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path writeCsv(Path file) {
        try {
            createParent(file);
            MetricCsv.write(run.series(), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the manifest as JSON (the same format as {@code sim run}'s {@code manifest.json}),
     * creating missing parent folders.
     *
     * @param file the destination, replaced if present
     * @return {@code file}
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path writeManifest(Path file) {
        try {
            createParent(file);
            Files.writeString(file, ManifestJson.toJson(run.manifest()), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /**
     * A summary: the run's provenance on one line, then each metric's value at tick 0, its minimum,
     * maximum and its value at the last tick.
     *
     * @return the summary, several lines
     */
    @Override
    public String toString() {
        Manifest m = run.manifest();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d individuals, %d ticks, seed %d, %d threads, %.2f s%n",
                m.scenario(), m.individuals(), m.ticks(), m.seed(), m.threads(), m.wallSeconds()));
        int width = metrics().stream().mapToInt(String::length).max().orElse(6);
        b.append(String.format(Locale.ROOT, "%-" + width + "s %12s %12s %12s %12s%n", "metric", "tick 0", "min",
                "max", "last"));
        for (String name : metrics()) {
            double[] v = series(name);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            b.append(String.format(Locale.ROOT, "%-" + width + "s %12.6g %12.6g %12.6g %12.6g%n", name, v[0], min,
                    max, v[v.length - 1]));
        }
        return b.toString();
    }

    /**
     * One recorded tick: every metric by name.
     *
     * @param tick the tick, 0 for the initial state
     * @param values metric name to value, in CSV column order
     */
    public record Row(long tick, Map<String, Double> values) {
        /**
         * Validates the tick and copies the values, keeping their order.
         *
         * @param tick the tick, 0 or more
         * @param values metric name to value
         */
        public Row {
            if (tick < 0) {
                throw new IllegalArgumentException("row tick: value " + tick + " is negative; allowed: 0 or more");
            }
            Objects.requireNonNull(values, "values");
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /**
         * @param metric a metric name
         * @return its value at this tick
         * @throws ConfigurationException for an unknown name
         */
        public double get(String metric) {
            Double v = values.get(metric);
            if (v == null) {
                throw new ConfigurationException(org.cloudnations.sim.param.Names.unknown("metric", metric,
                        values.keySet()));
            }
            return v;
        }
    }
}
