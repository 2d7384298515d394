package org.cloudnations.sim.model.cloud;

/** A state's policy towards cloud workers (row 0.8; OFFSHORE is row 0.6). */
public enum Policy {
    /** Taxes cloud income heavily and raises the cost of exit. */
    SQUEEZE,
    /** Taxes cloud income at the common rate. */
    NEUTRAL,
    /** Sells e-residency and governance services to cloud members anywhere for a fee. */
    OFFSHORE,
    /** Joins a league that lowers moving and exit costs inside it and shares innovation. */
    LEAGUE;

    private static final Policy[] VALUES = values();

    /**
     * @param ordinal an ordinal
     * @return the policy
     */
    static Policy of(int ordinal) {
        return VALUES[ordinal];
    }
}
