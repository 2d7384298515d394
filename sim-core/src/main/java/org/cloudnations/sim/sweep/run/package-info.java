/**
 * Running a sweep: a validated {@link org.cloudnations.sim.sweep.run.SweepSpec}, its
 * {@link org.cloudnations.sim.sweep.run.SweepPlan} (run id to point, replicate, seed and
 * parameters) and the {@link org.cloudnations.sim.sweep.run.SweepRunner}, which runs it on K
 * threads and streams the results, in run-id order, into a sweep folder.
 */
package org.cloudnations.sim.sweep.run;
