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
}
