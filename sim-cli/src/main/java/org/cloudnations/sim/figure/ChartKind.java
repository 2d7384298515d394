package org.cloudnations.sim.figure;

/** What a figure draws. */
enum ChartKind implements SpecName {
    /** A metric over ticks, with a band per series. */
    TIMESERIES("timeseries"),
    /** A metric's final value against a varied parameter, one line per series. */
    FINAL("final"),
    /** A metric's final value over two varied parameters, as coloured cells. */
    HEATMAP("heatmap"),
    /** Sensitivity indices of a metric per parameter (sobol and morris designs). */
    SENSITIVITY("sensitivity"),
    /** A metric's final value over one or two varied parameters, as a table of numbers. */
    TABLE("table"),
    /** A claim tested at every point of a design: where it holds, over two varied parameters. */
    ROBUSTNESS("robustness");

    private final String label;

    ChartKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
