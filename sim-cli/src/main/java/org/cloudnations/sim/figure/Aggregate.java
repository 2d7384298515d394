package org.cloudnations.sim.figure;

import java.util.Arrays;
import java.util.List;

/** How the runs of one cell of a figure become one value and its interval. */
enum Aggregate {
    /** The mean, with a 95% Student t interval of the mean. */
    MEAN("mean"),
    /** The median, with the spec's two quantiles (default the quartiles). */
    MEDIAN("median"),
    /** The share of runs that meet the spec's condition, with a 95% Wilson interval. */
    SHARE("share");

    private final String label;

    Aggregate(String label) {
        this.label = label;
    }

    /** @return the name used in specs */
    String label() {
        return label;
    }

    /** @return every name used in specs */
    static List<String> labels() {
        return Arrays.stream(values()).map(Aggregate::label).toList();
    }

    /**
     * @param text a name used in specs
     * @return the aggregate, or null when unknown
     */
    static Aggregate of(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text)).findFirst().orElse(null);
    }
}
