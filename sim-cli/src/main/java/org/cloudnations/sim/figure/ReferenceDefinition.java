package org.cloudnations.sim.figure;

import java.util.List;
import java.util.Objects;

/**
 * Published values, or a closed form, drawn beside the model's.
 *
 * @param label the legend's name, e.g. {@code Axelrod (1997), Table 1}
 * @param source where the values come from (a citation with table or equation)
 * @param values published values; empty when a closed form gives them
 * @param closedForm the name of a {@link ClosedForm}; null for published values
 */
record ReferenceDefinition(String label, String source, List<Value> values, ClosedForm closedForm) {
    ReferenceDefinition {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        values = List.copyOf(values);
        if (values.isEmpty() == (closedForm == null)) {
            throw new IllegalArgumentException("give either values or closed_form");
        }
    }

    /**
     * One published value.
     *
     * @param x the x value (a varied parameter's value, as text)
     * @param y the y value of a table or heatmap cell, or the series' value; null otherwise
     * @param value the published value
     */
    record Value(String x, String y, double value) {
    }
}
