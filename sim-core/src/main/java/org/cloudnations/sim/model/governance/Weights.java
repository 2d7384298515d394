package org.cloudnations.sim.model.governance;

/**
 * (G1), (G2) Weights of governance units and their weighted vote. Under identity weighting the
 * weights are fixed at their initial values; under contribution weighting they float towards a
 * target mixing each unit's share of contributions and its share of responsibility (members).
 */
final class Weights {
    private Weights() {
    }

    /**
     * (G2) w_u &lt;- (1 - lambda) w_u + lambda (alpha X_u / sum X + (1 - alpha) n_u / sum n).
     *
     * @param w weights, summing to 1; updated in place
     * @param contribution X_u of this tick
     * @param members n_u
     * @param alpha weight of contribution against responsibility
     * @param lambda adjustment rate
     */
    static void floatTowardsContribution(double[] w, double[] contribution, long[] members, double alpha,
                                         double lambda) {
        double sx = 0;
        double sn = 0;
        for (int u = 0; u < w.length; u++) {
            sx += contribution[u];
            sn += members[u];
        }
        double total = 0;
        for (int u = 0; u < w.length; u++) {
            double cx = sx > 0 ? contribution[u] / sx : 0;
            double cn = sn > 0 ? (double) members[u] / sn : 0;
            double target = sx > 0 ? alpha * cx + (1 - alpha) * cn : cn;
            w[u] = (1 - lambda) * w[u] + lambda * target;
            total += w[u];
        }
        for (int u = 0; u < w.length; u++) {
            w[u] /= total;
        }
    }

    /**
     * (G1) Voting power per member of each unit: {@code w_u N / n_u} (0 for a unit without members).
     *
     * @param w weights
     * @param members n_u
     * @param n N
     * @param power the power per member; written
     */
    static void power(double[] w, long[] members, int n, double[] power) {
        for (int u = 0; u < w.length; u++) {
            power[u] = members[u] == 0 ? 0 : w[u] * n / members[u];
        }
    }

    /**
     * (G1) The weighted vote: yes when the weight of units voting yes exceeds half the total.
     *
     * @param w weights
     * @param yes each unit's vote
     * @return the decision
     */
    static boolean decide(double[] w, boolean[] yes) {
        double total = 0;
        double forIt = 0;
        for (int u = 0; u < w.length; u++) {
            total += w[u];
            forIt += yes[u] ? w[u] : 0;
        }
        return forIt > 0.5 * total;
    }

    /**
     * Share of the total weight held by the top quarter of units ranked by contribution (ties by
     * index; at least one unit).
     */
    static double topContributorShare(double[] w, double[] contribution) {
        Integer[] order = new Integer[w.length];
        for (int u = 0; u < w.length; u++) {
            order[u] = u;
        }
        java.util.Arrays.sort(order, (a, b) -> contribution[a] != contribution[b]
                ? Double.compare(contribution[b], contribution[a]) : Integer.compare(a, b));
        int top = Math.max(1, w.length / 4);
        double total = 0;
        double held = 0;
        for (int r = 0; r < w.length; r++) {
            total += w[order[r]];
            if (r < top) {
                held += w[order[r]];
            }
        }
        return total > 0 ? held / total : 0;
    }
}
