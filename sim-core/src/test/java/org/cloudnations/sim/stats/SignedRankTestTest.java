package org.cloudnations.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.cloudnations.sim.stats.SignedRankResult.Alternative;
import org.cloudnations.sim.stats.SignedRankResult.Method;
import org.cloudnations.sim.stats.SignedRankResult.ZeroMethod;
import org.junit.jupiter.api.Test;

class SignedRankTestTest {
    /** Hamilton depression scale factor IV of 9 patients before (x) and after (y) a tranquilizer. */
    static final double[] DEPRESSION_X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    static final double[] DEPRESSION_Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    /**
     * Issue 16's example: 10 positive differences (1 to 10), 9 zeros and 1 negative one (-20), the
     * largest in absolute value.
     */
    static double[] issueExample() {
        double[] d = new double[20];
        for (int i = 0; i < 10; i++) {
            d[i] = i + 1;
        }
        d[19] = -20;
        return d;
    }

    @Test
    void depressionDataMatchHollanderWolfeAndR() {
        // Hollander & Wolfe, Nonparametric Statistical Methods, Example 3.1 (the data of R's
        // ?wilcox.test): R's wilcox.test(x, y, paired = TRUE) prints V = 40, p-value = 0.03906, and
        // with alternative = "greater" p-value = 0.01953. By hand: the two negative differences are
        // -0.08 (rank 2) and -0.147 (rank 3), so V = 45 - 5 = 40 and
        // P(V >= 40) = P(V <= 5) = 10 / 512 (subsets of 1..9 summing to at most 5).
        SignedRankResult two = SignedRankTest.paired(DEPRESSION_X, DEPRESSION_Y, Alternative.TWO_SIDED,
                ZeroMethod.WILCOXON);
        assertEquals(40, two.statistic());
        assertEquals(9, two.n());
        assertEquals(0, two.zeros());
        assertEquals(Method.EXACT, two.method());
        assertEquals(20.0 / 512, two.pValue(), 1e-15);
        assertEquals(0.03906, two.pValue(), 5e-6);
        SignedRankResult greater = SignedRankTest.paired(DEPRESSION_X, DEPRESSION_Y, Alternative.GREATER,
                ZeroMethod.WILCOXON);
        assertEquals(10.0 / 512, greater.pValue(), 1e-15);
        assertEquals(0.01953, greater.pValue(), 5e-6);
        assertEquals(1 - 7.0 / 512, SignedRankTest.paired(DEPRESSION_X, DEPRESSION_Y, Alternative.LESS,
                ZeroMethod.WILCOXON).pValue(), 1e-15, "P(V <= 40) = 1 - P(V >= 41) = 1 - P(V <= 4) = 1 - 7 / 512");
        double[] d = SignedRankTest.differences(DEPRESSION_X, DEPRESSION_Y);
        assertEquals(BruteForceSignedRank.twoSided(d, false), two.pValue(), 1e-15);
    }

    @Test
    void sevenPairsMatchAnROutputPrintedByTheStateasePackage() {
        // https://devwebwacky.github.io/statease/reference/wilcoxon_interpret.html (a wrapper of R's
        // wilcox.test): x = (23, 45, 12, 67, 34, 89, 56), y = (19, 38, 22, 51, 29, 74, 44) gives
        // V = 24, p = 0.1094. By hand: d = (4, 7, -10, 16, 5, 15, 12), -10 has rank 4, V = 28 - 4,
        // p = 2 P(V <= 4) = 2 * 7 / 128.
        double[] x = {23, 45, 12, 67, 34, 89, 56};
        double[] y = {19, 38, 22, 51, 29, 74, 44};
        SignedRankResult r = SignedRankTest.paired(x, y, Alternative.TWO_SIDED, ZeroMethod.WILCOXON);
        assertEquals(24, r.statistic());
        assertEquals(14.0 / 128, r.pValue(), 1e-15);
        assertEquals(0.1094, r.pValue(), 5e-5);
    }

    @Test
    void theIssuesExampleDropsItsNineZeros() {
        // Issue 16: 10 positive, 9 zero and 1 negative difference, the negative one the largest in
        // absolute value. commons-math3's WilcoxonSignedRankTest ranks the zeros and gives
        // p = 7.08e-4 (2 * 725 / 2^21 on these values); with the zeros dropped, V = 66 - 11 = 55 over
        // 11 ranks and p = 2 P(V <= 11) = 2 * 55 / 2048 = 0.0537 (55 subsets of 1..11 sum to at
        // most 11; the brute force below lists all 2^11 sign assignments).
        double[] d = issueExample();
        SignedRankResult r = SignedRankTest.test(d);
        assertEquals(55, r.statistic());
        assertEquals(11, r.n());
        assertEquals(9, r.zeros());
        assertEquals(ZeroMethod.WILCOXON, r.zeroMethod());
        assertEquals(Method.EXACT, r.method());
        assertEquals(110.0 / 2048, r.pValue(), 1e-15);
        assertEquals(BruteForceSignedRank.twoSided(d, false), r.pValue(), 1e-15);
        assertTrue(r.pValue() > 0.05, "not significant at 5% once the zeros are dropped: " + r);
    }

