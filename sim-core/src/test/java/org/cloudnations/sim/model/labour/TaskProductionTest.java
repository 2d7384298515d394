package org.cloudnations.sim.model.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The task-based production rule (T1) to (T6) against its derivation. Reference: Acemoglu &amp;
 * Restrepo, AER 108(6) 2018, static model (Section I) with the task aggregator
 * {@code Y = (integral over [N-1, N] of y(i)^((sigma-1)/sigma) di)^(sigma/(sigma-1))} in the
 * limit sigma = 1, i.e. {@code ln Y = ln B + integral of ln y(i) di}; labour share {@code N - I}
 * and {@code W = (N - I) Y / L} as in ../shared/ANCHORS.md, row "automation of tasks". The
 * reference values below are not copied from the paper: they are recomputed here from that
 * integral (by Simpson's rule) and from the definition of a marginal product (by central
 * differences), independently of the closed forms in {@link TaskProduction}.
 */
class TaskProductionTest {
    private static final double REL = 1e-12;

    /** N values, including negative and non-integer ones: only N - I matters for the shares. */
    private static final double[] NS = {-3.0, 0.0, 1.0, 2.5, 7.3};
    /** Labour shares N - I from "no task automated" (1) to "every task automated" (0). */
    private static final double[] LABOUR_SHARES = {1.0, 0.9, 0.73, 0.5, 0.25, 0.1, 1e-3, 0.0};
    private static final double[] KS = {0.01, 1.0, 3.7, 1000.0};
    private static final double[] LS = {0.05, 1.0, 12.0, 5000.0};
    private static final double[] BS = {0.3, 1.0, 42.0};

