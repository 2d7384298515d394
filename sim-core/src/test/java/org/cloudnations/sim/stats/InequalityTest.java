package org.cloudnations.sim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared Gini coefficient and HHI against their textbook definitions. */
class InequalityTest {
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
        assertEquals(0.0, Inequality.gini(new double[] {3, 3, 3, 3}), 0.0);
        assertEquals(0.75, Inequality.gini(new double[] {0, 0, 0, 1}), 1e-15);
        assertEquals(0.75, Inequality.gini(new double[] {1, 0, 0, 0}), 1e-15, "order does not matter");
        assertEquals(0.0, Inequality.gini(new double[] {0, 0}), 0.0, "all zero");
        assertEquals(0.0, Inequality.gini(new double[0]), 0.0, "empty");
        assertEquals(0.0, Inequality.gini(new double[] {5}), 0.0);
        assertEquals(1.0 / 6, Inequality.gini(new double[] {1, 2}), 1e-15);
        double[] x = {3, 1, 2};
        Inequality.gini(x);
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
            assertEquals(textbookGini(x), Inequality.gini(x), 1e-12);
        }
    }

    @Test
    void hhiOfHandMadeArrays() {
        assertEquals(1.0, Inequality.hhi(new double[] {0, 7, 0}), 0.0, "one holder");
        assertEquals(0.25, Inequality.hhi(new double[] {1, 1, 1, 1}), 1e-15, "equal shares: 1/n");
        assertEquals(0.0, Inequality.hhi(new double[] {0, 0}), 0.0, "all zero");
        assertEquals((0.25 * 0.25) + (0.75 * 0.75), Inequality.hhi(new long[] {1, 3}), 1e-15);
        assertEquals(Inequality.hhi(new double[] {2, 5, 9}), Inequality.hhi(new long[] {2, 5, 9}), 0.0);
    }
}
