/**
 * Sensitivity indices of a finished sweep: Sobol first-order and total indices and Morris
 * elementary effects with bootstrap intervals, written as {@code sensitivity.csv}.
 */
package org.cloudnations.sim.sweep.sensitivity;
