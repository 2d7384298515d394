package org.cloudnations.sim.model.exit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The few-agent side of the exit model: Gini, attachment weights and the metrics row. */
class ExitLedgerTest {
    /** Textbook Gini: mean absolute difference over twice the mean, {@code sum_ij |x_i - x_j| / (2 n^2 mean)}. */
    private static double textbookGini(double[] x) {
        int n = x.length;
        double diff = 0;
        double sum = 0;
        for (double a : x) {
            sum += a;
            for (double b : x) {
                diff += Math.abs(a - b);
            }
        }
        return sum == 0 ? 0 : diff / (2.0 * n * sum);
    }

    @Test
    void giniOfHandMadeArrays() {
        assertEquals(0.0, ExitLedger.gini(new double[] {3, 3, 3, 3}), 0.0);
        assertEquals(0.75, ExitLedger.gini(new double[] {0, 0, 0, 1}), 1e-15);
        assertEquals(0.75, ExitLedger.gini(new double[] {1, 0, 0, 0}), 1e-15, "order does not matter");
        assertEquals(0.0, ExitLedger.gini(new double[] {0, 0}), 0.0, "all zero");
        assertEquals(0.0, ExitLedger.gini(new double[0]), 0.0, "empty");
        assertEquals(0.0, ExitLedger.gini(new double[] {5}), 0.0);
        assertEquals(1.0 / 6, ExitLedger.gini(new double[] {1, 2}), 1e-15);
        double[] x = {3, 1, 2};
        ExitLedger.gini(x);
        assertArrayEquals(new double[] {3, 1, 2}, x, "the input is not sorted in place");
    }

    @Test
    void giniMatchesTheTextbookFormula() {
        Random r = new Random(17);
        for (int trial = 0; trial < 100; trial++) {
            double[] x = new double[1 + r.nextInt(30)];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextInt(3) == 0 ? 0 : Math.exp(2 * r.nextGaussian());
            }
            assertEquals(textbookGini(x), ExitLedger.gini(x), 1e-12);
        }
    }

    private static ExitSettings settings(int individuals, int states, int communities) {
        return ExitSettings.from(ExitModel.PARAMETERS.resolve(Map.of("individuals", Integer.toString(individuals),
                "states", Integer.toString(states), "communities", Integer.toString(communities))));
    }

    @Test
    void attachmentIsUniformWhenCommunitiesAreEmpty() {
        ExitSettings s = settings(100, 2, 4);
        ExitLedger l = new ExitLedger(s, 1, new long[] {60, 40}, 100);
        assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1.0}, l.cdf(), 1e-15);
        assertArrayEquals(new double[] {1.1, 1.1, 1.1, 1.1}, l.phi(), 0.0);
    }

    @Test
    void attachmentIsProportionalToMembersPlusOne() {
        ExitSettings s = settings(100, 2, 3);
        ExitLedger l = new ExitLedger(s, 1, new long[] {60, 40}, 100);
        l.endTick(new long[] {6, 0, 3}, 0, 0, 0, 0, 0, new double[2]);
        l.beginTick();
        // weights 7, 1, 4 of 12
        assertArrayEquals(new double[] {7 / 12.0, 8 / 12.0, 1.0}, l.cdf(), 1e-15);
        double ref = 100 / 3.0;
        assertArrayEquals(new double[] {1.1 * Math.pow(1 + 6 / ref, 0.5), 1.1, 1.1 * Math.pow(1 + 3 / ref, 0.5)},
                l.phi(), 1e-15);
    }

    @Test
    void homeIncomeAndTaxSplitTheStateProductivity() {
        ExitSettings s = settings(100, 5, 2);
        ExitLedger l = new ExitLedger(s, 9, new long[] {20, 20, 20, 20, 20}, 100);
        for (int k = 0; k < 5; k++) {
            double a = Endowment.stateProductivity(9, k, s.productivitySigma());
            assertEquals(0.7 * a, l.netHome()[k], 1e-15);
            assertEquals(0.3 * a, l.taxHome()[k], 1e-15);
        }
    }

    @Test
    void observeDerivesEveryMetricFromTheTallies() {
        ExitSettings s = settings(100, 2, 2);
        // mean skill 1
        ExitLedger l = new ExitLedger(s, 1, new long[] {60, 40}, 100);
        l.endTick(new long[] {30, 10}, 5, 2, 80, 40, 50, new double[] {3, 1});
        double[] row = new double[ExitModel.METRICS.size()];
        l.observe(row);
        double[] expected = {
            0.4, // cloud_share: 40 of 100
            5, // exits
            2, // returns
            1.25, // cloud_skill_ratio: (50 / 40) / 1
            0.8, // mean_income: 80 / 100
            0.5, // cloud_income_share: 40 / 80
            0.04, // tax_per_capita: 4 / 100
            1.0 / 6, // tax_gini of per-capita revenue {0.05, 0.025}
            0.75, // largest_community_share: 30 / 40
            0.625, // community_hhi: 0.75^2 + 0.25^2
        };
        assertArrayEquals(expected, row, 1e-12);
    }

    @Test
    void observeWithNoMembersGivesZeroesNotNaN() {
        ExitSettings s = settings(100, 2, 3);
        ExitLedger l = new ExitLedger(s, 1, new long[] {100, 0}, 100);
        l.endTick(new long[] {0, 0, 0}, 0, 0, 0, 0, 0, new double[] {0, 0});
        double[] row = new double[ExitModel.METRICS.size()];
        l.observe(row);
        assertArrayEquals(new double[row.length], row, 0.0);
    }
}