    @Test
    void prattsMethodRanksTheZerosAndPermutesOnlyTheOtherSigns() {
        // Pratt (1959): d = (0, 0, 0, 2, -1, 3, 5, 6, -4): the zeros take ranks 1-3, the others
        // 4..9 (|-1| = 4, 2 = 5, 3 = 6, |-4| = 7, 5 = 8, 6 = 9), V = 5 + 6 + 8 + 9 = 28 over the
        // ranks {4..9} (sum 39); checked against all 2^6 sign assignments.
        double[] d = {0, 0, 0, 2, -1, 3, 5, 6, -4};
        SignedRankResult r = SignedRankTest.test(d, Alternative.TWO_SIDED, ZeroMethod.PRATT);
        assertEquals(28, r.statistic());
        assertEquals(6, r.n());
        assertEquals(3, r.zeros());
        assertEquals(Method.EXACT, r.method());
        double[] tails = BruteForceSignedRank.tails(d, true);
        assertEquals(28, tails[2]);
        assertEquals(Math.min(1, 2 * Math.min(tails[0], tails[1])), r.pValue(), 1e-15);
        assertEquals(tails[1], SignedRankTest.test(d, Alternative.GREATER, ZeroMethod.PRATT).pValue(), 1e-15);
        assertEquals(tails[0], SignedRankTest.test(d, Alternative.LESS, ZeroMethod.PRATT).pValue(), 1e-15);
        // Wilcoxon's method on the same data: ranks 1..6, V = 2 + 3 + 5 + 6 = 16
        SignedRankResult w = SignedRankTest.test(d);
        assertEquals(16, w.statistic());
        assertEquals(BruteForceSignedRank.twoSided(d, false), w.pValue(), 1e-15);
    }

