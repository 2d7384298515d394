package org.cloudnations.sim.metric;

import java.util.Objects;

/**
 * The declaration of one metric recorded every tick.
 *
 * @param name snake_case name, the CSV column header
 * @param unit unit, "1" for a share or index, "individuals" for a count ...
 * @param description one line
 */
public record MetricSpec(String name, String unit, String description) {
    /**
     * Validates the name.
     *
     * @param name see {@link #name()}
     * @param unit see {@link #unit()}
     * @param description see {@link #description()}
     */
    public MetricSpec {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric name must be snake_case: " + name);
        }
    }
}
