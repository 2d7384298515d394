/**
 * Output files: tidy CSV of metric series, a JSON manifest beside every output, and output
 * folders that appear only when complete.
 */
package org.cloudnations.sim.output;
