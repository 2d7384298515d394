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

    /** @return the tick of the last row recorded, or -1 when none is */
    public long lastTick() {
        return size == 0 ? -1 : ticks[size - 1];
    }

    /**
     * Writes the rows recorded so far, values as raw bits (for checkpoints: the CSV written
     * after a restore is byte-identical).
     *
     * @param out where to write
     * @throws java.io.IOException when writing fails
     */
    public void save(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(columns.length);
        out.writeInt(size);
        for (int r = 0; r < size; r++) {
            out.writeLong(ticks[r]);
            for (double[] column : columns) {
                out.writeLong(Double.doubleToRawLongBits(column[r]));
            }
        }
    }

    /**
     * Replaces the rows of this empty recorder with those {@link #save} wrote.
     *
     * @param in where to read
     * @throws java.io.StreamCorruptedException when the rows do not fit this recorder
     * @throws java.io.IOException when reading fails
     */
    public void restore(java.io.DataInputStream in) throws java.io.IOException {
        int metrics = in.readInt();
        int rows = in.readInt();
        if (size != 0 || metrics != columns.length || rows < 1 || rows > ticks.length) {
            throw new java.io.StreamCorruptedException(rows + " rows of " + metrics + " metrics stored where "
                    + "at most " + ticks.length + " rows of " + columns.length + " fit");
        }
        for (int r = 0; r < rows; r++) {
            ticks[r] = in.readLong();
            for (double[] column : columns) {
                column[r] = Double.longBitsToDouble(in.readLong());
            }
        }
        size = rows;
    }
}
