package org.cloudnations.sim.engine;

/**
 * A run in the checking mode stopped because an invariant failed: a failure of the model (a bug or
 * a numerical limit reached by legal parameters), not of the user's input. {@code sim} reports it
 * in one line and exits with code 6.
 */
public final class InvariantViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The owner (rule) that declared the failed invariant. */
    private final String owner;
    /** The failed invariant, in words. */
    private final String invariant;
    /** The tick after which it failed. */
    private final long tick;
    /** The run of a sweep it failed in, e.g. {@code run 7 (point 3: x=0.5; seed 11)}; empty outside sweeps. */
    private final String run;

    /**
     * @param owner who declared the invariant (a rule's name)
     * @param invariant what failed to hold
     * @param tick the tick after which it failed (0: after initialisation)
     */
    public InvariantViolationException(String owner, String invariant, long tick) {
        this(owner, invariant, tick, "");
    }

    private InvariantViolationException(String owner, String invariant, long tick, String run) {
        super("invariant violated " + (run.isEmpty() ? "" : "in " + run + " ") + "at tick " + tick + ": rule "
                + owner + ": " + invariant);
        this.owner = owner;
        this.invariant = invariant;
        this.tick = tick;
        this.run = run;
    }

    /**
     * The same failure, placed in one run of a sweep.
     *
     * @param where the run, e.g. {@code run 7 (point 3: x=0.5; seed 11)}
     * @return the failure, its message naming the run before the tick
     */
    public InvariantViolationException inRun(String where) {
        if (where == null || where.isBlank()) {
            throw new IllegalArgumentException("a run needs a description");
        }
        return new InvariantViolationException(owner, invariant, tick, where);
    }

    /** @return the run of a sweep it failed in, or an empty string outside sweeps */
    public String run() {
        return run;
    }

    /** @return who declared the failed invariant */
    public String owner() {
        return owner;
    }

    /** @return the failed invariant, in words */
    public String invariant() {
        return invariant;
    }

    /** @return the tick after which it failed */
    public long tick() {
        return tick;
    }
}
