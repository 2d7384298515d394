package org.cloudnations.sim.engine;

/**
 * Called by {@link Runner} after each tick is computed and recorded: may save the run's state
 * (a checkpoint) and may stop the run there.
 */
@FunctionalInterface
public interface TickHook {
    /** A hook that never saves and never stops. */
    TickHook NONE = (tick, state) -> false;

    /**
     * @param tick the tick just completed, from 1
     * @param state the run's state after it
     * @return whether to stop the run after this tick
     */
    boolean afterTick(long tick, RunState state);
}
