package org.cloudnations.sim.scenarios;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.scenario.Scenario;

/**
 * Runs replicates of a scenario arm (seeds 1 to {@value #REPLICATES}) and compares two arms. The
 * arms of a comparison use the same seeds (common random numbers), so the comparison is paired:
 * an exact Wilcoxon signed-rank test on the per-seed differences, at p &lt; {@value #ALPHA}, plus
 * the sign of the median difference.
 */
final class Replicates {
    static final int REPLICATES = 20;
    static final double ALPHA = 0.01;

    private Replicates() {
    }

    /**
     * @param scenario the scenario
     * @param overrides parameter values of this arm (on top of small-population defaults)
     * @param ticks ticks per run
     * @param statistic what to take from each run's series
     * @return one value per replicate, seeds 1..REPLICATES
     */
    static double[] arm(Scenario scenario, Map<String, String> overrides, int ticks,
                        ToDoubleFunction<MetricSeries> statistic) {
        Map<String, String> values = new HashMap<>();
        values.put("individuals", "3000");
        values.put("firms", "60");
        values.putAll(overrides);
        double[] out = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            out[r] = statistic.applyAsDouble(Runner.run(RunConfig.of(scenario, values, r + 1, ticks, 1)).series());
        }
        return out;
    }

    /**
     * Two statistics from the same runs, for claims that compare groups within one world.
     *
     * @param scenario the scenario
     * @param overrides parameter values (on top of small-population defaults)
     * @param ticks ticks per run
     * @param first the first statistic
     * @param second the second statistic
     * @return {first values, second values}, one per replicate
     */
    static double[][] within(Scenario scenario, Map<String, String> overrides, int ticks,
                             ToDoubleFunction<MetricSeries> first, ToDoubleFunction<MetricSeries> second) {
        double[][] out = new double[2][REPLICATES];
        double[] both = arm(scenario, overrides, ticks, m -> {
            int r = seedIndex[0]++;
            out[0][r] = first.applyAsDouble(m);
            out[1][r] = second.applyAsDouble(m);
            return 0;
        });
        seedIndex[0] = 0;
        return out;
    }

    private static final int[] seedIndex = new int[1];

    /**
     * Asserts that {@code larger} exceeds {@code smaller} seed by seed: exact Wilcoxon signed-rank
     * p &lt; ALPHA (two-sided) and a positive median difference.
     *
     * @param claim what is claimed, for the failure message
     * @param larger values that should be larger, by seed
     * @param smaller values that should be smaller, by seed
     */
    static void assertLarger(String claim, double[] larger, double[] smaller) {
        double[] diff = new double[larger.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = larger[i] - smaller[i];
        }
        double md = median(diff);
        double p = md == 0 && allZero(diff) ? 1.0
                : new WilcoxonSignedRankTest().wilcoxonSignedRankTest(larger, smaller, true);
        if (!(p < ALPHA && md > 0)) {
            throw new AssertionError(claim + ": Wilcoxon signed-rank p = " + p + ", median difference " + md
                    + "\n larger arm:  " + java.util.Arrays.toString(larger)
                    + "\n smaller arm: " + java.util.Arrays.toString(smaller));
        }
    }

    private static boolean allZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    static double last(MetricSeries s, String metric) {
        return s.last(metric);
    }

    static double total(MetricSeries s, String metric) {
        double sum = 0;
        for (double v : s.column(metric)) {
            sum += v;
        }
        return sum;
    }

    /** Final over initial value of a metric. */
    static double growth(MetricSeries s, String metric) {
        double[] c = s.column(metric);
        return c[0] == 0 ? 0 : c[c.length - 1] / c[0];
    }
}