    private static void assertRel(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, rel * Math.abs(expected), what);
    }

    /**
     * Composite Simpson's rule with {@code n} (even) intervals and Kahan summation, on [a, b];
     * 0 if the interval is empty.
     */
    static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        if (b <= a) {
            return 0.0;
        }
        double h = (b - a) / n;
        double sum = 0.0;
        double c = 0.0;
        for (int j = 0; j <= n; j++) {
            double w = (j == 0 || j == n) ? 1.0 : (j % 2 == 1 ? 4.0 : 2.0);
            double term = w * f.applyAsDouble(a + j * h) - c;
            double t = sum + term;
            c = (t - sum) - term;
            sum = t;
        }
        return sum * h / 3.0;
    }

    /**
     * {@code ln Y = ln B + integral over [N-1, I] of ln k(i) di + integral over [I, N] of ln l(i) di},
     * the task integral, split at the automation frontier where the integrand jumps.
     */
    static double lnOutputByIntegration(double b, DoubleUnaryOperator k, DoubleUnaryOperator l,
                                        double n, double i, int intervals) {
        return Math.log(b)
                + simpson(x -> Math.log(k.applyAsDouble(x)), n - 1.0, i, intervals)
                + simpson(x -> Math.log(l.applyAsDouble(x)), i, n, intervals);
    }

    @Test
    void closedFormEqualsTheTaskIntegralWithTheEvenAllocation() {
        int count = 0;
        for (double n : NS) {
            for (double sL : LABOUR_SHARES) {
                double i = n - sL;
                double sK = 1.0 - sL;
                for (double k : KS) {
                    for (double l : LS) {
                        for (double b : BS) {
                            // even allocation k(i) = K / (I - N + 1), l(i) = L / (N - I)
                            double lnY = lnOutputByIntegration(b, x -> k / sK, x -> l / sL, n, i, 100_000);
                            String at = "B=" + b + " K=" + k + " L=" + l + " N=" + n + " I=" + i;
                            assertRel(Math.exp(lnY), TaskProduction.output(b, k, l, n, i), REL, "Y at " + at);
                            count++;
                        }
                    }
                }
            }
        }
        assertEquals(NS.length * LABOUR_SHARES.length * KS.length * LS.length * BS.length, count);
    }

    @Test
    void theEvenAllocationBeatsAnUnevenOneOfTheSameTotals() {
        // k(i) = (K / s_K) * (1 + a cos(2 pi (i - N + 1) / s_K)) uses K in total (the cosine runs over
        // whole periods) and, by integral of ln(1 + a cos t) over one period = 2 pi ln((1 + sqrt(1 - a^2)) / 2)
        // (Gradshteyn & Ryzhik 4.224.9), lowers output by the factor ((1 + sqrt(1 - a^2)) / 2)^s_K;
        // the same for labour. This also checks the Simpson integrator on a non-constant integrand.
        double b = 1.7;
        double kTotal = 3.0;
        double lTotal = 5.0;
        for (double n : NS) {
            for (double sL : new double[] {0.9, 0.5, 0.25}) {
                double i = n - sL;
                double sK = 1.0 - sL;
                for (double a : new double[] {0.1, 0.5, 0.9}) {
                    DoubleUnaryOperator k = x -> kTotal / sK * (1 + a * Math.cos(2 * Math.PI * (x - n + 1) / sK));
                    DoubleUnaryOperator l = x -> lTotal / sL * (1 + a * Math.cos(4 * Math.PI * (x - i) / sL));
                    assertRel(kTotal, simpson(k, n - 1, i, 100_000), REL, "capital total");
                    assertRel(lTotal, simpson(l, i, n, 100_000), REL, "labour total");
                    double uneven = Math.exp(lnOutputByIntegration(b, k, l, n, i, 100_000));
                    double even = TaskProduction.output(b, kTotal, lTotal, n, i);
                    double loss = Math.log((1 + Math.sqrt(1 - a * a)) / 2);
                    assertRel(even * Math.exp((sK + sL) * loss), uneven, 1e-11, "uneven allocation a=" + a);
                    assertTrue(uneven < even, "even allocation is optimal, a=" + a);
                }
            }
        }
    }

    @Test
    void sharesWageAndRentalMatchTheClosedFormsAndExhaustOutput() {
        for (double n : NS) {
            for (double sL : LABOUR_SHARES) {
                double i = n - sL;
                for (double k : KS) {
                    for (double l : LS) {
                        for (double b : BS) {
                            String at = "B=" + b + " K=" + k + " L=" + l + " N=" + n + " I=" + i;
                            double y = TaskProduction.output(b, k, l, n, i);
                            double w = TaskProduction.wage(b, k, l, n, i);
                            double r = TaskProduction.rental(b, k, l, n, i);
                            double share = TaskProduction.labourShare(n, i);
                            // (T2) labour share = N - I, and the two shares add to one
                            assertEquals(n - i, share, 1e-12, "labour share at " + at);
                            assertEquals(1.0, share + TaskProduction.capitalShare(n, i), 1e-15, at);
                            assertEquals(share, w * l / y, 1e-12, "W L / Y at " + at);
                            assertEquals(share, TaskProduction.wageShare(w * l, y), 1e-12, "wage share at " + at);
                            // (T3), (T4)
                            assertEquals((n - i) * y / l, w, REL * y / l, "W at " + at);
                            assertEquals((i - n + 1) * y / k, r, REL * y / k, "R at " + at);
                            // factor payments exhaust output
                            assertRel(y, w * l + r * k, REL, "W L + R K = Y at " + at);
                            // (T5) the ANCHORS form B' K^(I-N+1) L^(N-I) is the same function
                            double anchor = TaskProduction.anchorProductivity(b, n, i)
                                    * Math.pow(k, i - n + 1) * Math.pow(l, n - i);
                            assertRel(anchor, y, REL, "ANCHORS form at " + at);
                        }
                    }
                }
            }
        }
    }

    @Test
    void wageAndRentalAreTheMarginalProducts() {
        for (double n : NS) {
            for (double sL : LABOUR_SHARES) {
                double i = n - sL;
                for (double k : KS) {
                    for (double l : LS) {
                        double b = 1.3;
                        String at = "K=" + k + " L=" + l + " N=" + n + " I=" + i;
                        double y = TaskProduction.output(b, k, l, n, i);
                        double hl = 1e-4 * l;
                        double hk = 1e-4 * k;
                        double dYdL = (TaskProduction.output(b, k, l + hl, n, i)
                                - TaskProduction.output(b, k, l - hl, n, i)) / (2 * hl);
                        double dYdK = (TaskProduction.output(b, k + hk, l, n, i)
                                - TaskProduction.output(b, k - hk, l, n, i)) / (2 * hk);
                        assertEquals(dYdL, TaskProduction.wage(b, k, l, n, i), 1e-7 * y / l, "dY/dL at " + at);
                        assertEquals(dYdK, TaskProduction.rental(b, k, l, n, i), 1e-7 * y / k, "dY/dK at " + at);
                    }
                }
            }
        }
    }

    @Test
    void edgesOfTheTaskRange() {
        // no task automated: Y = B L, all output to labour; every task automated: Y = B K, wage 0
        assertRel(2.0 * 7.0, TaskProduction.output(2.0, 3.0, 7.0, 5.0, 4.0), REL, "I = N - 1");
        assertEquals(0.0, TaskProduction.rental(2.0, 3.0, 7.0, 5.0, 4.0), 0.0);
        assertEquals(1.0, TaskProduction.labourShare(5.0, 4.0), 0.0);
        assertRel(2.0 * 3.0, TaskProduction.output(2.0, 3.0, 7.0, 5.0, 5.0), REL, "I = N");
        assertEquals(0.0, TaskProduction.wage(2.0, 3.0, 7.0, 5.0, 5.0), 0.0);
        assertEquals(0.0, TaskProduction.labourShare(5.0, 5.0), 0.0);
        // half the tasks automated: Y = B (2K)^(1/2) (2L)^(1/2) = 2 B sqrt(K L)
        assertRel(2 * 1.5 * Math.sqrt(3.0 * 7.0), TaskProduction.output(1.5, 3.0, 7.0, 5.0, 4.5), REL, "I = N - 1/2");
        assertRel(1.5 / (Math.sqrt(0.5) * Math.sqrt(0.5)), TaskProduction.anchorProductivity(1.5, 5.0, 4.5), REL,
                "B' = B / (0.5^0.5 0.5^0.5) = 2 B at I = N - 1/2");
        assertEquals(1.5, TaskProduction.anchorProductivity(1.5, 5.0, 4.0), 0.0, "B' = B at the edges");
        assertEquals(1.5, TaskProduction.anchorProductivity(1.5, 5.0, 5.0), 0.0);
    }

    @Test
    void automationLowersAndNewTasksRaiseTheLabourAndWageShares() {
        double b = 1.0;
        double k = 4.0;
        double l = 2.0;
        double n = 10.0;
        double previousShare = Double.POSITIVE_INFINITY;
        double previousWageShare = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= 20; j++) {
            double i = n - 1 + j / 20.0; // automation: I up at fixed N
            double y = TaskProduction.output(b, k, l, n, i);
            double share = TaskProduction.labourShare(n, i);
            double wageShare = TaskProduction.wageShare(TaskProduction.wage(b, k, l, n, i) * l, y);
            assertTrue(share < previousShare, "labour share falls with I at I=" + i);
            assertTrue(wageShare < previousWageShare, "wage share falls with I at I=" + i);
            previousShare = share;
            previousWageShare = wageShare;
        }
        double i = 9.5;
        previousShare = Double.NEGATIVE_INFINITY;
        previousWageShare = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= 20; j++) {
            double nj = i + j / 20.0; // new tasks: N up at fixed I
            double y = TaskProduction.output(b, k, l, nj, i);
            double share = TaskProduction.labourShare(nj, i);
            double wageShare = TaskProduction.wageShare(TaskProduction.wage(b, k, l, nj, i) * l, y);
            assertTrue(share > previousShare, "labour share rises with N at N=" + nj);
            assertTrue(wageShare > previousWageShare, "wage share rises with N at N=" + nj);
            previousShare = share;
            previousWageShare = wageShare;
        }
    }

    @Test
    void automationWithCheapAgentsSwellsWealthWhileValuePerOutputShrinks() {
        // Row 4.1. Differentiating (T1): d ln Y / dI = ln(k / l) = ln(W / R) with k = K / (I - N + 1),
        // l = L / (N - I); so at fixed K and L automation raises output iff capital is the cheaper factor
        // per task (R < W), and then the value/wealth ratio L / Y (living labour hours per unit of
        // output) falls. New tasks do the opposite: d ln Y / dN = ln(R / W).
        double b = 1.0;
        double n = 3.0;
        for (double[] kl : new double[][] {{8.0, 1.0}, {1.0, 8.0}, {2.0, 3.0}}) {
            double k = kl[0];
            double l = kl[1];
            for (double sL : new double[] {0.8, 0.5, 0.3}) {
                double i = n - sL;
                double h = 1e-6;
                double dLnYdI = (Math.log(TaskProduction.output(b, k, l, n, i + h))
                        - Math.log(TaskProduction.output(b, k, l, n, i - h))) / (2 * h);
                double dLnYdN = (Math.log(TaskProduction.output(b, k, l, n + h, i))
                        - Math.log(TaskProduction.output(b, k, l, n - h, i))) / (2 * h);
                double w = TaskProduction.wage(b, k, l, n, i);
                double r = TaskProduction.rental(b, k, l, n, i);
                String at = "K=" + k + " L=" + l + " N-I=" + sL;
                assertEquals(Math.log(w / r), dLnYdI, 1e-8, "d ln Y / dI at " + at);
                assertEquals(Math.log(r / w), dLnYdN, 1e-8, "d ln Y / dN at " + at);
                double ratioBefore = TaskProduction.valueWealthRatio(l, TaskProduction.output(b, k, l, n, i));
                double ratioAfter = TaskProduction.valueWealthRatio(l, TaskProduction.output(b, k, l, n, i + 0.01));
                if (r < w) {
                    assertTrue(ratioAfter < ratioBefore, "value/wealth falls with automation when R < W at " + at);
                } else {
                    assertTrue(ratioAfter > ratioBefore, "value/wealth rises with automation when R > W at " + at);
                }
            }
        }
        assertEquals(0.25, TaskProduction.valueWealthRatio(1.0, 4.0), 0.0);
        assertEquals(0.0, TaskProduction.valueWealthRatio(0.0, 4.0), 0.0, "no living labour, no value");
    }

    private static void assertMessage(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void badInputIsRejectedWithTheValueAndTheAllowedRange() {
        assertMessage("automation frontier I = 2.5 must be in [N - 1, N] = [3.0, 4.0]",
                () -> TaskProduction.output(1, 1, 1, 4.0, 2.5));
        assertMessage("automation frontier I = 4.5 must be in [N - 1, N] = [3.0, 4.0]",
                () -> TaskProduction.wage(1, 1, 1, 4.0, 4.5));
        assertMessage("automation frontier I = NaN must be in [N - 1, N] = [3.0, 4.0]",
                () -> TaskProduction.labourShare(4.0, Double.NaN));
        assertMessage("automation frontier I = " + Math.nextUp(4.0) + " must be in [N - 1, N] = [3.0, 4.0]",
                () -> TaskProduction.capitalShare(4.0, Math.nextUp(4.0)));
        assertMessage("task frontier N = NaN must be finite",
                () -> TaskProduction.rental(1, 1, 1, Double.NaN, 0.5));
        assertMessage("task frontier N = Infinity must be finite",
                () -> TaskProduction.labourShare(Double.POSITIVE_INFINITY, 0.5));
        assertMessage("capital K = -1.0 must be finite and in (0, +inf)",
                () -> TaskProduction.output(1, -1, 1, 4.0, 3.5));
        assertMessage("capital K = 0.0 must be finite and in (0, +inf)",
                () -> TaskProduction.rental(1, 0, 1, 4.0, 3.5));
        assertMessage("labour L = Infinity must be finite and in (0, +inf)",
                () -> TaskProduction.wage(1, 1, Double.POSITIVE_INFINITY, 4.0, 3.5));
        assertMessage("labour L = 0.0 must be finite and in (0, +inf)",
                () -> TaskProduction.output(1, 1, 0, 4.0, 3.5));
        assertMessage("productivity B = NaN must be finite and in (0, +inf)",
                () -> TaskProduction.output(Double.NaN, 1, 1, 4.0, 3.5));
        assertMessage("productivity B = -2.0 must be finite and in (0, +inf)",
                () -> TaskProduction.anchorProductivity(-2, 4.0, 3.5));
        assertMessage("labour hours H = -1.0 must be finite and in [0, +inf)",
                () -> TaskProduction.valueWealthRatio(-1, 1));
        assertMessage("output Y = 0.0 must be finite and in (0, +inf)",
                () -> TaskProduction.valueWealthRatio(1, 0));
        assertMessage("wage bill W*L = NaN must be finite and in [0, +inf)",
                () -> TaskProduction.wageShare(Double.NaN, 1));
    }
}
