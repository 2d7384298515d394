package org.cloudnations.sim.metric;

import java.util.List;

/**
 * Records metric rows into preallocated primitive columns; no allocation per tick.
 */
public final class MetricRecorder {
    private final List<MetricSpec> specs;
    private final long[] ticks;
    private final double[][] columns;
    private final double[] row;
    private int size;

    /**
     * @param specs the metrics
     * @param capacity the number of rows to hold
     */
    public MetricRecorder(List<MetricSpec> specs, int capacity) {
        this.specs = List.copyOf(specs);
        this.ticks = new long[capacity];
        this.columns = new double[specs.size()][capacity];
        this.row = new double[specs.size()];
    }

    /** @return a scratch row to fill before calling {@link #commit(long)} */
    public double[] row() {
        return row;
    }

    /**
     * Appends the scratch row as the values at {@code tick}.
     *
     * @param tick the tick the row describes
     */
    public void commit(long tick) {
        if (size == ticks.length) {
            throw new IllegalStateException("recorder is full (" + size + " rows)");
        }
        ticks[size] = tick;
        for (int m = 0; m < row.length; m++) {
            columns[m][size] = row[m];
        }
        size++;
    }

    /** @return the rows recorded so far */
    public int size() {
        return size;
    }

    /** @return an immutable copy of what was recorded */
    public MetricSeries toSeries() {
        double[][] c = new double[columns.length][];
        for (int m = 0; m < c.length; m++) {
            c[m] = java.util.Arrays.copyOf(columns[m], size);
        }
        return new MetricSeries(specs, java.util.Arrays.copyOf(ticks, size), c);
    }
}
