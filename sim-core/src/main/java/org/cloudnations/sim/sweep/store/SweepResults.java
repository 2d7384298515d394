package org.cloudnations.sim.sweep.store;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * The one typed reader of a sweep folder's results: the manifest's fields, the rows of
 * {@code runs.csv} ({@link RunsTable}), the per-tick rows of {@code series.csv.gz} and the rows
 * of {@code sensitivity.csv}, with columns found by name in each file's header, never by
 * position. Charts, figures and checks read sweeps through it. Reading is streamed; a last line
 * torn by a crash is ignored.
 */
public final class SweepResults {
    private final Path dir;
    private final Map<String, Object> manifest;
    private final RunsTable runs;

    private SweepResults(Path dir, Map<String, Object> manifest, RunsTable runs) {
        this.dir = dir;
        this.manifest = manifest;
        this.runs = runs;
    }

    /**
     * Opens a sweep folder.
     *
     * @param dir a folder written by a sweep or a merge
     * @param command what reads it, for messages (e.g. {@code chart})
     * @return its results
     * @throws ConfigurationException when it holds no sweep results or they cannot be read as such
     * @throws IOException when a file cannot be read
     */
    public static SweepResults open(Path dir, String command) throws IOException {
        if (!Files.isRegularFile(dir.resolve(SweepFolder.RUNS)) || !Files.isRegularFile(dir.resolve(SweepManifest.FILE))) {
            throw new ConfigurationException(command + ": " + dir + " holds no sweep results (runs.csv and "
                    + "manifest.json); give a folder written by 'sim sweep'");
        }
        try {
            return new SweepResults(dir, SweepManifest.read(dir), RunsTable.open(dir));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(command + ": " + dir + " holds no readable sweep: "
                    + e.getMessage().replace('\n', ' '));
        }
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /** @return the manifest's fields, as {@link JsonReader} reads them */
    public Map<String, Object> manifest() {
        return manifest;
    }

    /** @return the rows of runs.csv */
    public RunsTable runs() {
        return runs;
    }

    /**
     * @param key a whole-number field of the manifest, e.g. {@code replicates} or {@code ticks}
     * @param fallback the value when the field is missing
     * @return its value
     */
    public long number(String key, long fallback) {
        return manifest.get(key) instanceof Double d ? d.longValue() : fallback;
    }

    /** @return the metrics the model charts by default (manifest {@code chart_metrics}), those in runs.csv only */
    public List<String> chartMetrics() {
        List<String> out = new ArrayList<>();
        if (manifest.get("chart_metrics") instanceof List<?> l) {
            l.stream().map(String::valueOf).filter(runs.metrics()::contains).forEach(out::add);
        }
        return out;
    }

    /** @return whether the folder holds series.csv.gz */
    public boolean hasSeries() {
        return Files.isRegularFile(dir.resolve(SweepFolder.SERIES));
    }

    /** @return whether the folder holds sensitivity.csv */
    public boolean hasSensitivity() {
        return Files.isRegularFile(dir.resolve(SweepFolder.SENSITIVITY));
    }

    /**
     * One row of series.csv.gz.
     *
     * @param run the run id
     * @param tick the tick
     * @param values the metrics, in the order of {@link SeriesVisitor#header}'s names
     */
    public record SeriesRow(int run, long tick, double[] values) {
    }

    /** What reads series.csv.gz: told its metric names once, then every row. */
    public interface SeriesVisitor {
        /**
         * @param metrics the metric names, in column order
         */
        void header(List<String> metrics);

        /**
         * @param row one row; its values array is the reader's and is reused for the next row
         */
        void row(SeriesRow row);
    }

    /**
     * Streams series.csv.gz, in file order (run-id order, ticks ascending within a run).
     *
     * @param visitor told the header, then each row
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when a row is malformed
     */
    public void forEachSeries(SeriesVisitor visitor) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve(SweepFolder.SERIES)), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String header = r.readLine();
            if (header == null) {
                return;
            }
            List<String> names = Csv.parse(header);
            if (names.size() < 2 || !names.get(0).equals("run") || !names.get(1).equals("tick")) {
                throw new IllegalArgumentException(dir.resolve(SweepFolder.SERIES) + " does not start with run,tick");
            }
            visitor.header(names.subList(2, names.size()));
            double[] values = new double[names.size() - 2];
            String line;
            long number = 1;
            while ((line = readComplete(r)) != null) {
                number++;
                int comma = line.indexOf(',');
                int next = line.indexOf(',', comma + 1);
                if (comma < 0 || next < 0) {
                    throw malformed(number, line);
                }
                int run = Integer.parseInt(line, 0, comma, 10);
                long tick = Long.parseLong(line, comma + 1, next, 10);
                for (int m = 0; m < values.length; m++) {
                    int end = line.indexOf(',', next + 1);
                    end = end < 0 ? line.length() : end;
                    if (next >= line.length() || (m == values.length - 1) != (end == line.length())) {
                        throw malformed(number, line);
                    }
                    values[m] = Double.parseDouble(line.substring(next + 1, end));
                    next = end;
                }
                visitor.row(new SeriesRow(run, tick, values));
            }
        }
    }

    private IllegalArgumentException malformed(long number, String line) {
        return new IllegalArgumentException(dir.resolve(SweepFolder.SERIES) + " line " + number + " is malformed: "
                + line.substring(0, Math.min(60, line.length())));
    }

    /** Reads a line, or null at the end or at a gzip member cut short by a crash. */
    private static String readComplete(BufferedReader r) throws IOException {
        try {
            return r.readLine();
        } catch (EOFException e) {
            return null;
        }
    }

    /**
     * One row of sensitivity.csv.
     *
     * @param method {@code sobol} or {@code morris}
     * @param metric the metric
     * @param parameter the varied parameter
     * @param index {@code S1}, {@code ST}, {@code mu}, {@code mu_star} or {@code sigma}
     * @param value the estimate (NaN when it could not be computed)
     * @param low the 95% interval's lower end, NaN when none
     * @param high the 95% interval's upper end, NaN when none
     * @param n base samples or trajectories used
     */
    public record SensitivityRow(String method, String metric, String parameter, String index, double value,
                                 double low, double high, int n) {
    }

    /**
     * @return every row of sensitivity.csv, in file order
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when its header or a row is not that of sensitivity.csv
     */
    public List<SensitivityRow> sensitivity() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(SweepFolder.SENSITIVITY), StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(dir.resolve(SweepFolder.SENSITIVITY) + " is empty");
        }
        List<String> h = Csv.parse(lines.get(0));
        int[] c = new int[8];
        String[] names = {"method", "metric", "parameter", "index", "value", "ci_low", "ci_high", "n"};
        for (int i = 0; i < names.length; i++) {
            c[i] = h.indexOf(names[i]);
            if (c[i] < 0) {
                throw new IllegalArgumentException(dir.resolve(SweepFolder.SENSITIVITY) + " has no column " + names[i]);
            }
        }
        List<SensitivityRow> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            List<String> f = Csv.parse(l);
            if (f.size() != h.size()) {
                throw new IllegalArgumentException(dir.resolve(SweepFolder.SENSITIVITY) + " has a row of " + f.size()
                        + " fields; the header has " + h.size());
            }
            rows.add(new SensitivityRow(f.get(c[0]), f.get(c[1]), f.get(c[2]), f.get(c[3]), real(f.get(c[4])),
                    real(f.get(c[5])), real(f.get(c[6])), Integer.parseInt(f.get(c[7]))));
        }
        return rows;
    }

    private static double real(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }
}
