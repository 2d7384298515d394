package org.cloudnations.sim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Statistical and structural checks of the counter-based generator. Every statistical test uses
 * fixed keys, so it is deterministic; the significance level is 0.001 for goodness of fit and
 * |r| &lt; 0.01 (about 3.2 standard errors at n = 100 000) for correlations.
 */
class CounterRandomTest {
    private static final int N = 100_000;
    private static final double ALPHA = 0.001;
    private static final long KEY = CounterRandom.streamKey(42L, 7L, 3);

    private static double[] sample(LongToDoubleFunction draw) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = draw.applyAsDouble(i);
        }
        return x;
    }

    private static double ksUniform(double[] x) {
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0.0, 1.0), x);
    }

    @Test
    void mix64IsTheSplitMix64Finaliser() {
        // Reference: the first outputs of Vigna's splitmix64.c (prng.di.unimi.it) seeded with 0,
        // i.e. mix64(k * 0x9E3779B97F4A7C15) for k = 1, 2, 3, 4.
        long gamma = 0x9E3779B97F4A7C15L;
        assertEquals(0xE220A8397B1DCDAFL, CounterRandom.mix64(gamma));
        assertEquals(0x6E789E6AA1B965F4L, CounterRandom.mix64(2 * gamma));
        assertEquals(0x06C45D188009454FL, CounterRandom.mix64(3 * gamma));
        assertEquals(0xF88BB8A8724C81ECL, CounterRandom.mix64(4 * gamma));
    }

    @Test
    void drawsAreSplitMix64OutputsAtCounterIdTimesDrawsPerIdPlusK() {
        // With key 0, draw k of individual id is output number id * DRAWS_PER_ID + k (from 0) of
        // SplitMix64 seeded with 0 (values as in mix64IsTheSplitMix64Finaliser).
        assertEquals(0xE220A8397B1DCDAFL, CounterRandom.bits(0L, 0, 0));
        assertEquals(0x6E789E6AA1B965F4L, CounterRandom.bits(0L, 0, 1));
        assertEquals(0x06C45D188009454FL, CounterRandom.bits(0L, 0, 2));
        assertEquals(CounterRandom.bits(0L, 0, CounterRandom.DRAWS_PER_ID), CounterRandom.bits(0L, 1, 0));
    }

    @Test
    void uniformMatchesU01ByKolmogorovSmirnov() {
        for (int k = 0; k < 3; k++) {
            int draw = k;
            double p = ksUniform(sample(i -> CounterRandom.uniform(KEY, i, draw)));
            assertTrue(p > ALPHA, "KS p-value for draw " + k + ": " + p);
        }
        // across draw numbers and ids in counter order
        double p = ksUniform(sample(i -> CounterRandom.uniform(KEY, i / CounterRandom.DRAWS_PER_ID,
                (int) (i % CounterRandom.DRAWS_PER_ID))));
        assertTrue(p > ALPHA, "KS p-value in counter order: " + p);
    }

    @Test
    void uniformAcrossTicksAndSeedsMatchesU01() {
        // one draw of one individual in many different streams
        double p1 = ksUniform(sample(t -> CounterRandom.uniform(CounterRandom.streamKey(1L, t, 10), 5, 0)));
        assertTrue(p1 > ALPHA, "across ticks: " + p1);
        double p2 = ksUniform(sample(s -> CounterRandom.uniform(CounterRandom.streamKey(s, 1, 10), 5, 0)));
        assertTrue(p2 > ALPHA, "across seeds: " + p2);
    }

    @Test
    void uniformStaysInItsHalfOpenIntervals() {
        for (int i = 0; i < N; i++) {
            double u = CounterRandom.uniform(KEY, i, 0);
            double v = CounterRandom.uniformPositive(KEY, i, 0);
            assertTrue(u >= 0.0 && u < 1.0, "uniform " + u);
            assertTrue(v > 0.0 && v <= 1.0, "uniformPositive " + v);
            assertEquals(0x1p-53, v - u, 0.0, "uniformPositive is uniform shifted by one ulp of 2^-53");
        }
    }

    @Test
    void neighbouringDrawsAreUncorrelated() {
        PearsonsCorrelation pc = new PearsonsCorrelation();
        long keyNext = CounterRandom.streamKey(42L, 8L, 3);
        long streamNext = CounterRandom.streamKey(42L, 7L, 4);
        long seedNext = CounterRandom.streamKey(43L, 7L, 3);
        double[] base = sample(i -> CounterRandom.uniform(KEY, i, 0));
        double[][] others = {
            sample(i -> CounterRandom.uniform(KEY, i + 1, 0)), // adjacent ids
            sample(i -> CounterRandom.uniform(KEY, i, 1)), // draw k vs k + 1
            sample(i -> CounterRandom.uniform(KEY, i, CounterRandom.DRAWS_PER_ID - 1)), // k = 0 vs 7
            sample(i -> CounterRandom.uniform(keyNext, i, 0)), // adjacent ticks
            sample(i -> CounterRandom.uniform(streamNext, i, 0)), // adjacent streams
            sample(i -> CounterRandom.uniform(seedNext, i, 0)), // adjacent seeds
        };
        String[] what = {"ids", "draws", "draws 0 and 7", "ticks", "streams", "seeds"};
        for (int j = 0; j < others.length; j++) {
            double r = pc.correlation(base, others[j]);
            assertTrue(Math.abs(r) < 0.01, "correlation of adjacent " + what[j] + ": " + r);
        }
        // draw 7 of id i and draw 0 of id i + 1 are neighbours on the counter
        double r = pc.correlation(sample(i -> CounterRandom.uniform(KEY, i, CounterRandom.DRAWS_PER_ID - 1)),
                sample(i -> CounterRandom.uniform(KEY, i + 1, 0)));
        assertTrue(Math.abs(r) < 0.01, "correlation across the id boundary: " + r);
    }

    @Test
    void gaussianIsStandardNormal() {
        double[] z = sample(i -> CounterRandom.gaussian(KEY, i, 0));
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0.0, 1.0), z);
        assertTrue(p > ALPHA, "KS p-value vs N(0,1): " + p);
        SummaryStatistics s = new SummaryStatistics();
        for (double v : z) {
            s.addValue(v);
            assertTrue(Double.isFinite(v), "non-finite gaussian " + v);
        }
        // 4 standard errors: mean SE = 1/sqrt(N), sd SE ~ 1/sqrt(2N)
        assertEquals(0.0, s.getMean(), 4 / Math.sqrt(N), "mean");
        assertEquals(1.0, s.getStandardDeviation(), 4 / Math.sqrt(2.0 * N), "standard deviation");
    }

    @Test
    void drawsArePureFunctionsOfTheirInputs() {
        for (int i = 0; i < 1000; i++) {
            long key = CounterRandom.streamKey(i, i * 3L, i % 5);
            assertEquals(key, CounterRandom.streamKey(i, i * 3L, i % 5));
            assertEquals(CounterRandom.bits(key, i, 3), CounterRandom.bits(key, i, 3));
            assertEquals(Double.doubleToRawLongBits(CounterRandom.uniform(key, i, 1)),
                    Double.doubleToRawLongBits(CounterRandom.uniform(key, i, 1)));
            assertEquals(Double.doubleToRawLongBits(CounterRandom.gaussian(key, i, 4)),
                    Double.doubleToRawLongBits(CounterRandom.gaussian(key, i, 4)));
        }
        // and do not depend on what was drawn before (no hidden state)
        double first = CounterRandom.uniform(KEY, 123, 2);
        for (int i = 0; i < 1000; i++) {
            CounterRandom.uniform(KEY, i, 2);
        }
        assertEquals(first, CounterRandom.uniform(KEY, 123, 2), 0.0);
    }

    @Test
    void streamKeysDifferForDifferentSeedsTicksAndStreams() {
        Set<Long> keys = new HashSet<>();
        long[] seeds = {0L, 1L, 2L, -1L, 42L, Long.MAX_VALUE, Long.MIN_VALUE};
        int count = 0;
        for (long seed : seeds) {
            for (long tick = 0; tick < 50; tick++) {
                for (int stream = 0; stream < 20; stream++) {
                    keys.add(CounterRandom.streamKey(seed, tick, stream));
                    count++;
                }
            }
        }
        assertEquals(count, keys.size(), "stream keys must all differ");
        // the arguments are not interchangeable
        assertNotEquals(CounterRandom.streamKey(1, 2, 3), CounterRandom.streamKey(2, 1, 3));
        assertNotEquals(CounterRandom.streamKey(1, 2, 3), CounterRandom.streamKey(1, 3, 2));
        assertNotEquals(CounterRandom.streamKey(1, 2, 3), CounterRandom.streamKey(3, 2, 1));
    }

    @Test
    void belowAThresholdIsExactlyAUniformBelowTheProbability() {
        double[] ps = {0.0, 1.0, 0.5, 0.05, 0.2, 1e-9, 0x1p-53, Math.nextUp(0.0), Math.nextDown(1.0), 0.1, 1.0 / 3};
        for (double p : ps) {
            long t = CounterRandom.threshold(p);
            for (int i = 0; i < N; i++) {
                assertEquals(CounterRandom.uniform(KEY, i, 3) < p, CounterRandom.below(KEY, i, 3, t), "p = " + p + ", id " + i);
            }
        }
        // at the boundary itself: the draw x * 2^-53 against p = x * 2^-53 and its neighbours
        for (int i = 0; i < 1000; i++) {
            double u = CounterRandom.uniform(KEY, i, 5);
            for (double p : new double[] {u, Math.nextUp(u), Math.nextDown(u)}) {
                if (p >= 0 && p <= 1) {
                    assertEquals(u < p, CounterRandom.below(KEY, i, 5, CounterRandom.threshold(p)), "p = " + p);
                }
            }
        }
    }

    @Test
    void thresholdRejectsWhatIsNotAProbability() {
        for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CounterRandom.threshold(bad));
        }
    }
}
