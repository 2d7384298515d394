/**
 * The governance, commons and culture model (seed 002, rows 2.1 to 2.9) as a rule set
 * ({@link org.cloudnations.sim.model.governance.GovernanceModel#RULES}): governance units of four
 * levels voting with floating weights, time-limited property, contribution credits, recommenders,
 * culture with reserves, a disaster-risk pool, fairness metrics and diffusion of an institution
 * from the edge, one rule class per equation or small group of equations. Equations in
 * docs/model.md, section "Governance, commons and culture".
 */
package org.cloudnations.sim.model.governance;
