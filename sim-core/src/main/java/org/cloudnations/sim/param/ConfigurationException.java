package org.cloudnations.sim.param;

/**
 * A mistake in user input: an unknown name, a value out of range, a malformed value. The message
 * is one line that names what was wrong and what is allowed; front ends show it as it is (the
 * CLI exits with code 2).
 */
public class ConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming what was wrong and what is allowed
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * The refusal of a whole number out of its range, worded the same wherever it is checked.
     *
     * @param what what the number is, e.g. an option's name
     * @param value the number given
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return {@code "WHAT: value V is out of range; allowed: a whole number from MIN to MAX"}
     */
    public static ConfigurationException outOfRange(String what, long value, long min, long max) {
        return new ConfigurationException(what + ": value " + value + " is out of range; allowed: a whole number from "
                + min + " to " + max);
    }
}
