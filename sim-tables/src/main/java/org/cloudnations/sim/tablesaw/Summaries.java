package org.cloudnations.sim.tablesaw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.CategoricalColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One-liners for what researchers do most with a sweep's tables, built on Tablesaw's own
 * {@code summarize(...).by(...)} (count, mean, standard deviation). Rows without a value of the metric
 * (failed runs, NaN) are left out. The 95% interval is Student's t interval of the mean,
 * mean ± t(0.975, n−1)·sd/√n, the one {@code sim chart} draws.
 */
public final class Summaries {
    /** The column of the number of values summarised. */
    public static final String N = "n";
    /** The column of the mean. */
    public static final String MEAN = "mean";
    /** The column of the sample standard deviation. */
    public static final String SD = "sd";
    /** The column of the lower end of the 95% interval of the mean. */
    public static final String LOW = "ci95_low";
    /** The column of the upper end of the 95% interval of the mean. */
    public static final String HIGH = "ci95_high";

    private Summaries() {
    }

    /**
     * The mean and 95% interval of a metric for each combination of values of some columns, e.g. of
     * the final cloud share by digital access over a sweep's replicates:
     * {@code meanAndInterval(ResultTables.runs(dir), "cloud_share", "digital_access")}. Any table works: a
     * long series table grouped by {@code "tick"} gives a band over time.
     *
     * @param table a table, e.g. {@link ResultTables#runs}
     * @param metric a numeric column of it
     * @param by the columns to group by, at least one (numbers, text, booleans)
     * @return a new table: the {@code by} columns (their types kept), then {@value #N}, {@value #MEAN},
     *         {@value #SD}, {@value #LOW}, {@value #HIGH}; one row per combination, sorted by the
     *         {@code by} columns; sd and the interval are missing (NaN) for a group of one value
     * @throws ConfigurationException for an unknown or non-numeric metric, an unknown column, or no
     *                                column to group by
     */
    public static Table meanAndInterval(Table table, String metric, String... by) {
        if (by.length == 0) {
            throw new ConfigurationException("meanAndInterval: no column to group by; allowed: one or more of "
                    + String.join(", ", table.columnNames()));
        }
        NumericColumn<?> values = numeric(table, metric);
        Table kept = table.where(values.isNotMissing());
        // Tablesaw groups by categorical columns only; a real-valued column is grouped by its exact text
        List<String> keys = new ArrayList<>();
        for (String name : by) {
            Column<?> c = column(table, name);
            if (c instanceof CategoricalColumn<?>) {
                keys.add(name);
            } else if (c instanceof NumericColumn<?>) {
                String key = name + " (text)";
                kept.addColumns(StringColumn.create(key, ((NumericColumn<?>) kept.column(name)).asDoubleColumn()
                        .asList().stream().map(String::valueOf)));
                keys.add(key);
            } else {
                throw new ConfigurationException("meanAndInterval: column '" + name + "' holds " + typeName(c)
                        + " values; allowed: numbers, text or booleans");
            }
        }
        Table s = kept.summarize(metric, AggregateFunctions.count, AggregateFunctions.mean, AggregateFunctions.stdDev)
                .by(keys.toArray(String[]::new));
        Table out = Table.create(table.name() + " " + metric + " by " + String.join(", ", by));
        for (int i = 0; i < by.length; i++) {
            Column<?> c = s.column(keys.get(i));
            out.addColumns(keys.get(i).equals(by[i]) ? c.copy()
                    : DoubleColumn.create(by[i], ((StringColumn) c).asList().stream()
                            .mapToDouble(Double::parseDouble)));
        }
        DoubleColumn n = DoubleColumn.create(N, s.numberColumn(keys.size()).asDoubleArray());
        DoubleColumn mean = DoubleColumn.create(MEAN, s.numberColumn(keys.size() + 1).asDoubleArray());
        DoubleColumn sd = DoubleColumn.create(SD, s.numberColumn(keys.size() + 2).asDoubleArray());
        DoubleColumn low = DoubleColumn.create(LOW, s.rowCount());
        DoubleColumn high = DoubleColumn.create(HIGH, s.rowCount());
        for (int r = 0; r < s.rowCount(); r++) {
            double count = n.getDouble(r);
            double half = count < 2 ? Double.NaN
                    : new TDistribution(null, count - 1).inverseCumulativeProbability(0.975) * sd.getDouble(r)
                    / Math.sqrt(count);
            if (count < 2) {
                sd.set(r, Double.NaN);
            }
            low.set(r, mean.getDouble(r) - half);
            high.set(r, mean.getDouble(r) + half);
        }
        out.addColumns(n.asIntColumn().setName(N), mean, sd, low, high);
        return out.sortAscendingOn(by);
    }

    /**
     * The final value of a metric against a varied parameter, one point per run, for a scatter plot
     * (with a grid design, {@link #meanAndInterval} gives the mean per value instead): the runs that
     * have a value, sorted by the parameter, then by run.
     *
     * @param runs a sweep's runs table ({@link ResultTables#runs})
     * @param metric a metric (a numeric column)
     * @param parameter a varied parameter (any column)
     * @return a new table with columns {@code run}, the parameter and the metric
     * @throws ConfigurationException for an unknown or non-numeric metric, or an unknown parameter
     */
    public static Table finalAgainst(Table runs, String metric, String parameter) {
        NumericColumn<?> values = numeric(runs, metric);
        column(runs, parameter);
        column(runs, "run");
        return runs.where(values.isNotMissing()).selectColumns("run", parameter, metric)
                .sortAscendingOn(parameter, "run");
    }

    private static Column<?> column(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new ConfigurationException(Names.unknown("column", name, table.columnNames()));
        }
        return table.column(name);
    }

    private static String typeName(Column<?> c) {
        return c.type().name().toLowerCase(Locale.ROOT);
    }

    private static NumericColumn<?> numeric(Table table, String name) {
        Column<?> c = column(table, name);
        if (!(c instanceof NumericColumn<?> numbers)) {
            throw new ConfigurationException("column '" + name + "' holds " + typeName(c) + " values; allowed: a"
                    + " numeric column");
        }
        return numbers;
    }
}
