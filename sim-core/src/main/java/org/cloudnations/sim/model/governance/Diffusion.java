package org.cloudnations.sim.model.governance;

/**
 * (G9) Diffusion of an institution among states by thresholds (Granovetter 1978): a state that has
 * not adopted adopts, for good, when the share of adopters at the end of the previous tick is at
 * least its threshold and it reconsiders this tick.
 */
final class Diffusion {
    private Diffusion() {
    }

    /**
     * One synchronous step.
     *
     * @param adopted which states have adopted; updated in place
     * @param threshold each state's threshold in [0, 1]
     * @param reconsider whether each state reconsiders this tick
     * @return the number of new adopters
     */
    static int step(boolean[] adopted, double[] threshold, boolean[] reconsider) {
        double share = share(adopted);
        int added = 0;
        boolean[] next = adopted.clone();
        for (int s = 0; s < adopted.length; s++) {
            if (!adopted[s] && reconsider[s] && share >= threshold[s]) {
                next[s] = true;
                added++;
            }
        }
        System.arraycopy(next, 0, adopted, 0, adopted.length);
        return added;
    }

    static double share(boolean[] adopted) {
        int n = 0;
        for (boolean b : adopted) {
            n += b ? 1 : 0;
        }
        return adopted.length == 0 ? 0 : (double) n / adopted.length;
    }
}
