package org.cloudnations.sim.figure;

import java.util.Objects;

/**
 * How one run's series of a metric becomes one number: its value at the last tick, or its mean or
 * total over a window of ticks. The window is ticks {@code from} to {@code to} (both inclusive;
 * {@code to} = -1 for the last tick), or the last {@code lastTicks} ticks.
 *
 * @param metric the metric
 * @param over last, mean or total
 * @param from the first tick of the window, at least 0
 * @param to the last tick of the window, at least {@code from}, or -1 for the run's last tick
 * @param lastTicks the window's length counted back from the last tick, or 0 to use from and to
 */
record RunStatistic(String metric, Over over, long from, long to, int lastTicks) {
    RunStatistic {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(over, "over");
        if (from < 0 || (to != -1 && to < from) || lastTicks < 0) {
            throw new IllegalArgumentException("window " + from + " to " + to + ", last " + lastTicks
                    + ": allowed 0 <= from <= to (or to = -1), last ticks >= 0");
        }
    }

    /** What a run's values become. */
    enum Over implements SpecName {
        /** The value at the last tick. */
        LAST("last"),
        /** The mean over the window. */
        MEAN("mean"),
        /** The sum over the window. */
        TOTAL("total");

        private final String label;

        Over(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * @param ticks the run's recorded ticks, ascending
     * @param values the metric at those ticks
     * @return the statistic; NaN when the window holds no tick
     */
    double of(long[] ticks, double[] values) {
        int n = ticks.length;
        if (n == 0) {
            return Double.NaN;
        }
        if (over == Over.LAST) {
            return values[n - 1];
        }
        long last = ticks[n - 1];
        long lo = lastTicks > 0 ? last - lastTicks + 1 : from;
        long hi = lastTicks > 0 || to == -1 ? last : to;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (ticks[i] >= lo && ticks[i] <= hi) {
                sum += values[i];
                count++;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        return over == Over.TOTAL ? sum : sum / count;
    }

    /** @return e.g. {@code mean of cloud_share over ticks 1 to 40}, for captions and the CSV */
    @Override
    public String toString() {
        if (over == Over.LAST) {
            return metric + " at the last tick";
        }
        String window = lastTicks > 0 ? "the last " + lastTicks + " ticks"
                : to == -1 ? "ticks " + from + " to the last" : "ticks " + from + " to " + to;
        return over.label() + " of " + metric + " over " + window;
    }
}
