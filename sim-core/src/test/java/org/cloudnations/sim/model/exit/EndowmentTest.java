package org.cloudnations.sim.model.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.cloudnations.sim.random.CounterRandom;
import org.junit.jupiter.api.Test;

/**
 * The initial distributions (E0). Sample means over 200 000 individuals must lie within 4 standard
 * errors of the theoretical mean (a two-sided level of about 6e-5 per check); goodness-of-fit tests
 * use the level 0.001. Keys are fixed, so every check is deterministic.
 */
class EndowmentTest {
    private static final int N = 200_000;
    private static final long KEY = CounterRandom.streamKey(2024L, 0, Endowment.STREAM);
    private static final double ALPHA = 0.001;

    private static double[] sample(IntToDoubleFunction f) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = f.applyAsDouble(i);
        }
        return x;
    }

    private static void assertMean(double expected, double[] x, String what) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : x) {
            s.addValue(v);
        }
        double se = s.getStandardDeviation() / Math.sqrt(x.length);
        assertTrue(Math.abs(s.getMean() - expected) < 4 * se,
                what + ": mean " + s.getMean() + ", expected " + expected + " +- " + 4 * se);
    }

    @Test
    void skillIsLogNormalWithMeanOne() {
        for (double sigma : new double[] {0.3, 0.8, 1.2}) {
            double[] h = sample(i -> Endowment.skill(KEY, i, sigma));
            assertMean(1.0, h, "skill, sigma " + sigma);
            double[] logH = new double[N];
            for (int i = 0; i < N; i++) {
                assertTrue(h[i] > 0);
                logH[i] = Math.log(h[i]);
            }
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                    new NormalDistribution(-sigma * sigma / 2, sigma), logH);
            assertTrue(p > ALPHA, "log skill vs N(-sigma^2/2, sigma^2), sigma " + sigma + ": p = " + p);
        }
        assertEquals(1.0, Endowment.skill(KEY, 17, 0.0), 0.0, "sigma 0: everyone has skill 1");
    }

    @Test
    void digitalAccessHasMeanDOnTheUnitInterval() {
        for (double d : new double[] {0.05, 0.3, 0.5, 0.7, 0.95}) {
            double[] x = sample(i -> Endowment.digital(KEY, i, d));
            for (double v : x) {
                assertTrue(v >= 0 && v <= 1, "digital access " + v);
            }
            assertMean(d, x, "digital access, D " + d);
            // Beta(a, 1) has the cdf x^a, so d^a is U(0, 1) exactly when d ~ Beta(a, 1)
            double a = d / (1 - d);
            double[] u = new double[N];
            for (int i = 0; i < N; i++) {
                u[i] = Math.pow(x[i], a);
            }
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), u);
            assertTrue(p > ALPHA, "digital access vs Beta(D/(1-D), 1), D " + d + ": p = " + p);
        }
    }

    @Test
    void loyaltyIsExponentialWithMeanL() {
        for (double l : new double[] {0.1, 0.3, 1.0, 5.0}) {
            double[] x = sample(i -> Endowment.loyalty(KEY, i, l));
            assertMean(l, x, "loyalty, L " + l);
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ExponentialDistribution(l), x);
            assertTrue(p > ALPHA, "loyalty vs Exp(mean L), L " + l + ": p = " + p);
        }
        assertEquals(0.0, Endowment.loyalty(KEY, 3, 0.0), 0.0, "L 0: no loyalty");
    }

    @Test
    void homeIsUniformOverStates() {
        int states = 20;
        long[] counts = new long[states];
        double[] expected = new double[states];
        for (int i = 0; i < N; i++) {
            int s = Endowment.home(KEY, i, states);
            assertTrue(s >= 0 && s < states, "state " + s);
            counts[s]++;
        }
        java.util.Arrays.fill(expected, (double) N / states);
        double p = new ChiSquareTest().chiSquareTest(expected, counts);
        assertTrue(p > ALPHA, "chi-square p = " + p);
        assertEquals(0, Endowment.home(KEY, 5, 1));
    }

    @Test
    void stateProductivityIsLogNormalWithMeanOneAndDependsOnlyOnSeedAndState() {
        double[] a = sample(s -> Endowment.stateProductivity(77L, s, 0.3));
        assertMean(1.0, a, "state productivity");
        assertEquals(a[3], Endowment.stateProductivity(77L, 3, 0.3), 0.0);
        assertTrue(a[3] != Endowment.stateProductivity(78L, 3, 0.3));
    }

    @Test
    void attributesOfOneIndividualAreIndependent() {
        // they use different draws of the initialisation stream
        double[] h = sample(i -> Math.log(Endowment.skill(KEY, i, 0.8)));
        double[] d = sample(i -> Endowment.digital(KEY, i, 0.5));
        double[] l = sample(i -> Endowment.loyalty(KEY, i, 0.3));
        double[] s = sample(i -> Endowment.home(KEY, i, 20));
        org.apache.commons.math3.stat.correlation.PearsonsCorrelation pc =
                new org.apache.commons.math3.stat.correlation.PearsonsCorrelation();
        // |r| < 0.01 is about 4.5 standard errors at n = 200 000
        assertTrue(Math.abs(pc.correlation(h, d)) < 0.01, "skill and digital access");
        assertTrue(Math.abs(pc.correlation(h, l)) < 0.01, "skill and loyalty");
        assertTrue(Math.abs(pc.correlation(d, l)) < 0.01, "digital access and loyalty");
        assertTrue(Math.abs(pc.correlation(h, s)) < 0.01, "skill and home");
        assertTrue(Math.abs(pc.correlation(d, s)) < 0.01, "digital access and home");
    }
}
