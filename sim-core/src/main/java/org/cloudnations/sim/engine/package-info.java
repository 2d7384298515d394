/**
 * The engine: a MASON {@link sim.engine.SimState} ({@link org.cloudnations.sim.engine.World}) whose
 * schedule runs a model's phases in a fixed order each tick, a parallel loop over individuals with
 * exact (order-independent) reductions, and immutable run configurations and results.
 */
package org.cloudnations.sim.engine;
