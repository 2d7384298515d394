package org.cloudnations.sim.param;

/** The type of a parameter's value. */
public enum ParamType {
    /** A whole number within [min, max]. */
    INT,
    /** A finite real number within [min, max]. */
    DOUBLE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of a fixed list of names. */
    CHOICE;

    /** @return the lower-case name used in listings */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
