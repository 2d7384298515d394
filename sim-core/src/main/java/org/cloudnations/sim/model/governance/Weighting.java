package org.cloudnations.sim.model.governance;

/** (G2) How governance units' vote weights are set, parameter {@code weighting}. */
public enum Weighting {
    /** Weights fixed by who a unit is. */
    IDENTITY,
    /** Weights float with contribution and responsibility. */
    CONTRIBUTION
}
