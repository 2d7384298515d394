package org.cloudnations.sim.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cloudnations.sim.engine.Accumulator;
import org.junit.jupiter.api.Test;

/** The tolerance of accounting identities: relative to the largest term, plus the tallies' fixed-point unit. */
class ToleranceTest {
    @Test
    void balancesWithinTheRelativeToleranceOfTheLargestTerm() {
        Tolerance t = Tolerance.rounding();
        assertTrue(t.balances(1e6, -1e6 + 1e-4, -1e-4));
        assertTrue(t.balances(1e6, -1e6 + 9e-4)); // 9e-4 <= 1e-9 * 1e6
        assertFalse(t.balances(1e6, -1e6 + 2e-3));
        assertFalse(t.balances(1.0, Double.NaN), "NaN never balances");
        assertFalse(t.balances(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertTrue(t.balances(), "no terms: zero");
    }

    @Test
    void talliedValuesAddOneFixedPointUnitEach() {
        // n values truncated by the Accumulator lose up to n units of 2^-24 between two tallies of the same sum
        int n = 1000;
        Accumulator a = new Accumulator(2, 0);
        double exact = 0;
        for (int i = 0; i < n; i++) {
            double v = 0.1 + i * 1e-7;
            a.add(0, v);
            exact += v;
        }
        double tallied = a.sum(0);
        assertTrue(exact - tallied > 1e-9 * exact, "the truncation is larger than the relative tolerance alone");
        assertFalse(Tolerance.rounding().balances(tallied, -exact));
        assertTrue(Tolerance.tallied(n).balances(tallied, -exact));
        assertEquals(1.0 / (1 << 24), Tolerance.TALLY_UNIT);
    }

    @Test
    void describesItselfAndRefusesNonsense() {
        assertEquals("to 1e-9 of the largest term", Tolerance.rounding().toString());
        assertEquals("to 1e-9 of the largest term plus 2^-24 per tallied value", Tolerance.tallied(3).toString());
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(1e-9, -1));
    }
}
