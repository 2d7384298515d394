/**
 * The rule kit: a {@link org.cloudnations.sim.rule.Rule} is one small behaviour that declares its
 * parameters, metrics, random streams and phase and binds itself to the world's tables; a
 * {@link org.cloudnations.sim.rule.RuleSet} lists rules in tick order and is a
 * {@link org.cloudnations.sim.engine.Model}. Scenarios pick a rule set and parameter defaults.
 */
package org.cloudnations.sim.rule;
