/**
 * The integrated world: one population of individuals, one set of states, firms, cloud
 * communities and AI agents, stepped by the AI race of the AI economy, the policy imitation of the
 * cloud model and the world's own coupling rules (W0 to W5 of docs/model.md, section "The
 * integrated world"). {@link org.cloudnations.sim.model.world.WorldModel} lists the rule set.
 */
package org.cloudnations.sim.model.world;
