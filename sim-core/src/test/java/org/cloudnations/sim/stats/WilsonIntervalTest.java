package org.cloudnations.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The Wilson score interval against the worked examples of R. G. Newcombe, Two-sided confidence
 * intervals for the single proportion: comparison of seven methods, Statistics in Medicine 17(8)
 * 1998, 857-872, Table II, method 3 (score interval without continuity correction), given there
 * to four decimals.
 */
class WilsonIntervalTest {
    private static void assertInterval(long k, long n, double lower, double upper) {
        WilsonInterval w = WilsonInterval.of(k, n);
        assertEquals((double) k / n, w.share(), 0.0);
        assertEquals(lower, w.lower(), 0.5e-4, k + "/" + n + " lower");
        assertEquals(upper, w.upper(), 0.5e-4, k + "/" + n + " upper");
    }

    @Test
    void matchesNewcombesWorkedExamples() {
        assertInterval(81, 263, 0.2553, 0.3662);
        assertInterval(15, 148, 0.0624, 0.1605);
        assertInterval(0, 20, 0.0, 0.1611);
        assertInterval(1, 29, 0.0061, 0.1718);
    }

    @Test
    void allSuccessesGiveAnUpperEndOfOne() {
        WilsonInterval w = WilsonInterval.of(20, 20);
        assertEquals(1.0, w.upper(), 1e-12);
        assertEquals(1 - 0.1611, w.lower(), 0.5e-4); // the mirror of 0/20 above
    }

    @Test
    void refusesImpossibleCounts() {
        assertEquals("successes 3 of 2 trials: allowed 0 to trials, and at least one trial",
                assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(3, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 5));
    }
}
