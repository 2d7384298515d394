package org.cloudnations.sim.model.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exit rule's equations (E1) to (E6) against their closed forms. */
class ExitRuleTest {
    private static final double EPS = 1e-15;

    @Test
    void logisticIsOneHalfAtZeroAndSymmetric() {
        assertEquals(0.5, ExitRule.logistic(0.0), 0.0);
        for (double x = -30; x <= 30; x += 0.37) {
            double p = ExitRule.logistic(x);
            assertEquals(1.0, p + ExitRule.logistic(-x), 1e-15, "symmetry at " + x);
            assertEquals(1.0 / (1.0 + StrictMath.exp(-x)), p, 0.0, "exactly the fdlibm logistic (issue 22)");
            assertTrue(ExitRule.logistic(x + 0.37) >= p, "monotone at " + x);
        }
        assertEquals(1.0, ExitRule.logistic(1000), 0.0);
        assertEquals(0.0, ExitRule.logistic(-1000), 0.0, "no NaN for large negative arguments");
        assertEquals(1 / (1 + Math.exp(-1)), ExitRule.logistic(1), EPS);
    }

    @Test
    void incomesMatchTheirClosedForms() {
        assertEquals(0.7 * 1.2 * 1.5, ExitRule.homeIncome(0.7 * 1.2, 1.5), EPS);
        assertEquals(0.3 * 2.0 * 1.1, ExitRule.grossCloudIncome(0.3, 2.0, 1.1), EPS);
        assertEquals(0.8 * 0.3 * 2.0 * 1.1, ExitRule.cloudIncome(0.8, 0.3, 2.0, 1.1), EPS);
    }

    @Test
    void exitAndReturnProbabilitiesMatchTheClosedForm() {
        Random r = new Random(5);
        for (int i = 0; i < 1000; i++) {
            double beta = 20 * r.nextDouble();
            double cloud = 3 * r.nextDouble();
            double home = 3 * r.nextDouble();
            double kappa = r.nextDouble();
            double loyalty = r.nextDouble();
            double exit = 1.0 / (1.0 + Math.exp(-beta * (cloud - home - kappa - loyalty)));
            double back = 1.0 / (1.0 + Math.exp(-beta * (home - cloud - kappa)));
            assertEquals(exit, ExitRule.exitProbability(beta, cloud, home, kappa, loyalty), 1e-12);
            assertEquals(back, ExitRule.returnProbability(beta, home, cloud, kappa), 1e-12);
        }
        // no preference and no costs: a coin toss; zero intensity of choice: a coin toss whatever the incomes
        assertEquals(0.5, ExitRule.exitProbability(10, 1.0, 1.0, 0.0, 0.0), 0.0);
        assertEquals(0.5, ExitRule.exitProbability(0, 5.0, 1.0, 0.2, 0.3), 0.0);
        // moving cost and loyalty lower the exit probability; moving cost lowers the return probability
        assertTrue(ExitRule.exitProbability(10, 1.5, 1.0, 0.3, 0.0) < ExitRule.exitProbability(10, 1.5, 1.0, 0.1, 0.0));
        assertTrue(ExitRule.exitProbability(10, 1.5, 1.0, 0.1, 0.3) < ExitRule.exitProbability(10, 1.5, 1.0, 0.1, 0.0));
        assertTrue(ExitRule.returnProbability(10, 1.5, 1.0, 0.3) < ExitRule.returnProbability(10, 1.5, 1.0, 0.1));
    }

