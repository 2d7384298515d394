package org.cloudnations.sim.sweep.run;

import java.nio.file.Path;

/**
 * What a sweep did.
 *
 * @param dir the sweep folder
 * @param runs runs in the sweep
 * @param skipped runs found complete and skipped (with {@code --resume})
 * @param ran runs done in this session
 * @param failed failed runs in the whole sweep (this session and earlier ones)
 * @param firstFailure "run N: message" of the first failed run, or null
 * @param wallSeconds wall time of this session
 * @param sensitivity whether sensitivity.csv was written
 */
public record SweepSummary(Path dir, int runs, int skipped, int ran, int failed, String firstFailure,
                           double wallSeconds, boolean sensitivity) {
    /** @return whether every run of the sweep (or shard) is now written; false after a stop */
    public boolean complete() {
        return skipped + ran >= runs;
    }
}
