package org.cloudnations.sim.figure;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * A figure spec file, for one-line messages that name the file and the field:
 * {@code figures/x.json: field 'plot.metric': unknown metric 'y'; ...}.
 *
 * @param file the spec file
 */
record SpecLocation(Path file) {
    /**
     * @param field the field's path, e.g. {@code plot.metric}
     * @param message what is wrong and what is allowed
     * @return the exception to throw
     */
    ConfigurationException error(String field, String message) {
        return new ConfigurationException(file + ": field '" + field + "': " + message);
    }

    /**
     * Evaluates a check and names the field in its message when it fails.
     *
     * @param field the field's path
     * @param check what to evaluate
     * @param <T> its result
     * @return the result
     * @throws ConfigurationException when the check rejects the value
     */
    <T> T field(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (ConfigurationException e) {
            throw error(field, e.getMessage());
        }
    }
}
