/**
 * Sweep designs: the varied parameters ({@link org.cloudnations.sim.sweep.design.Vary}), the
 * designs that turn them into points (grid, random, Latin hypercube, Sobol/Saltelli, one at a
 * time, Morris) and the per-run seeds ({@link org.cloudnations.sim.sweep.design.Seeds}), which
 * depend only on the base seed, the point and the replicate.
 */
package org.cloudnations.sim.sweep.design;
