package org.cloudnations.sim.model.exit;

import org.cloudnations.sim.random.CounterRandom;

/**
 * Initial conditions of the exit model (E0) as pure functions of (seed, individual), shared by the
 * kernel and the MASON baseline. Every attribute uses its own draws of the initialisation stream.
 */
public final class Endowment {
    /** Random stream of the initialisation. */
    public static final int STREAM = 0;
    /** Random stream of state productivities. */
    public static final int STATE_STREAM = 1;

    private Endowment() {
    }

    /**
     * Skill {@code h = exp(sigma_h * z - sigma_h^2 / 2)}, log-normal with mean 1.
     *
     * @param key initialisation stream key
     * @param i individual
     * @param sigma sigma_h
     * @return h
     */
    public static double skill(long key, int i, double sigma) {
        return StrictMath.exp(sigma * CounterRandom.gaussian(key, i, 0) - 0.5 * sigma * sigma);
    }

    /**
     * Loyalty {@code l = -L * ln(u)}, exponential with mean L.
     *
     * @param key initialisation stream key
     * @param i individual
     * @param mean L
     * @return l
     */
    public static double loyalty(long key, int i, double mean) {
        return -mean * StrictMath.log(CounterRandom.uniformPositive(key, i, 2));
    }

    /**
     * Digital access {@code d = u^((1 - D) / D)}: Beta(D / (1 - D), 1), mean D, support [0, 1].
     *
     * @param key initialisation stream key
     * @param i individual
     * @param mean D, in (0, 1)
     * @return d
     */
    public static double digital(long key, int i, double mean) {
        return StrictMath.pow(CounterRandom.uniform(key, i, 3), (1.0 - mean) / mean);
    }

    /**
     * Home state, uniform over S states.
     *
     * @param key initialisation stream key
     * @param i individual
     * @param states S
     * @return the state index
     */
    public static int home(long key, int i, int states) {
        return (int) (CounterRandom.uniform(key, i, 4) * states);
    }

    /**
     * State productivity {@code A_s = exp(sigma_A * z - sigma_A^2 / 2)}, log-normal with mean 1.
     *
     * @param seed run seed
     * @param s state
     * @param sigma sigma_A
     * @return A_s
     */
    public static double stateProductivity(long seed, int s, double sigma) {
        long key = CounterRandom.streamKey(seed, 0, STATE_STREAM);
        return StrictMath.exp(sigma * CounterRandom.gaussian(key, s, 0) - 0.5 * sigma * sigma);
    }
}
