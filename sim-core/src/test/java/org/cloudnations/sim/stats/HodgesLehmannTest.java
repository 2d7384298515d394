package org.cloudnations.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class HodgesLehmannTest {

    @Test
    void depressionDataGiveTheEstimateOfRAndTheIntervalOfItsAlgorithm() {
        // R's wilcox.test(x, y, paired = TRUE, conf.int = TRUE) on Hollander & Wolfe's Example 3.1
        // prints the (pseudo)median 0.46. Its interval is [W_(k), W_(M+1-k)] with
        // k = qsignrank(0.025, 9) = 6 (P(V <= 5) = 10/512 < 0.025 <= P(V <= 6) = 14/512) over the
        // M = 45 sorted Walsh averages of d = (0.952, -0.147, 1.022, 0.43, 0.62, 0.59, 0.49, -0.08,
        // 0.01). By hand, the six smallest are -0.147, -0.1135, -0.08, -0.0685, -0.035, 0.01 and the
        // six largest 1.022, 0.987, 0.952, 0.821, 0.806, 0.786, so the interval is [0.01, 0.786],
        // coverage 1 - 2 * 10/512 = 96.1%.
        HodgesLehmann hl = HodgesLehmann.of(SignedRankTest.differences(SignedRankTestTest.DEPRESSION_X,
                SignedRankTestTest.DEPRESSION_Y));
        assertEquals(0.46, hl.estimate(), 1e-12);
        assertEquals(0.01, hl.lower(), 1e-12);
        assertEquals(0.786, hl.upper(), 1e-12);
        assertEquals(0.95, hl.confidence());
    }

    @Test
    void sevenPairsMatchAnROutputPrintedByTheStateasePackage() {
        // https://devwebwacky.github.io/statease/reference/wilcoxon_interpret.html (R's wilcox.test
        // underneath): 95% CI [-2.500, 15.000] for d = (4, 7, -10, 16, 5, 15, 12). By hand:
        // k = qsignrank(0.025, 7) = 3 (P(V <= 2) = 3/128 < 0.025 <= P(V <= 3) = 5/128); the three
        // smallest Walsh averages are -10, -3, -2.5 and the three largest 16, 15.5, 15. The
        // estimate is the mean of the 14th and 15th of the 28 sorted averages, 8 = (4 + 12) / 2 and
        // 8.5 = (5 + 12) / 2 (listed by hand: 13 averages lie below 8).
        HodgesLehmann hl = HodgesLehmann.of(new double[] {4, 7, -10, 16, 5, 15, 12});
        assertEquals(-2.5, hl.lower());
        assertEquals(15, hl.upper());
        assertEquals(8.25, hl.estimate());
    }

    @Test
    void theExactIntervalIsTheSetOfShiftsTheBruteForceTestDoesNotReject() {
        // The interval inverts the exact two-sided test at the level 2 P(V <= k - 1): just inside
        // each end the brute-force p-value of d - theta reaches that level, just outside it does not.
        Random random = new Random(3);
        for (int trial = 0; trial < 60; trial++) {
            int n = 5 + random.nextInt(9);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = random.nextGaussian() + 0.5;
            }
            HodgesLehmann hl = HodgesLehmann.of(d);
            int k = SignedRankDistribution.ofFirst(n).quantile(0.025);
            double level = k == 0 ? 0 : 2 * SignedRankDistribution.ofFirst(n).atMost(k - 1);
            double eps = 1e-9;
            String where = "trial " + trial + ", n = " + n + ", " + hl;
            assertTrue(BruteForceSignedRank.twoSided(shifted(d, hl.lower() + eps), false) > level, where);
            assertTrue(BruteForceSignedRank.twoSided(shifted(d, hl.upper() - eps), false) > level, where);
            if (k > 0) {
                assertTrue(BruteForceSignedRank.twoSided(shifted(d, hl.lower() - eps), false) <= level + 1e-12, where);
                assertTrue(BruteForceSignedRank.twoSided(shifted(d, hl.upper() + eps), false) <= level + 1e-12, where);
            }
            assertTrue(level <= 0.05 + 1e-12, where);
        }
    }

    private static double[] shifted(double[] d, double theta) {
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i] - theta;
        }
        return out;
    }

    @Test
    void tiesUseTheLargeSampleOrderStatistic() {
        // Hollander & Wolfe, eq. (3.28): C = n(n+1)/4 - z_{0.975} sd, sd tie-corrected; here the 20
        // differences 1..10 with every value twice: tie groups of 2, sum(t^3 - t) = 10 * 6,
        // Var V = 20*21*41/24 - 60/48 = 717.5 - 1.25, C = 105 - 1.95996 * 26.7535 = 52.57 -> 52.
        double[] d = new double[20];
        for (int i = 0; i < 20; i++) {
            d[i] = 1 + i / 2;
        }
        HodgesLehmann hl = HodgesLehmann.of(d);
        double sd = Math.sqrt(717.5 - 1.25);
        int k = (int) Math.floor(105 - new NormalDistribution(0, 1).inverseCumulativeProbability(0.975) * sd);
        assertEquals(52, k);
        double[] walsh = HodgesLehmann.walshAverages(d);
        assertEquals(walsh[k - 1], hl.lower());
        assertEquals(walsh[210 - k], hl.upper());
        assertEquals(5.5, hl.estimate(), "symmetric about 5.5");
    }

    @Test
    void zerosCountTowardsTheShift() {
        // the issue's example: ties between the arms on 9 of 20 seeds pull the shift towards 0
        double[] d = SignedRankTestTest.issueExample();
        HodgesLehmann hl = HodgesLehmann.of(d);
        assertTrue(hl.lower() <= 0, "the interval reaches 0: " + hl);
        assertEquals(new HodgesLehmann(0, 0, 0, 0.95), HodgesLehmann.of(new double[] {0, 0, 0, 0}));
        assertEquals(new HodgesLehmann(2.5, 2.5, 2.5, 0.9), HodgesLehmann.of(new double[] {2.5, 2.5}, 0.9));
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        assertEquals("confidence must be in (0, 1), got 1.0", assertThrows(IllegalArgumentException.class,
                () -> HodgesLehmann.of(new double[] {1, 2}, 1.0)).getMessage());
        assertEquals("differences[0] must be finite, got NaN", assertThrows(IllegalArgumentException.class,
                () -> HodgesLehmann.of(new double[] {Double.NaN})).getMessage());
        assertEquals("estimate 3.0 must lie in [0.0, 1.0]", assertThrows(IllegalArgumentException.class,
                () -> new HodgesLehmann(3, 0, 1, 0.95)).getMessage());
    }
}
