package org.cloudnations.sim.scenarios;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The claim assertion of {@link Replicates} on made-up arms (no runs). */
class ReplicatesTest {

    /** Issue 16's example as two arms: 10 seeds larger by 1..10, 9 ties, one smaller by 20. */
    private static double[][] issueExample() {
        double[] larger = new double[20];
        double[] smaller = new double[20];
        for (int i = 0; i < 20; i++) {
            smaller[i] = 100;
            larger[i] = 100 + (i < 10 ? i + 1 : 0);
        }
        larger[19] = 80;
        return new double[][] {larger, smaller};
    }

    @Test
    void tiedSeedsNoLongerMakeAClaim() {
        // commons-math ranked the 9 zeros and gave p = 7.1e-4 < 0.01; dropped, p = 0.054
        double[][] arms = issueExample();
        AssertionError e = assertThrows(AssertionError.class,
                () -> Replicates.assertLarger("issue 16 example", arms[0], arms[1], 0));
        assertTrue(e.getMessage().startsWith("issue 16 example: needs p < 0.01, a shift above 0.0 and its 95% "
                + "interval above 0; signed-rank V = 55.0, n = 11 (9 zeros, WILCOXON), p = 0.0537109375"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Hodges-Lehmann shift 2.25, 95% CI [0.0, 4.5]"), e.getMessage());
    }

    @Test
    void aClaimMustExceedItsSmallestEffect() {
        double[] larger = new double[20];
        double[] smaller = new double[20];
        for (int i = 0; i < 20; i++) {
            smaller[i] = 0.3;
            larger[i] = 0.3 + 0.005 + 0.0001 * i;
        }
        // all 20 seeds larger, p = 2 / 2^20, but by about half a point of a share
        assertDoesNotThrow(() -> Replicates.assertLarger("half a point", larger, smaller, 0.001));
        AssertionError e = assertThrows(AssertionError.class,
                () -> Replicates.assertLarger("one point", larger, smaller, 0.01));
        assertTrue(e.getMessage().contains("p = 1.9073486328125E-6"), e.getMessage());
        assertThrows(AssertionError.class, () -> Replicates.assertLargerByShare("5% of 0.3", larger, smaller, 0.05));
    }
}
