package org.cloudnations.sim.model.ai;

/** (A1) Who owns the racing teams' models, parameter {@code team_owner}. */
public enum TeamOwner {
    /** Team j belongs to firm j (the largest firms). */
    FIRMS,
    /** Team j belongs to state j mod S. */
    STATES
}
