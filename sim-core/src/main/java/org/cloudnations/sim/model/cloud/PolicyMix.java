package org.cloudnations.sim.model.cloud;

/**
 * (C0) The states' initial policies, parameter {@code policy_mix}: one policy for all, all four in
 * turn ({@code mixed}), or two alternating by state index.
 */
public enum PolicyMix {
    /** All four policies in turn: state s starts with policy s mod 4. */
    MIXED,
    /** Every state NEUTRAL. */
    NEUTRAL,
    /** Every state SQUEEZE. */
    SQUEEZE,
    /** Every state OFFSHORE. */
    OFFSHORE,
    /** Every state LEAGUE. */
    LEAGUE,
    /** Even states SQUEEZE, odd states LEAGUE. */
    SQUEEZE_LEAGUE,
    /** Even states OFFSHORE, odd states NEUTRAL. */
    OFFSHORE_NEUTRAL;

    /**
     * @param s a state
     * @return its initial policy under this mix
     */
    Policy initial(int s) {
        return switch (this) {
            case NEUTRAL -> Policy.NEUTRAL;
            case SQUEEZE -> Policy.SQUEEZE;
            case OFFSHORE -> Policy.OFFSHORE;
            case LEAGUE -> Policy.LEAGUE;
            case SQUEEZE_LEAGUE -> s % 2 == 0 ? Policy.SQUEEZE : Policy.LEAGUE;
            case OFFSHORE_NEUTRAL -> s % 2 == 0 ? Policy.OFFSHORE : Policy.NEUTRAL;
            case MIXED -> Policy.of(s % 4);
        };
    }
}
