package org.cloudnations.sim.rule;

import java.util.Objects;

/**
 * A rule's declared use of one counter-based random stream: draws keyed by
 * {@code (seed, tick, number)} and then by id and draw index (see
 * {@link org.cloudnations.sim.random.CounterRandom}).
 *
 * @param number the stream number, unique in a rule set
 * @param use what the draws are for, one short phrase
 */
public record StreamUse(int number, String use) {
    /**
     * Validates.
     *
     * @param number see {@link #number()}
     * @param use see {@link #use()}
     */
    public StreamUse {
        Objects.requireNonNull(use, "use");
        if (number < 0) {
            throw new IllegalArgumentException("stream number must not be negative: " + number);
        }
    }
}
