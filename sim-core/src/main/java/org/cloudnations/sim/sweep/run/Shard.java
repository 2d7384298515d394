package org.cloudnations.sim.sweep.run;

import org.cloudnations.sim.param.ConfigurationException;

/**
 * One of N interleaved shards of a sweep: the runs whose id satisfies {@code run mod count =
 * index}. Interleaving balances the shards (consecutive runs, which share a design point, go to
 * different shards) and any subset of shards still covers the whole design. Seeds do not depend
 * on the shard.
 *
 * @param index the shard, from 0 to {@code count - 1}
 * @param count the number of shards, 1 to {@value #MAX_COUNT}
 */
public record Shard(int index, int count) {
    /** The largest number of shards. */
    public static final int MAX_COUNT = 1_000_000;
    /** The whole sweep as one shard. */
    public static final Shard ALL = new Shard(0, 1);

    /**
     * Checks the range.
     *
     * @param index see {@link #index()}
     * @param count see {@link #count()}
     * @throws ConfigurationException when out of range
     */
    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 0 || index >= count) {
            throw ConfigurationException.about("{shard}: " + index + "/" + count + " is out of range; allowed: I/N "
                    + "with N from 1 to " + MAX_COUNT + " and I from 0 to N-1");
        }
    }

    /**
     * Parses {@code I/N}.
     *
     * @param text the text, e.g. {@code 3/8}
     * @return the shard
     * @throws ConfigurationException when malformed or out of range
     */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash > 0) {
                return new Shard(Integer.parseInt(text.substring(0, slash).trim()),
                        Integer.parseInt(text.substring(slash + 1).trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ConfigurationException.about("{shard}: '" + text + "' is not I/N; allowed: two whole numbers, "
                + "e.g. 3/8 for shard 3 of 8 (0 to 7)");
    }

    /**
     * @param run a run id
     * @return whether the run belongs to this shard
     */
    public boolean contains(long run) {
        return run % count == index;
    }

    /**
     * @param runs the sweep's number of runs
     * @return how many of them belong to this shard
     */
    public int runsOf(int runs) {
        return runs <= index ? 0 : (runs - 1 - index) / count + 1;
    }

    /** @return whether this is the whole sweep */
    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
