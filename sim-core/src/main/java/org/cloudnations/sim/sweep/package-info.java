/**
 * Parameter sweeps: designs (grid, random, Latin hypercube, Sobol/Saltelli, one at a time,
 * Morris), per-run seeds independent of scheduling, runs on K threads streamed to disk with
 * bounded memory in a deterministic order, exact resume, and Sobol and Morris sensitivity
 * indices. Headless: charts are drawn by sim-cli from the files written here.
 *
 * <p>Quick start: parse each {@code --vary} with {@link org.cloudnations.sim.sweep.Vary#parse},
 * build a {@link org.cloudnations.sim.sweep.SweepSpec}, turn it into a
 * {@link org.cloudnations.sim.sweep.SweepPlan} and pass it to
 * {@link org.cloudnations.sim.sweep.SweepRunner#run}.
 */
package org.cloudnations.sim.sweep;
