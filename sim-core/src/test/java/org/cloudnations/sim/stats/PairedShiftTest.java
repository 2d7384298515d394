package org.cloudnations.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedShiftTest {

    @Test
    void aShiftIsEstablishedOnlyWhenSignificantAndItsIntervalClearsTheSmallestEffect() {
        // larger - smaller = 1..12 plus 10: all positive, p = 2 / 2^12 = 4.9e-4; Walsh averages of
        // 11..22, the 95% interval [W_(14), W_(65)] with k = qsignrank(0.025, 12) = 14
        double[] smaller = new double[12];
        double[] larger = new double[12];
        for (int i = 0; i < 12; i++) {
            smaller[i] = 100 - i;
            larger[i] = smaller[i] + 11 + i;
        }
        PairedShift s = PairedShift.of(larger, smaller);
        assertEquals(2.0 / 4096, s.test().pValue(), 1e-15);
        assertEquals(16.5, s.shift().estimate());
        double[] walsh = HodgesLehmann.walshAverages(SignedRankTest.differences(larger, smaller));
        assertEquals(14, SignedRankDistribution.ofFirst(12).quantile(0.025));
        assertEquals(walsh[13], s.shift().lower());
        assertTrue(s.holdsWithConfidence(0.01, s.shift().lower() - 1e-9));
        assertFalse(s.holdsWithConfidence(0.01, s.shift().lower()), "the interval must lie above the smallest effect");
        assertTrue(s.holds(0.01, s.shift().lower()), "the estimate is enough for holds");
        assertTrue(s.holds(0.01, 16.5 - 1e-9));
        assertFalse(s.holds(0.01, 16.5), "the estimate must exceed the smallest effect");
        assertFalse(s.holdsWithConfidence(1e-4, 0), "p = 4.9e-4 is not below 1e-4");
        assertFalse(s.holds(1e-4, 0), "p = 4.9e-4 is not below 1e-4");
    }

    @Test
    void aSignificantShiftBelowTheSmallestEffectIsNotEstablished() {
        double[] smaller = new double[20];
        double[] larger = new double[20];
        for (int i = 0; i < 20; i++) {
            smaller[i] = i;
            larger[i] = i + 0.001 * (i + 1);
        }
        PairedShift s = PairedShift.of(larger, smaller);
        assertTrue(s.test().pValue() < 1e-5);
        assertFalse(s.holds(0.01, 0.1), s.toString());
        assertFalse(s.holdsWithConfidence(0.01, 0.1), s.toString());
    }

    @Test
    void anIntervalReachingZeroDoesNotHoldWhateverTheEstimate() {
        // the issue's example: p = 0.054 with zeros dropped, and the interval reaches 0
        double[] d = SignedRankTestTest.issueExample();
        PairedShift s = PairedShift.of(d, new double[20]);
        assertTrue(s.shift().estimate() > 1);
        assertFalse(s.holds(0.9, 1), s.toString());
    }

    @Test
    void badArgumentsAreRejected() {
        PairedShift s = PairedShift.of(new double[] {2, 3}, new double[] {1, 1});
        assertEquals("minimalEffect must be finite and >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> s.holds(0.01, -1)).getMessage());
        assertEquals("alpha must be in (0, 1), got NaN",
                assertThrows(IllegalArgumentException.class, () -> s.holdsWithConfidence(Double.NaN, 0)).getMessage());
    }
}
