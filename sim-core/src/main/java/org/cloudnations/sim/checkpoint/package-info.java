/**
 * Checkpoints of long runs: a {@link org.cloudnations.sim.checkpoint.CheckpointFolder} holds the
 * last complete checkpoint of a run (the world's tables, each rule's own state, MASON's sequential
 * generator, the metric rows so far and the tick), written atomically and marked with the run's
 * {@link org.cloudnations.sim.checkpoint.RunFingerprint}; {@link
 * org.cloudnations.sim.checkpoint.CheckpointedRun} runs a configuration with checkpoints every K
 * ticks, stops cleanly when asked (a signal) and continues from a checkpoint to the same bytes as
 * a run never interrupted.
 */
package org.cloudnations.sim.checkpoint;
