package org.cloudnations.sim.sweep.sensitivity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.sweep.design.Design;
import org.cloudnations.sim.sweep.design.MorrisDesign;
import org.cloudnations.sim.sweep.design.SaltelliDesign;
import org.cloudnations.sim.sweep.run.SweepPlan;
import org.cloudnations.sim.sweep.store.RunsTable;
import org.cloudnations.sim.sweep.store.SweepFolder;

/**
 * Writes {@code sensitivity.csv} for sobol and morris sweeps, from {@code runs.csv} alone.
 *
 * <p>The output of a design point is the mean of the final metric over its successful
 * replicates. A base sample (sobol) or trajectory (morris) with a point that has no successful
 * replicate (or a NaN mean) is left out; column {@code n} says how many were used.
 *
 * <p>Layout: {@code method,metric,parameter,index,value,ci_low,ci_high,n}, one row per
 * (metric, parameter, index): indices {@code S1} and {@code ST} for sobol, {@code mu},
 * {@code mu_star} and {@code sigma} for morris; 95% percentile-bootstrap intervals for S1, ST and
 * mu_star (empty for the others). Memory: one double per design point for a group of metrics at
 * a time.
 */
public final class Sensitivity {
    /** The header of sensitivity.csv. */
    public static final String HEADER = "method,metric,parameter,index,value,ci_low,ci_high,n";
    private static final long MAX_CELLS = 4_000_000;

    private Sensitivity() {
    }

    /**
     * @param plan the sweep
     * @param dir its folder, with a complete runs.csv
     * @return whether sensitivity.csv was written (sobol and morris designs only)
     * @throws IOException when files cannot be read or written
     */
    public static boolean write(SweepPlan plan, Path dir) throws IOException {
        Design design = plan.design();
        if (!(design instanceof SaltelliDesign) && !(design instanceof MorrisDesign)) {
            return false;
        }
        RunsTable table = RunsTable.open(dir);
        List<String> metrics = table.metrics();
        List<String> params = table.parameters();
        int points = design.points();
        int group = (int) Math.max(1, Math.min(metrics.size(), MAX_CELLS / Math.max(1, points)));
        List<String> lines = new ArrayList<>();
        for (int from = 0; from < metrics.size(); from += group) {
            int to = Math.min(metrics.size(), from + group);
            double[][] y = pointMeans(table, points, from, to);
            for (int m = from; m < to; m++) {
                long seed = CounterRandom.mix64(plan.spec().seed() ^ (0xB0075L + m));
                if (design instanceof SaltelliDesign s) {
                    sobol(s, y[m - from], metrics.get(m), params, plan.spec().bootstrap(), seed, lines);
                } else {
                    morris((MorrisDesign) design, y[m - from], metrics.get(m), params, plan.spec().bootstrap(),
                            seed, lines);
                }
            }
        }
        Path tmp = dir.resolve("." + SweepFolder.SENSITIVITY + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        try {
            Files.move(tmp, dir.resolve(SweepFolder.SENSITIVITY), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(SweepFolder.SENSITIVITY), StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    private static double[][] pointMeans(RunsTable table, int points, int from, int to) throws IOException {
        double[][] sum = new double[to - from][points];
        int[] count = new int[points];
        table.forEach(row -> {
            if (row.ok()) {
                count[row.point()]++;
                for (int m = from; m < to; m++) {
                    sum[m - from][row.point()] += row.metrics()[m];
                }
            }
        });
        for (double[] s : sum) {
            for (int p = 0; p < points; p++) {
                s[p] = count[p] == 0 ? Double.NaN : s[p] / count[p];
            }
        }
        return sum;
    }

    private static void sobol(SaltelliDesign d, double[] y, String metric, List<String> params, int boot, long seed,
                              List<String> out) {
        int k = params.size();
        int n = d.baseSamples();
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[k][n];
        int used = 0;
        for (int j = 0; j < n; j++) {
            int base = j * (k + 2);
            boolean finite = true;
            for (int p = base; p < base + k + 2; p++) {
                finite &= Double.isFinite(y[p]);
            }
            if (!finite) {
                continue;
            }
            a[used] = y[base];
            b[used] = y[base + k + 1];
            for (int i = 0; i < k; i++) {
                ab[i][used] = y[base + 1 + i];
            }
            used++;
        }
        a = Arrays.copyOf(a, used);
        b = Arrays.copyOf(b, used);
        for (int i = 0; i < k; i++) {
            ab[i] = Arrays.copyOf(ab[i], used);
        }
        SensitivityIndices.Sobol s = used < 2 ? null : SensitivityIndices.sobol(a, b, ab, boot, seed);
        for (int i = 0; i < k; i++) {
            out.add(row("sobol", metric, params.get(i), "S1", s == null ? null : s.first()[i], used));
            out.add(row("sobol", metric, params.get(i), "ST", s == null ? null : s.total()[i], used));
        }
    }

    private static void morris(MorrisDesign d, double[] y, String metric, List<String> params, int boot, long seed,
                               List<String> out) {
        int k = params.size();
        int r = d.trajectories();
        double delta = d.delta();
        double[][] ee = new double[k][r];
        int used = 0;
        for (int t = 0; t < r; t++) {
            int base = t * (k + 1);
            boolean finite = true;
            for (int p = base; p <= base + k; p++) {
                finite &= Double.isFinite(y[p]);
            }
            if (!finite) {
                continue;
            }
            MorrisDesign.Trajectory tr = d.trajectory(t);
            for (int s = 1; s <= k; s++) {
                int i = tr.order()[s - 1];
                ee[i][used] = (y[base + s] - y[base + s - 1]) / (tr.direction()[i] * delta);
            }
            used++;
        }
        for (int i = 0; i < k; i++) {
            ee[i] = Arrays.copyOf(ee[i], used);
        }
        SensitivityIndices.Morris m = SensitivityIndices.morris(ee, boot, seed);
        for (int i = 0; i < k; i++) {
            double nan = Double.NaN;
            out.add(row("morris", metric, params.get(i), "mu", new SensitivityIndices.Estimate(m.mu()[i], nan, nan),
                    used));
            out.add(row("morris", metric, params.get(i), "mu_star", m.muStar()[i], used));
            out.add(row("morris", metric, params.get(i), "sigma",
                    new SensitivityIndices.Estimate(m.sigma()[i], nan, nan), used));
        }
    }

    private static String row(String method, String metric, String param, String index,
                              SensitivityIndices.Estimate e, int n) {
        String v = e == null ? "NaN" : Double.toString(e.value());
        String lo = e == null || Double.isNaN(e.low()) ? "" : Double.toString(e.low());
        String hi = e == null || Double.isNaN(e.high()) ? "" : Double.toString(e.high());
        return method + "," + metric + "," + param + "," + index + "," + v + "," + lo + "," + hi + "," + n;
    }
}
