package org.cloudnations.sim.metric;

import java.util.Objects;

/**
 * The declaration of one metric recorded every tick, with the range its values must lie in (an
 * invariant the checking mode verifies every tick; every metric must also be finite).
 *
 * @param name snake_case name, the CSV column header
 * @param unit unit, "1" for a share or index, "individuals" for a count ...
 * @param description one line
 * @param min the smallest allowed value ({@code -Infinity}: no lower bound)
 * @param max the largest allowed value ({@code +Infinity}: no upper bound)
 */
public record MetricSpec(String name, String unit, String description, double min, double max) {
    /**
     * The rounding tolerance of {@link #index}: an index computed as a difference of sums (a Gini
     * coefficient of equal values) can land a few 1e-17 below 0.
     */
    public static final double ROUNDING = 1e-12;

    /**
     * Validates the name and the range.
     *
     * @param name see {@link #name()}
     * @param unit see {@link #unit()}
     * @param description see {@link #description()}
     * @param min see {@link #min()}
     * @param max see {@link #max()}
     */
    public MetricSpec {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric name must be snake_case: " + name);
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("metric " + name + ": range [" + min + ", " + max + "] is empty or NaN");
        }
    }

    /**
     * A metric with no declared range (it must still be finite).
     *
     * @param name see {@link #name()}
     * @param unit see {@link #unit()}
     * @param description see {@link #description()}
     */
    public MetricSpec(String name, String unit, String description) {
        this(name, unit, description, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * A share, fraction or probability: unit "1", values in [0, 1].
     *
     * @param name see {@link #name()}
     * @param description see {@link #description()}
     * @return the metric
     */
    public static MetricSpec share(String name, String description) {
        return new MetricSpec(name, "1", description, 0, 1);
    }

    /**
     * An inequality or concentration index in [0, 1] (Gini, Herfindahl), allowed to miss the bounds
     * by {@link #ROUNDING}: unit "1", values in [-ROUNDING, 1 + ROUNDING].
     *
     * @param name see {@link #name()}
     * @param description see {@link #description()}
     * @return the metric
     */
    public static MetricSpec index(String name, String description) {
        return new MetricSpec(name, "1", description, -ROUNDING, 1 + ROUNDING);
    }

    /**
     * A metric that is never negative (a count, a sum of non-negative amounts, a ratio of them).
     *
     * @param name see {@link #name()}
     * @param unit see {@link #unit()}
     * @param description see {@link #description()}
     * @return the metric
     */
    public static MetricSpec nonNegative(String name, String unit, String description) {
        return new MetricSpec(name, unit, description, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param value a value of this metric
     * @return whether it is finite and inside {@link #min()} to {@link #max()}
     */
    public boolean admits(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** @return the range as text, e.g. {@code [0, 1]} or {@code finite} */
    public String rangeText() {
        if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
            return "finite";
        }
        return "finite and in [" + bound(min) + ", " + bound(max) + "]";
    }

    private static String bound(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
