/** Summary statistics shared by the rules' metrics: one Gini coefficient, one HHI. */
package org.cloudnations.sim.stats;
