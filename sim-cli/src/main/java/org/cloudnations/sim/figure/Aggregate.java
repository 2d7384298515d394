package org.cloudnations.sim.figure;

/** How the runs of one cell of a figure become one value and its interval. */
enum Aggregate implements SpecName {
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

    @Override
    public String label() {
        return label;
    }
}