    @Test
    void exactPValuesEqualTheBruteForceOnRandomSamples() {
        Random random = new Random(16);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(14);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                // a few zeros; the non-zero absolute values are distinct with probability 1
                d[i] = random.nextInt(5) == 0 ? 0 : random.nextGaussian() + 0.3;
            }
            for (ZeroMethod zeros : ZeroMethod.values()) {
                double[] tails = BruteForceSignedRank.tails(d, zeros == ZeroMethod.PRATT);
                SignedRankResult two = SignedRankTest.test(d, Alternative.TWO_SIDED, zeros);
                String where = "trial " + trial + " " + zeros + " " + java.util.Arrays.toString(d);
                assertEquals(Method.EXACT, two.method(), where);
                assertEquals(tails[2], two.statistic(), 1e-12, where);
                assertEquals(Math.min(1, 2 * Math.min(tails[0], tails[1])), two.pValue(), 1e-12, where);
                assertEquals(tails[1], SignedRankTest.test(d, Alternative.GREATER, zeros).pValue(), 1e-12, where);
                assertEquals(tails[0], SignedRankTest.test(d, Alternative.LESS, zeros).pValue(), 1e-12, where);
            }
        }
    }

    @Test
    void tiesUseTheTieCorrectedNormalApproximationInItsClosedForm() {
        // Hollander & Wolfe, eq. (3.13) with the tie correction of their Comment 3.8:
        // Var V = n(n+1)(2n+1)/24 - sum(t^3 - t)/48, z = (V - n(n+1)/4 - 1/2 sign) / sd (R's
        // continuity correction). d: 12 non-zero values, tie groups |1| x4, |2| x3, |3| x2, 5, 6, 7;
        // 2 zeros dropped.
        double[] d = {1, 1, -1, 1, 2, -2, 2, 3, 3, 0, 0, 5, -6, 7};
        int n = 12;
        // mid-ranks: |1| -> 2.5, |2| -> 6, |3| -> 8.5, 5 -> 10, 6 -> 11, 7 -> 12
        double v = 2.5 * 3 + 6 * 2 + 8.5 * 2 + 10 + 12;
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2 * n + 1) / 24.0 - ((64 - 4) + (27 - 3) + (8 - 2)) / 48.0;
        SignedRankResult two = SignedRankTest.test(d);
        assertEquals(Method.NORMAL_TIE_CORRECTED, two.method());
        assertEquals(v, two.statistic());
        assertEquals(n, two.n());
        assertEquals(2, two.zeros());
        double z = (v - mean - 0.5) / Math.sqrt(variance);
        assertEquals(2 * STANDARD_NORMAL.cumulativeProbability(-z), two.pValue(), 1e-12);
        assertEquals(STANDARD_NORMAL.cumulativeProbability(-z),
                SignedRankTest.test(d, Alternative.GREATER, ZeroMethod.WILCOXON).pValue(), 1e-12);
        assertEquals(STANDARD_NORMAL.cumulativeProbability((v - mean + 0.5) / Math.sqrt(variance)),
                SignedRankTest.test(d, Alternative.LESS, ZeroMethod.WILCOXON).pValue(), 1e-12);
    }

    @Test
    void theIssuesExampleInIntegersGivesTheTieCorrectedP() {
        // 10 differences of +1, 9 of 0, one of -1 (an integer metric that ties across arms): the 11
        // non-zero ones all tie at mid-rank 6, V = 60, E V = 33,
        // Var V = 11*12*23/24 - (11^3 - 11)/48 = 126.5 - 27.5 = 99, z = 26.5 / sqrt(99) = 2.663,
        // p = 2 (1 - Phi(2.663)) = 0.00774, what R's wilcox.test gives too (it drops zeros).
        double[] d = new double[20];
        java.util.Arrays.fill(d, 0, 10, 1);
        d[19] = -1;
        SignedRankResult r = SignedRankTest.test(d);
        assertEquals(60, r.statistic());
        assertEquals(Method.NORMAL_TIE_CORRECTED, r.method());
        assertEquals(2 * STANDARD_NORMAL.cumulativeProbability(-26.5 / Math.sqrt(99)), r.pValue(), 1e-12);
        assertEquals(0.00774, r.pValue(), 5e-6);
    }

    @Test
    void prattsVarianceWithZerosAndTiesHasItsClosedForm() {
        // Pratt's statistic with z zeros among N ranked values (Cureton 1967; Conover 1973):
        // E V = (N(N+1) - z(z+1)) / 4,
        // Var V = (N(N+1)(2N+1) - z(z+1)(2z+1)) / 24 - sum over non-zero tie groups (t^3 - t) / 48.
        double[] d = {0, 0, 0, 1, -1, 1, 2, 2, -3, 4, 5, -5, 6};
        int total = 13;
        int zeros = 3;
        // ranks: zeros 1-3; |1| x3 -> 5; |2| x2 -> 7.5; 3 -> 9; 4 -> 10; |5| x2 -> 11.5; 6 -> 13
        double v = 5 * 2 + 7.5 * 2 + 10 + 11.5 + 13;
        double mean = (total * (total + 1) - zeros * (zeros + 1)) / 4.0;
        double variance = (total * (total + 1) * (2 * total + 1) - zeros * (zeros + 1) * (2 * zeros + 1)) / 24.0
                - ((27 - 3) + (8 - 2) + (8 - 2)) / 48.0;
        SignedRankResult r = SignedRankTest.test(d, Alternative.TWO_SIDED, ZeroMethod.PRATT);
        assertEquals(v, r.statistic());
        assertEquals(Method.NORMAL_TIE_CORRECTED, r.method());
        double dev = v - mean;
        double z = (dev - Math.signum(dev) * 0.5) / Math.sqrt(variance);
        assertEquals(2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)), r.pValue(), 1e-12);
    }

    @Test
    void allZeroDifferencesGiveNoEvidence() {
        SignedRankResult r = SignedRankTest.test(new double[] {0, 0, 0});
        assertEquals(1.0, r.pValue());
        assertEquals(0, r.n());
        assertEquals(3, r.zeros());
    }

    @Test
    void largeSamplesAreExactUpToTheLimitAndCloseToTheNormalBeyondIt() {
        Random random = new Random(7);
        double[] d = new double[SignedRankTest.EXACT_LIMIT];
        for (int i = 0; i < d.length; i++) {
            d[i] = random.nextGaussian() + 0.1;
        }
        SignedRankResult exact = SignedRankTest.test(d);
        assertEquals(Method.EXACT, exact.method());
        double[] longer = java.util.Arrays.copyOf(d, d.length + 1);
        longer[d.length] = 0.05;
        SignedRankResult normal = SignedRankTest.test(longer);
        assertEquals(Method.NORMAL_TIE_CORRECTED, normal.method());
        // the normal approximation of an exact p-value near 0.05 at n = 400 agrees to about 1e-3
        int n = d.length;
        double sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24.0);
        double dev = exact.statistic() - n * (n + 1) / 4.0;
        double approx = 2 * STANDARD_NORMAL.cumulativeProbability(-(Math.abs(dev) - 0.5) / sd);
        assertEquals(approx, exact.pValue(), 2e-3);
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> SignedRankTest.test(new double[] {1, Double.NaN}));
        assertEquals("differences[1] must be finite, got NaN", nan.getMessage());
        assertEquals("differences must hold at least one value", assertThrows(IllegalArgumentException.class,
                () -> SignedRankTest.test(new double[0])).getMessage());
        assertEquals("paired samples must be as long as each other, got 2 and 1",
                assertThrows(IllegalArgumentException.class, () -> SignedRankTest.paired(new double[] {1, 2},
                        new double[] {1}, Alternative.TWO_SIDED, ZeroMethod.WILCOXON)).getMessage());
        assertEquals("y[0] must be finite, got Infinity", assertThrows(IllegalArgumentException.class,
                () -> SignedRankTest.differences(new double[] {1}, new double[] {Double.POSITIVE_INFINITY}))
                .getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SignedRankResult(1, 1, 0, Double.NaN, Method.EXACT, Alternative.LESS, ZeroMethod.PRATT));
    }
}
