package org.cloudnations.sim.model.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The AI economy's production rule (A7), (A12) against the closed form of Acemoglu and Restrepo's
 * Cobb-Douglas task model: labour share {@code W L / Y = N - I} and {@code W = (N - I) Y / L},
 * to 1e-12, over a grid of capabilities, ticks and factor quantities.
 */
class FirmProductionTest {
    private static final double TOL = 1e-12;

    @Test
    void wageBillIsTheLabourShareOfOutputAndWageIsTheClosedForm() {
        double[] capabilities = {0.0, 0.3, 1.0, 7.5, 120.0, 1e4};
        long[] ticks = {0, 1, 50, 400};
        double[] labours = {0.5, 3.0, 1234.5};
        int checked = 0;
        for (double a : capabilities) {
            for (long t : ticks) {
                for (double l : labours) {
                    double n = FirmProduction.taskFrontier(0.0005, t);
                    double share = FirmProduction.labourShare(0.15, a, 0.0005, t, 0.2);
                    double i = n - share;
                    double k = 1.0 * (1.0 + a) * 800.0;
                    double y = FirmProduction.output(1.3, k, l, n, i);
                    double w = FirmProduction.wage(y, l, n, i);
                    // closed form (T1): Y = B (K / sK)^sK (L / sL)^sL with sL = N - I, sK = 1 - sL
                    double sL = n - i;
                    double sK = 1.0 - sL;
                    double closedY = 1.3 * (sK == 0 ? 1.0 : Math.pow(k / sK, sK)) * Math.pow(l / sL, sL);
                    assertEquals(1.0, y / closedY, TOL, "output, a=" + a + " t=" + t + " L=" + l);
                    assertEquals(sL, w * l / y, TOL, "labour share N - I, a=" + a + " t=" + t + " L=" + l);
                    assertEquals((n - i) * y / l, w, TOL * w, "wage (N - I) Y / L");
                    checked++;
                }
            }
        }
        assertEquals(capabilities.length * ticks.length * labours.length, checked);
    }

    @Test
    void labourShareFollowsTheAutomationFrontierAndItsFloor() {
        // no AI: every task is done by labour
        assertEquals(1.0, FirmProduction.labourShare(0.15, 0.0, 0.0, 0, 0.2), 0.0);
        // capability automates lambda ln(1 + a) of the tasks
        assertEquals(1.0 - 0.15 * Math.log(3.0), FirmProduction.labourShare(0.15, 2.0, 0.0, 0, 0.2), TOL);
        // new tasks reinstate labour at nu per tick
        assertEquals(1.0 - 0.15 * Math.log(3.0) + 0.01 * 10,
                FirmProduction.labourShare(0.15, 2.0, 0.01, 10, 0.2), TOL);
        // Moravec floor: the share never falls below mu_M
        assertEquals(0.2, FirmProduction.labourShare(0.15, 1e9, 0.0, 0, 0.2), 0.0);
        assertTrue(FirmProduction.labourShare(0.15, 1e9, 0.0, 0, 0.0) == 0.0);
    }

    @Test
    void withoutLabourThereIsNoOutputAndNoWage() {
        assertEquals(0.0, FirmProduction.output(1.0, 10.0, 0.0, 1.0, 0.5), 0.0);
        assertEquals(0.0, FirmProduction.wage(0.0, 0.0, 1.0, 0.5), 0.0);
    }

    /** Regression: a sweep of value-paradox with 500 individuals failed on a firm with no initial employees. */
    @Test
    void aFirmWithoutCapitalProducesOnlyWhatLabourAloneDoes() {
        assertEquals(0.0, FirmProduction.output(1.3, 0.0, 5.0, 1.2, 0.5), 0.0);
        assertEquals(1.3 * 5.0, FirmProduction.output(1.3, 0.0, 5.0, 1.2, 0.2), 1e-12);
        // the limit: output falls to 0 as K does, for any automated share
        double small = FirmProduction.output(1.3, 1e-300, 5.0, 1.2, 0.5);
        assertTrue(small >= 0 && small < 1e-80, "Y(K = 1e-300) = " + small);
    }
}
