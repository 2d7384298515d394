package org.cloudnations.sim.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;

/**
 * Recorded metrics of one run: one row per recorded tick (tick 0 is the initial state), one
 * column per metric. Immutable: arrays are copied in and out.
 */
public final class MetricSeries {
    private final List<MetricSpec> specs;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final long[] ticks;
    private final double[][] columns;

    /**
     * @param specs the metrics, in column order
     * @param ticks the recorded ticks
     * @param columns one array per metric, each as long as {@code ticks}
     */
    public MetricSeries(List<MetricSpec> specs, long[] ticks, double[][] columns) {
        if (specs.size() != columns.length) {
            throw new IllegalArgumentException(specs.size() + " metrics but " + columns.length + " columns");
        }
        this.specs = List.copyOf(specs);
        this.ticks = ticks.clone();
        this.columns = new double[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].length != ticks.length) {
                throw new IllegalArgumentException("column " + specs.get(i).name() + " has the wrong length");
            }
            this.columns[i] = columns[i].clone();
            if (index.put(specs.get(i).name(), i) != null) {
                throw new IllegalArgumentException("duplicate metric " + specs.get(i).name());
            }
        }
    }

    /** @return the metric declarations in column order */
    public List<MetricSpec> specs() {
        return specs;
    }

    /** @return the metric names in column order */
    public List<String> names() {
        return new ArrayList<>(index.keySet());
    }

    /** @return the number of recorded rows */
    public int rows() {
        return ticks.length;
    }

    /** @return the recorded ticks (a copy) */
    public long[] ticks() {
        return ticks.clone();
    }

    /**
     * @param name a metric name
     * @return its values, one per recorded tick (a copy)
     * @throws ConfigurationException for an unknown name, with a suggestion
     */
    public double[] column(String name) {
        return columns[indexOf(name)].clone();
    }

    /**
     * @param name a metric name
     * @return its value at the last recorded tick
     */
    public double last(String name) {
        double[] c = columns[indexOf(name)];
        return c[c.length - 1];
    }

    /**
     * @param row a row index
     * @param metric a column index
     * @return the value
     */
    public double value(int row, int metric) {
        return columns[metric][row];
    }

    private int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new ConfigurationException(Names.unknown("metric", name, index.keySet()));
        }
        return i;
    }
}
