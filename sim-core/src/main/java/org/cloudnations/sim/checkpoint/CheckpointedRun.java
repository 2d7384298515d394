package org.cloudnations.sim.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.engine.TickHook;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * A run with checkpoints: every {@code every} ticks (and when a stop is asked for) the state after
 * the tick is written to a {@link CheckpointFolder}; a stop ends the run after the current tick,
 * with a checkpoint to continue from. Continuing from a checkpoint gives the same metrics, byte for
 * byte, as the run never interrupted (CheckpointContractTest, for every catalogue scenario). With
 * checkpoints off and no stop, the per-tick cost is one call of a hook that returns false.
 */
public final class CheckpointedRun {
    private CheckpointedRun() {
    }

    /**
     * How a checkpointed run ended.
     *
     * @param result the complete run's result, or null when it stopped
     * @param stoppedAfter the tick after which it stopped (with a checkpoint when it had a folder), or
     *                     -1 when complete
     * @param resumedAfter the tick of the checkpoint it continued from, or -1 for a new run
     * @param checkpoints the checkpoints written in this session
     * @param checkpointSeconds the wall time spent writing them
     * @param checkpointBytes the size of the last one, 0 when none was written
     */
    public record Outcome(RunResult result, long stoppedAfter, long resumedAfter, int checkpoints,
                          double checkpointSeconds, long checkpointBytes) {
        /** @return whether the run stopped before its last tick */
        public boolean stopped() {
            return stoppedAfter >= 0;
        }
    }

    /**
     * Runs (or continues) a configuration with checkpoints.
     *
     * @param config the run
     * @param listener told after every tick
     * @param folder where checkpoints go (and, with {@code resume}, where the last one is); null for
     *               none: a stop then ends the run without a checkpoint
     * @param every ticks between checkpoints, 0 for checkpoints on a stop only
     * @param stop asked after every tick: true ends the run there with a checkpoint
     * @param resume whether to continue from the folder's checkpoint
     * @return how the run ended
     * @throws ConfigurationException when {@code every} is out of range, or the checkpoint is of
     *                                another run or damaged
     * @throws IOException when a checkpoint cannot be read or written
     */
    public static Outcome run(RunConfig config, RunListener listener, CheckpointFolder folder, int every,
                              BooleanSupplier stop, boolean resume) throws IOException {
        Objects.requireNonNull(stop, "stop");
        if (folder == null && (every > 0 || resume)) {
            throw new IllegalArgumentException("checkpoints need a folder");
        }
        if (every < 0 || every > RunConfig.MAX_TICKS) {
            throw ConfigurationException.outOfRange("{checkpoint_every}", every, 0, RunConfig.MAX_TICKS);
        }
        RunFingerprint fingerprint = RunFingerprint.of(config);
        long[] stoppedAfter = {-1};
        long[] written = {0, 0, 0}; // checkpoints, nanoseconds, bytes of the last
        TickHook hook = (tick, state) -> {
            boolean halt = tick < config.ticks() && stop.getAsBoolean();
            if (folder != null && (halt || (every > 0 && tick % every == 0 && tick < config.ticks()))) {
                try {
                    long t0 = System.nanoTime();
                    folder.write(fingerprint, state);
                    written[0]++;
                    written[1] += System.nanoTime() - t0;
                    written[2] = java.nio.file.Files.size(folder.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (halt) {
                stoppedAfter[0] = tick;
            }
            return halt;
        };
        RunResult result;
        long resumedAfter = -1;
        try {
            if (resume) {
                try (CheckpointFolder.Stored stored = folder.open(fingerprint)) {
                    resumedAfter = stored.tick();
                    result = Runner.run(config, listener, stored.state(), hook);
                }
            } else {
                result = Runner.run(config, listener, null, hook);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.io.StreamCorruptedException bad) {
                ConfigurationException c = ConfigurationException.about("{resume} " + folder.file()
                        + " does not fit this build of the model (" + bad.getMessage() + "); delete it to start the "
                        + "run again");
                c.initCause(bad);
                throw c;
            }
            throw e.getCause();
        }
        return new Outcome(stoppedAfter[0] >= 0 ? null : result, stoppedAfter[0], resumedAfter, (int) written[0],
                written[1] / 1e9, written[2]);
    }
}
