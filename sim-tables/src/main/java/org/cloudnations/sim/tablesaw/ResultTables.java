package org.cloudnations.sim.tablesaw;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;
import org.cloudnations.sim.sweep.store.RunsTable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Results as Tablesaw {@link Table}s: a run's series, a sweep's {@code runs.csv} and its
 * {@code series.csv.gz}. Numbers are read back exactly (the files hold Java's shortest round-trip
 * text of each double), so a table's values equal the files' values.
 *
 * <p>Column types: {@code run}, {@code point}, {@code replicate} and {@code tick} are
 * {@link IntColumn}s, {@code seed} a {@link LongColumn}, metrics and {@code wall_seconds}
 * {@link DoubleColumn}s (a failed run's metrics are missing, which Tablesaw stores as NaN),
 * {@code key}, {@code status} and {@code message} {@link StringColumn}s. A varied parameter's column
 * is typed from its values' canonical text as the sweep writes it: whole numbers (whole-number
 * parameters) an {@link IntColumn} (a {@link LongColumn} beyond the int range), other numbers (real
 * parameters) a {@link DoubleColumn}, {@code true}/{@code false} a {@link BooleanColumn}, anything
 * else (choices) a {@link StringColumn}.
 */
public final class ResultTables {
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");

    private ResultTables() {
    }

    /**
     * A run's series: column {@code tick}, then one column per metric, one row per recorded tick (the
     * same rows and values as the run's {@code metrics.csv}).
     *
     * @param result a run's result
     * @return a new table, named after the scenario
     */
    public static Table of(Result result) {
        Table t = Table.create(result.scenario().name());
        long[] ticks = result.ticks();
        IntColumn tick = IntColumn.create("tick", ticks.length);
        for (int i = 0; i < ticks.length; i++) {
            tick.set(i, Math.toIntExact(ticks[i]));
        }
        t.addColumns(tick);
        for (String m : result.metrics()) {
            t.addColumns(DoubleColumn.create(m, result.series(m)));
        }
        return t;
    }

    /**
     * A sweep's {@code runs.csv}: one row per complete run, with every column of the file (run, point,
     * replicate, seed, key, the varied parameters typed, status, the final value of each metric,
     * message, wall_seconds). A last line torn by a crash is left out.
     *
     * @param dir a sweep folder (written by {@code sim sweep} or {@code Sweep.writeTo})
     * @return a new table named {@code runs}
     * @throws ConfigurationException when the folder has no runs.csv or it is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    public static Table runs(Path dir) {
        SweepFiles.Runs runs = SweepFiles.runs(dir);
        List<RunsTable.Row> rows = runs.rows();
        int n = rows.size();
        IntColumn run = IntColumn.create("run", n);
        IntColumn point = IntColumn.create("point", n);
        IntColumn replicate = IntColumn.create("replicate", n);
        LongColumn seed = LongColumn.create("seed", n);
        StringColumn key = StringColumn.create("key");
        StringColumn status = StringColumn.create("status");
        StringColumn message = StringColumn.create("message");
        DoubleColumn wall = DoubleColumn.create("wall_seconds", n);
        List<DoubleColumn> metrics = new ArrayList<>();
        runs.metrics().forEach(m -> metrics.add(DoubleColumn.create(m, n)));
        List<List<String>> values = new ArrayList<>();
        runs.parameters().forEach(p -> values.add(new ArrayList<>(n)));
        for (int i = 0; i < n; i++) {
            RunsTable.Row r = rows.get(i);
            run.set(i, r.run());
            point.set(i, r.point());
            replicate.set(i, r.replicate());
            seed.set(i, r.seed());
            key.append(r.key());
            for (int p = 0; p < values.size(); p++) {
                values.get(p).add(r.values()[p]);
            }
            status.append(r.ok() ? "ok" : "failed");
            for (int m = 0; m < metrics.size(); m++) {
                metrics.get(m).set(i, r.metrics()[m]);
            }
            message.append(r.message());
            wall.set(i, r.wallSeconds());
        }
        Table t = Table.create("runs", run, point, replicate, seed, key);
        for (int p = 0; p < values.size(); p++) {
            t.addColumns(typed(runs.parameters().get(p), values.get(p)));
        }
        t.addColumns(status);
        metrics.forEach(t::addColumns);
        return t.addColumns(message, wall);
    }

    /**
     * A sweep's whole {@code series.csv.gz} as a long table; see {@link #series(Path, SeriesFilter)}.
     *
     * @param dir a sweep folder
     * @return a new table named {@code series}
     * @throws ConfigurationException when the folder has no runs.csv or series file, or one is malformed
     * @throws UncheckedIOException when a file cannot be read
     */
    public static Table series(Path dir) {
        return series(dir, SeriesFilter.all());
    }

