package org.cloudnations.sim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.sweep.FunctionModel;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.run.SweepListener;
import org.cloudnations.sim.sweep.run.SweepPlan;
import org.cloudnations.sim.sweep.run.SweepRunner;
import org.cloudnations.sim.sweep.run.SweepSpec;
import org.cloudnations.sim.sweep.run.SweepSummary;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sensitivity indices through the same code path as model sweeps: a test model run by
 * SweepRunner (Runner, World, runs.csv), then Sensitivity reading runs.csv back.
 */
class SweepSensitivityTest {
    @TempDir
    Path tmp;

    /** Rows of sensitivity.csv keyed by "parameter index". */
    private static Map<String, double[]> read(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(SweepFolder.SENSITIVITY));
        assertEquals(Sensitivity.HEADER, lines.get(0));
        Map<String, double[]> m = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            m.put(f[2] + " " + f[3], new double[] {Double.parseDouble(f[4]),
                f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5]),
                f[6].isEmpty() ? Double.NaN : Double.parseDouble(f[6]), Double.parseDouble(f[7])});
        }
        return m;
    }

    /**
     * Analytic Sobol indices of the Ishigami function y = sin x1 + a sin^2 x2 + b x3^4 sin x1 on
     * [-pi, pi]^3 (Ishigami &amp; Homma 1990; Sobol' &amp; Levitan 1999): V1 = (1 + b pi^4 / 5)^2 / 2,
     * V2 = a^2 / 8, V13 = b^2 pi^8 (1/18 - 1/50), V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2.
     * With a = 7, b = 0.1: S1 = 0.314, S2 = 0.442, S3 = 0, ST1 = 0.558, ST2 = 0.442, ST3 = 0.244.
     */
    @Test
    void ishigamiSobolIndicesAreWithinTheirBootstrapIntervals() throws IOException {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi4 * pi4 * (1.0 / 18 - 1.0 / 50);
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi4 * pi4 / 18 + 0.5;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.314, s1[0], 5e-4);
        assertEquals(0.442, s1[1], 5e-4);
        assertEquals(0.558, st[0], 5e-4);
        assertEquals(0.244, st[2], 5e-4);

        FunctionModel model = FunctionModel.ishigami();
        int n = 1 << 12;
        List<Vary> varies = List.of(Vary.parse("x1=-3.141592653589793:3.141592653589793", model.parameters()),
                Vary.parse("x2=-3.141592653589793:3.141592653589793", model.parameters()),
                Vary.parse("x3=-3.141592653589793:3.141592653589793", model.parameters()));
        SweepPlan plan = SweepPlan.of(new SweepSpec(model.scenario(), Map.of(), varies, DesignKind.SOBOL, n, 0, 1, 1,
                2024, 0, 1000, "ishigami test"));
        assertEquals(n * 5, plan.runs());
        SweepSummary summary = SweepRunner.run(plan, tmp.resolve("ishigami"), 2, false, SweepListener.NONE);
        assertTrue(summary.sensitivity());
        Map<String, double[]> idx = read(tmp.resolve("ishigami"));
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            double[] first = idx.get("x" + (i + 1) + " S1");
            double[] total = idx.get("x" + (i + 1) + " ST");
            report.append(String.format("x%d S1 %.4f [%.4f, %.4f] (%.3f)  ST %.4f [%.4f, %.4f] (%.3f)%n", i + 1,
                    first[0], first[1], first[2], s1[i], total[0], total[1], total[2], st[i]));
            assertEquals(n, first[3], "every base sample used");
        }
        System.out.print(report);
        for (int i = 0; i < 3; i++) {
            double[] first = idx.get("x" + (i + 1) + " S1");
            double[] total = idx.get("x" + (i + 1) + " ST");
            assertTrue(first[1] <= s1[i] && s1[i] <= first[2], "S1 of x" + (i + 1) + "\n" + report);
            assertTrue(total[1] <= st[i] && st[i] <= total[2], "ST of x" + (i + 1) + "\n" + report);
            assertTrue(first[2] - first[1] < 0.15 && total[2] - total[1] < 0.15, "intervals are informative\n"
                    + report);
        }
    }

    /**
     * Morris on y = 3 x1 - 2 x2 + 0 x3 with x in [0, 2]^3: each elementary effect, per unit of the
     * unit-scaled input, is the coefficient times the range width 2, so mu = (6, -4, 0),
     * mu* = (6, 4, 0) and sigma = 0 exactly.
     */
    @Test
    void morrisRecoversTheEffectsOfALinearFunction() throws IOException {
        FunctionModel model = new FunctionModel("linear", 3, 0, 2, x -> 3 * x[0] - 2 * x[1]);
        List<Vary> varies = List.of(Vary.parse("x1=0:2", model.parameters()), Vary.parse("x2=0:2", model.parameters()),
                Vary.parse("x3=0:2", model.parameters()));
        SweepPlan plan = SweepPlan.of(new SweepSpec(model.scenario(), Map.of(), varies, DesignKind.MORRIS, 30, 4, 2,
                1, 5, 0, 200, "morris test"));
        SweepRunner.run(plan, tmp.resolve("morris"), 2, false, SweepListener.NONE);
        Map<String, double[]> idx = read(tmp.resolve("morris"));
        double[] mu = {6, -4, 0};
        for (int i = 0; i < 3; i++) {
            String x = "x" + (i + 1);
            assertEquals(mu[i], idx.get(x + " mu")[0], 1e-9, x);
            assertEquals(Math.abs(mu[i]), idx.get(x + " mu_star")[0], 1e-9, x);
            assertEquals(0, idx.get(x + " sigma")[0], 1e-9, x);
            assertEquals(30, idx.get(x + " mu_star")[3]);
        }
    }

    @Test
    void sobolEstimatorsMatchAHandComputedCase() {
        // f = x1 + x2 evaluated by hand on two base samples
        double[] ya = {1, 3};
        double[] yb = {2, 0};
        double[][] yab = {{2, 1}, {1, 2}};
        SensitivityIndices.Sobol s = SensitivityIndices.sobol(ya, yb, yab, 0, 1);
        double mean = (1 + 3 + 2 + 0) / 4.0;
        double v = ((1 - mean) * (1 - mean) + (3 - mean) * (3 - mean) + (2 - mean) * (2 - mean) + mean * mean) / 4;
        assertEquals((2 * (2 - 1) + 0 * (1 - 3)) / 2.0 / v, s.first()[0].value(), 1e-12);
        assertEquals(((1 - 2) * (1 - 2) + (3 - 1) * (3 - 1)) / 4.0 / v, s.total()[0].value(), 1e-12);
        assertEquals(((1 - 1) * (1 - 1) + (3 - 2) * (3 - 2)) / 4.0 / v, s.total()[1].value(), 1e-12);
        assertTrue(Double.isNaN(s.first()[0].low()), "no resamples, no interval");
    }
}
