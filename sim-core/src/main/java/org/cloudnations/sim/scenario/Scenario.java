package org.cloudnations.sim.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.param.ParameterRegistry;

/**
 * A named scenario: a model and the parameter defaults that pose one question with it.
 *
 * @param name kebab-case name, as typed on the command line
 * @param summary one line for listings
 * @param model the model it runs
 * @param defaults parameter values that replace the model's defaults (validated here)
 */
public record Scenario(String name, String summary, Model model, Map<String, String> defaults) {
    /**
     * Validates the name and every default.
     *
     * @param name see {@link #name()}
     * @param summary see {@link #summary()}
     * @param model see {@link #model()}
     * @param defaults see {@link #defaults()}
     */
    public Scenario {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(model, "model");
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("scenario name must be kebab-case: " + name);
        }
        defaults = java.util.Collections.unmodifiableMap(new TreeMap<>(defaults));
        model.parameters().withDefaults(defaults);
    }

    /** @return the model's parameters with this scenario's defaults */
    public ParameterRegistry parameters() {
        return model.parameters().withDefaults(defaults);
    }
}
