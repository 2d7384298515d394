package org.cloudnations.sim.rule;

import org.cloudnations.sim.random.CounterRandom;

/**
 * A bound random stream of one run: the key of its draws in a tick.
 *
 * @param seed the run seed
 * @param number the stream number
 */
public record Stream(long seed, int number) {
    /**
     * @param tick a tick (0 for initialisation)
     * @return the key of this stream's draws in that tick
     */
    public long key(long tick) {
        return CounterRandom.streamKey(seed, tick, number);
    }
}