    @Test
    void candidateAtTheBoundariesOfAHandMadeCdf() {
        double[] cdf = {0.25, 0.5, 0.75, 1.0};
        assertEquals(0, ExitRule.candidate(cdf, 0.0));
        assertEquals(0, ExitRule.candidate(cdf, Math.nextDown(0.25)));
        assertEquals(1, ExitRule.candidate(cdf, 0.25), "u equal to an entry goes to the next index");
        assertEquals(1, ExitRule.candidate(cdf, 0.3));
        assertEquals(2, ExitRule.candidate(cdf, 0.5));
        assertEquals(2, ExitRule.candidate(cdf, Math.nextDown(0.75)));
        assertEquals(3, ExitRule.candidate(cdf, 0.75));
        assertEquals(3, ExitRule.candidate(cdf, Math.nextDown(1.0)));
        assertEquals(0, ExitRule.candidate(new double[] {1.0}, 0.0));
        assertEquals(0, ExitRule.candidate(new double[] {1.0}, 0.999));
    }

    @Test
    void candidateSkipsZeroWeightEntries() {
        double[] cdf = {0.0, 0.5, 0.5, 0.5, 1.0};
        assertEquals(1, ExitRule.candidate(cdf, 0.0), "an entry of weight zero is never chosen");
        assertEquals(1, ExitRule.candidate(cdf, 0.49));
        assertEquals(4, ExitRule.candidate(cdf, 0.5));
        assertEquals(4, ExitRule.candidate(cdf, 0.99));
    }

    @Test
    void candidateAgreesWithALinearScan() {
        Random r = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int c = 1 + r.nextInt(40);
            double[] cdf = new double[c];
            double acc = 0;
            double[] w = new double[c];
            for (int k = 0; k < c; k++) {
                w[k] = r.nextInt(4) == 0 ? 0 : r.nextInt(10);
                acc += w[k] + 1;
            }
            double run = 0;
            for (int k = 0; k < c; k++) {
                run += w[k] + 1;
                cdf[k] = run / acc;
            }
            cdf[c - 1] = 1.0;
            for (int j = 0; j < 50; j++) {
                double u = j < 5 ? cdf[r.nextInt(c)] % 1.0 : r.nextDouble();
                int expected = 0;
                while (!(u < cdf[expected])) {
                    expected++;
                }
                assertEquals(expected, ExitRule.candidate(cdf, u), "u=" + u);
            }
        }
    }

    @Test
    void productivityIsQTimesOnePlusRelativeSizeToTheGamma() {
        assertEquals(1.1, ExitRule.productivity(1.1, 0, 1000, 0.5), 0.0);
        assertEquals(1.1 * Math.sqrt(2), ExitRule.productivity(1.1, 1000, 1000, 0.5), 1e-15);
        assertEquals(2.0 * Math.pow(1 + 250.0 / 100.0, 0.3), ExitRule.productivity(2.0, 250, 100, 0.3), 1e-15);
        assertEquals(1.1, ExitRule.productivity(1.1, 5000, 1000, 0.0), 0.0, "gamma 0: no network effect");
        assertEquals(1.1 * 6, ExitRule.productivity(1.1, 5000, 1000, 1.0), 1e-14, "gamma 1: linear");
    }

    /** Issue 22: the shortcuts of logitWeight give exactly the bits of the StrictMath call. */
    @Test
    void logitWeightIsExactlyTheStrictMathExponential() {
        Random r = new Random(22);
        for (int n = 0; n < 10_000; n++) {
            double beta = 20 * r.nextDouble();
            double best = 3 * r.nextDouble();
            double value = r.nextInt(4) == 0 ? best : best - 2 * r.nextDouble();
            assertEquals(Double.doubleToRawLongBits(StrictMath.exp(beta * (value - best))),
                    Double.doubleToRawLongBits(ExitRule.logitWeight(beta, value, best)), "at " + value + ", " + best);
        }
        assertEquals(0.0, ExitRule.logitWeight(0.0, Double.NEGATIVE_INFINITY, 1.0), 0.0, "closed option, beta 0: 0, not NaN");
        assertEquals(0.0, ExitRule.logitWeight(5.0, Double.NEGATIVE_INFINITY, 1.0), 0.0);
        assertEquals(1.0, ExitRule.logitWeight(0.0, -7.0, 1.0), 0.0, "beta 0: every open option weighs 1");
    }
}
