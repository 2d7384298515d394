package org.cloudnations.sim.rule;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;

/**
 * The unit of behaviour: a small object with one job, in the spirit of MASON's
 * {@link sim.engine.Steppable}, the systems of an entity-component-system and FLAME GPU's agent
 * functions. A rule declares what it needs and what it offers, and {@link #bind} builds its
 * per-run step over the world's tables. A {@link RuleSet} lists rules in the order they run each
 * tick; a scenario picks a rule set and parameter defaults.
 *
 * <p>Declarations are checked when a rule set is assembled: two rules (or two uses inside one
 * rule) may not draw from the same random stream; a metric or parameter declared twice must be
 * declared identically; and at bind time a rule may compute only the metrics and draw only from
 * the streams it declared, and must compute every metric it declared.
 */
public interface Rule {
    /** @return a kebab-case name, unique in a rule set, as used in docs/model.md */
    String name();

    /** @return the phase of the tick it belongs to, as docs/model.md names it (e.g. {@code states}) */
    String phase();

    /** @return the parameters it reads, with their defaults and ranges */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /** @return the metrics it computes (each bound to its code by {@link Assembly#metric}) */
    default List<MetricSpec> metrics() {
        return List.of();
    }

    /** @return the counter-based random streams it draws from */
    default List<StreamUse> streams() {
        return List.of();
    }

    /**
     * Builds the rule's per-run state: asks the assembly for the tables and columns it reads and
     * writes, its tally slots, its random streams and parameters, and binds each metric to the
     * code that computes it. Runs once per run, in rule-set order; it may initialise columns (in
     * parallel through {@link Assembly#loop()}).
     *
     * @param assembly the run being assembled
     * @return what the rule does each tick ({@link IndividualPass} for a pass over individuals)
     */
    RuleStep bind(Assembly assembly);
}
