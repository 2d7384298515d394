package org.cloudnations.sim.figure;

/** Which of a spec's sweeps a figure is made from. */
public enum FigureSize {
    /** The paper's sweep: the one the published figure shows. */
    PAPER,
    /** The spec's smaller sweep for the test suite (its {@code test} block). */
    TEST;

    /** @return {@code paper} or {@code test} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
