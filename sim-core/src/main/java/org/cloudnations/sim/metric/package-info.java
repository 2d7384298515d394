/** Metric declarations, per-tick recording into primitive columns, and the recorded series. */
package org.cloudnations.sim.metric;
