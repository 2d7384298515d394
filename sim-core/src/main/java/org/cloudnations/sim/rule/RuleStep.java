package org.cloudnations.sim.rule;

import org.cloudnations.sim.engine.TickContext;

/**
 * What a bound rule does each tick. Tick 0 is the initial pass, run once after every rule is
 * bound and before tick 0 is recorded: a rule sets up the values the first tick reads (and
 * usually skips its stochastic part); there is no sequential generator in tick 0's context.
 */
@FunctionalInterface
public interface RuleStep {
    /**
     * @param context the tick
     */
    void step(TickContext context);
}
