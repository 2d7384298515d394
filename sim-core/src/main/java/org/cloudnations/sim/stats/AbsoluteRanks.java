package org.cloudnations.sim.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Mid-ranks of the absolute values of an array, 1 for the smallest, tied values sharing the mean
 * of the ranks they occupy; and whether any two absolute values tie (exact {@code double}
 * equality, as R's {@code rank}).
 */
final class AbsoluteRanks {
    private final double[] ranks;
    private final boolean ties;

    private AbsoluteRanks(double[] ranks, boolean ties) {
        this.ranks = ranks;
        this.ties = ties;
    }

    /**
     * Ranks {@code |values[i]|}.
     *
     * @param values finite values
     * @return their mid-ranks, in the order of {@code values}
     */
    static AbsoluteRanks of(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Math.abs(values[i])));
        double[] ranks = new double[n];
        boolean ties = false;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && Math.abs(values[order[end]]) == Math.abs(values[order[start]])) {
                end++;
            }
            // positions start..end-1 hold ranks start+1..end; their mean is (start + 1 + end) / 2
            double mid = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = mid;
            }
            ties |= end - start > 1;
            start = end;
        }
        return new AbsoluteRanks(ranks, ties);
    }

    /** @return the rank of {@code |values[i]|} */
    double rank(int i) {
        return ranks[i];
    }

    /** @return whether two absolute values tie */
    boolean ties() {
        return ties;
    }

    /** @return the sum of the squared ranks, four times the null variance of the signed-rank sum */
    double sumOfSquares() {
        double s = 0;
        for (double r : ranks) {
            s += r * r;
        }
        return s;
    }
}