    /**
     * A sweep's {@code series.csv.gz} as a long table: columns {@code run}, {@code tick}, then the
     * metrics (those of the filter, in its order, or all in file order), one row per run and recorded
     * tick that the filter keeps, in file order (by run, then tick). The file is streamed: only the rows
     * and columns kept are held. Only runs with a complete row in {@code runs.csv} are read (a run's
     * series is written just before its row).
     *
     * @param dir a sweep folder
     * @param filter the runs, metrics and ticks to keep
     * @return a new table named {@code series}
     * @throws ConfigurationException when the folder has no runs.csv or series file, or one is malformed,
     *                                or the filter names a metric or run the sweep does not have
     * @throws UncheckedIOException when a file cannot be read
     */
    public static Table series(Path dir, SeriesFilter filter) {
        BitSet complete = SweepFiles.completeRuns(dir);
        for (int r : filter.runs()) {
            if (!complete.get(r)) {
                throw new ConfigurationException("series filter: run " + r + " is not a complete run of " + dir
                        + "; allowed: the ids in column run of its runs.csv (" + complete.cardinality() + " runs, 0 to "
                        + (complete.length() - 1) + ")");
            }
        }
        IntColumn run = IntColumn.create("run");
        IntColumn tick = IntColumn.create("tick");
        List<DoubleColumn> columns = new ArrayList<>();
        SweepFiles.series(dir, new SweepFiles.SeriesVisitor() {
            private int[] index;

            @Override
            public void header(List<String> metrics) {
                List<String> chosen = filter.metrics().isEmpty() ? metrics : filter.metrics();
                index = new int[chosen.size()];
                for (int i = 0; i < index.length; i++) {
                    index[i] = metrics.indexOf(chosen.get(i));
                    if (index[i] < 0) {
                        throw new ConfigurationException("series filter: " + Names.unknown("metric", chosen.get(i),
                                metrics));
                    }
                    columns.add(DoubleColumn.create(chosen.get(i)));
                }
            }

            @Override
            public boolean wants(int r, int t) {
                return complete.get(r) && filter.keeps(r, t);
            }

            @Override
            public void row(int r, int t, String[] values) {
                run.append(r);
                tick.append(t);
                for (int i = 0; i < index.length; i++) {
                    columns.get(i).append(Double.parseDouble(values[index[i]]));
                }
            }
        });
        Table t = Table.create("series", run, tick);
        columns.forEach(t::addColumns);
        return t;
    }

    /** A varied parameter's column, typed from its values' canonical text. */
    private static Column<?> typed(String name, List<String> values) {
        if (!values.isEmpty() && values.stream().allMatch(v -> WHOLE.matcher(v).matches())) {
            long[] longs = values.stream().mapToLong(Long::parseLong).toArray();
            boolean ints = java.util.Arrays.stream(longs).allMatch(v -> v == (int) v);
            return ints ? IntColumn.create(name, java.util.Arrays.stream(longs).mapToInt(v -> (int) v).toArray())
                    : LongColumn.create(name, longs);
        }
        if (!values.isEmpty() && values.stream().allMatch(ResultTables::isNumber)) {
            return DoubleColumn.create(name, values.stream().mapToDouble(Double::parseDouble).toArray());
        }
        if (!values.isEmpty() && values.stream().allMatch(v -> v.equals("true") || v.equals("false"))) {
            BooleanColumn b = BooleanColumn.create(name);
            values.forEach(v -> b.append(Boolean.parseBoolean(v)));
            return b;
        }
        return StringColumn.create(name, values);
    }

    private static boolean isNumber(String v) {
        try {
            return Double.isFinite(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
