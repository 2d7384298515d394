/**
 * Benchmarks of the individual phase: the struct-of-arrays engine against the same rule written
 * the usual MASON way (one {@link sim.engine.Steppable} per individual in a
 * {@link sim.engine.RandomSequence}), timed in the same JVM run.
 */
package org.cloudnations.sim.bench;
