/**
 * The AI economy (seed rows 1.1 to 1.5, 3.1 to 3.7, 4.1 to 4.8): AI agents as first-class agents
 * in a race for capability, task-based automation after Acemoglu and Restrepo, six labour forms,
 * value and demand accounting, open versus closed models, and the power of states and platforms.
 * docs/model.md, section "AI economy", gives every rule as equations.
 */
package org.cloudnations.sim.model.ai;
