/**
 * The cloud-communities model (seed 000, rows 0.1 to 0.12): individuals, firms, states and cloud
 * communities stepped through exit, integration and competition rules, as the rule set
 * {@link org.cloudnations.sim.model.cloud.CloudModel#RULES}. Equations in docs/model.md, section
 * "Cloud communities".
 */
package org.cloudnations.sim.model.cloud;
