/**
 * Parameter sweeps, in four packages: {@link org.cloudnations.sim.sweep.design} (the varied
 * parameters, the designs, per-run seeds), {@link org.cloudnations.sim.sweep.run} (a validated
 * sweep, its plan of runs, and the runner that executes it on K threads), {@link
 * org.cloudnations.sim.sweep.store} (the sweep folder's files, their crash safety and readers)
 * and {@link org.cloudnations.sim.sweep.sensitivity} (Sobol and Morris indices). Headless:
 * charts are drawn by sim-cli from the files written here.
 *
 * <p>Quick start: parse each {@code --vary} with
 * {@link org.cloudnations.sim.sweep.design.Vary#parse}, build a
 * {@link org.cloudnations.sim.sweep.run.SweepSpec}, turn it into a
 * {@link org.cloudnations.sim.sweep.run.SweepPlan} and pass it to
 * {@link org.cloudnations.sim.sweep.run.SweepRunner#run}.
 */
package org.cloudnations.sim.sweep;
