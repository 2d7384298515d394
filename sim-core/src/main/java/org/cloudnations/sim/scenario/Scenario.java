package org.cloudnations.sim.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.engine.RunConfig;
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

    /**
     * A scenario of one's own: this scenario's rule set with one more rule, run last in each tick,
     * and this scenario's defaults plus the new rule's parameters at their declared defaults.
     *
     * @param newName the new scenario's kebab-case name
     * @param newSummary one line for listings
     * @param rule the rule to add
     * @return the new scenario
     * @throws IllegalArgumentException when this scenario's model is not a rule set, or the rule's
     *         declarations clash with the rule set's (a stream, parameter or metric)
     */
    public Scenario withRule(String newName, String newSummary, org.cloudnations.sim.rule.Rule rule) {
        if (!(model instanceof org.cloudnations.sim.rule.RuleSet rules)) {
            throw new IllegalArgumentException("scenario " + name + " runs model " + model.name()
                    + ", which is not a rule set; a rule can be added only to a rule set");
        }
        return new Scenario(newName, newSummary, rules.with(rule), defaults);
    }

    /**
     * Resolves values against this scenario and builds a run configuration with the default chunk.
     *
     * @param values parameter name to text; unnamed parameters take this scenario's defaults
     * @param seed the seed
     * @param ticks ticks to run
     * @param threads threads
     * @return the configuration
     * @throws org.cloudnations.sim.param.ConfigurationException for a bad name or value
     */
    public RunConfig configure(Map<String, String> values, long seed, int ticks, int threads) {
        return new RunConfig(name, model, parameters().resolve(values), seed, ticks, threads, RunConfig.DEFAULT_CHUNK);
    }

    /** @return the model's parameters with this scenario's defaults */
    public ParameterRegistry parameters() {
        return model.parameters().withDefaults(defaults);
    }
}
