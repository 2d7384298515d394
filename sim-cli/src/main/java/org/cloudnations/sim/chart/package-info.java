/** Charts of metric series with JFreeChart, written headless as PNG. Kept out of sim-core. */
package org.cloudnations.sim.chart;
