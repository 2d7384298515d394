package org.cloudnations.sim.figure;

import java.util.Objects;

/**
 * What a figure plots.
 *
 * @param metric the metric
 * @param x {@code tick} or a varied parameter (sensitivity charts: {@code parameter})
 * @param y the second varied parameter of a heatmap or a table's rows; null otherwise
 * @param series a varied parameter that makes one line per value; null for one line
 * @param aggregate how the runs of a cell become one value
 * @param lowQuantile the lower quantile of the median's interval
 * @param highQuantile the upper quantile of the median's interval
 * @param condition what a run must meet to count for the share; null unless the aggregate is share
 * @param xLabel the x axis's quantity, or null for the parameter's name (its unit is added)
 * @param yLabel the value axis's quantity, or null for the metric's name (its unit is added); for
 *               the share aggregate the whole axis label
 */
record PlotDefinition(String metric, String x, String y, String series, Aggregate aggregate, double lowQuantile,
                      double highQuantile, Condition condition, String xLabel, String yLabel) {
    PlotDefinition {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(aggregate, "aggregate");
        if (!(lowQuantile >= 0 && lowQuantile < highQuantile && highQuantile <= 1)) {
            throw new IllegalArgumentException("quantiles " + lowQuantile + ", " + highQuantile
                    + ": allowed two increasing numbers from 0 to 1");
        }
        if ((aggregate == Aggregate.SHARE) != (condition != null)) {
            throw new IllegalArgumentException("a condition belongs to the share aggregate, and it needs one");
        }
    }

    /**
     * A condition on a run's value.
     *
     * @param operator one of {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}
     * @param threshold the value compared with, finite
     */
    record Condition(String operator, double threshold) {
        /** The operators allowed. */
        static final java.util.List<String> OPERATORS = java.util.List.of("<", "<=", ">", ">=", "==");

        Condition {
            if (!OPERATORS.contains(operator)) {
                throw new IllegalArgumentException("unknown operator '" + operator + "'; allowed: "
                        + String.join(" ", OPERATORS));
            }
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("threshold " + threshold + " is not a finite number");
            }
        }

        /**
         * @param v a run's value
         * @return whether it meets the condition (NaN never does)
         */
        boolean test(double v) {
            return switch (operator) {
                case "<" -> v < threshold;
                case "<=" -> v <= threshold;
                case ">" -> v > threshold;
                case ">=" -> v >= threshold;
                default -> v == threshold;
            };
        }

        @Override
        public String toString() {
            return operator + " " + FigureData.number(threshold);
        }
    }
}
