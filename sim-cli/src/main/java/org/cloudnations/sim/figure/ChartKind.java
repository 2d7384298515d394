package org.cloudnations.sim.figure;

import java.util.Arrays;
import java.util.List;

/** What a figure draws. */
enum ChartKind {
    /** A metric over ticks, with a band per series. */
    TIMESERIES("timeseries"),
    /** A metric's final value against a varied parameter, one line per series. */
    FINAL("final"),
    /** A metric's final value over two varied parameters, as coloured cells. */
    HEATMAP("heatmap"),
    /** Sensitivity indices of a metric per parameter (sobol and morris designs). */
    SENSITIVITY("sensitivity"),
    /** A metric's final value over one or two varied parameters, as a table of numbers. */
    TABLE("table");

    private final String label;

    ChartKind(String label) {
        this.label = label;
    }

    /** @return the name used in specs */
    String label() {
        return label;
    }

    /** @return every name used in specs */
    static List<String> labels() {
        return Arrays.stream(values()).map(ChartKind::label).toList();
    }

    /**
     * @param text a name used in specs
     * @return the kind, or null when unknown
     */
    static ChartKind of(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text)).findFirst().orElse(null);
    }
}
