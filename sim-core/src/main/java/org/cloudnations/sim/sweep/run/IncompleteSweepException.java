package org.cloudnations.sim.sweep.run;

import java.util.List;

/**
 * Thrown by {@link ShardMerge} when runs of the sweep are in no shard folder given: whole shards
 * are missing, or shards stopped before their last run. Nothing is written. The shards named
 * here are exactly those to run again (with {@code --resume}, so complete runs are kept).
 */
public final class IncompleteSweepException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The shards (indices) that are missing or incomplete, ascending. */
    private final List<Integer> shards;
    /** The number of shards of the sweep. */
    private final int shardCount;
    /** How many runs are missing. */
    private final long missingRuns;

    /**
     * @param shards the shards to run again, ascending
     * @param shardCount N, the number of shards
     * @param missingRuns how many runs are missing
     * @param runs how many runs the sweep has
     */
    public IncompleteSweepException(List<Integer> shards, int shardCount, long missingRuns, long runs) {
        super(missingRuns + " of " + runs + " runs are missing: " + (shards.size() == shardCount ? "every shard"
                : "shard" + (shards.size() == 1 ? " " : "s ") + ranges(shards)) + " of " + shardCount
                + (shards.size() == shardCount ? "" : " (missing or stopped early)"));
        this.shards = List.copyOf(shards);
        this.shardCount = shardCount;
        this.missingRuns = missingRuns;
    }

    /** @return the shards (indices) to run again, ascending */
    public List<Integer> shards() {
        return shards;
    }

    /** @return N, the number of shards */
    public int shardCount() {
        return shardCount;
    }

    /** @return how many runs are missing */
    public long missingRuns() {
        return missingRuns;
    }

    /**
     * Writes ascending indices compactly, as Slurm's {@code --array} takes them: {@code 3,7,9-12}.
     *
     * @param indices ascending indices
     * @return the list with runs of consecutive indices as ranges
     */
    public static String ranges(List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < indices.size(); i++) {
            int start = indices.get(i);
            int end = start;
            while (i + 1 < indices.size() && indices.get(i + 1) == end + 1) {
                end = indices.get(++i);
            }
            b.append(b.length() == 0 ? "" : ",").append(start);
            if (end > start) {
                b.append('-').append(end);
            }
        }
        return b.toString();
    }
}
