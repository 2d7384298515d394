package org.cloudnations.sim.scenarios;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.stats.PairedShift;

/**
 * Runs replicates of a scenario arm (seeds 1 to {@value #REPLICATES}) and compares two arms. The
 * arms of a comparison use the same seeds (common random numbers), so the comparison is paired:
 * a two-sided Wilcoxon signed-rank test on the per-seed differences with the zero differences
 * (seeds on which the arms tie) dropped, at p &lt; {@value #ALPHA}, and the Hodges-Lehmann shift
 * of the differences, which must exceed the claim's smallest effect that matters with its 95%
 * interval above 0 ({@link PairedShift#holds}). Each claim prints its p-value, shift and interval,
 * and whether the whole interval clears the smallest effect ({@link PairedShift#holdsWithConfidence}).
 */
final class Replicates {
    static final int REPLICATES = 20;
    static final double ALPHA = 0.01;
    /** Smallest effect on a share of people, a share of power or an index in [0, 1]: one percentage point. */
    static final double SHARE_POINT = 0.01;
    /** Smallest effect on a level without a natural unit (counts, stocks, ratios): 5% of the smaller arm's median. */
    static final double FIVE_PERCENT = 0.05;

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
        return statistics(scenario, smallPopulation(overrides), ticks, List.of(statistic))[0];
    }

    /**
     * As {@link #arm}, on the scenario's own population (for scenarios without firms).
     *
     * @param scenario the scenario
     * @param overrides parameter values of this arm (on top of the scenario's defaults)
     * @param ticks ticks per run
     * @param statistic what to take from each run's series
     * @return one value per replicate, seeds 1..REPLICATES
     */
    static double[] armOnDefaults(Scenario scenario, Map<String, String> overrides, int ticks,
                                  ToDoubleFunction<MetricSeries> statistic) {
        return statistics(scenario, overrides, ticks, List.of(statistic))[0];
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
        return statistics(scenario, smallPopulation(overrides), ticks, List.of(first, second));
    }

    /**
     * Runs seeds 1..REPLICATES of one arm and takes several statistics from each run.
     *
     * @param scenario the scenario
     * @param values parameter values of this arm (on top of the scenario's defaults)
     * @param ticks ticks per run
     * @param statistics what to take from each run's series
     * @return {@code [k][r]}: statistic k of the run with seed r + 1
     */
    static double[][] statistics(Scenario scenario, Map<String, String> values, int ticks,
                                 List<ToDoubleFunction<MetricSeries>> statistics) {
        double[][] out = new double[statistics.size()][REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            MetricSeries series = Runner.run(scenario.configure(values, r + 1, ticks, 1)).series();
            for (int k = 0; k < statistics.size(); k++) {
                out[k][r] = statistics.get(k).applyAsDouble(series);
            }
        }
        return out;
    }

    private static Map<String, String> smallPopulation(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("individuals", "3000");
        values.put("firms", "60");
        values.putAll(overrides);
        return values;
    }

    /**
     * Asserts that {@code larger} exceeds {@code smaller} seed by seed, by more than the smallest
     * effect that matters: the two-sided signed-rank test with zero differences dropped gives
     * p &lt; {@value #ALPHA}, the Hodges-Lehmann shift {@code larger - smaller} exceeds
     * {@code minimalEffect}, and its 95% interval lies above 0. Prints the claim's p-value, shift
     * and interval, and whether the interval lies above {@code minimalEffect} too (all of which
     * the failure message repeats).
     *
     * @param claim what is claimed, for the report and the failure message
     * @param larger values that should be larger, by seed
     * @param smaller values that should be smaller, by seed
     * @param minimalEffect the smallest shift that matters, in the units of the values, &gt;= 0
     */
    static void assertLarger(String claim, double[] larger, double[] smaller, double minimalEffect) {
        PairedShift shift = PairedShift.of(larger, smaller);
        boolean holds = shift.holds(ALPHA, minimalEffect);
        String confidence = shift.holdsWithConfidence(ALPHA, minimalEffect)
                ? "interval above it" : "interval not above it";
        System.out.println("claim | " + claim + " | p = " + shift.test().pValue() + " (n = " + shift.test().n()
                + ", zeros " + shift.test().zeros() + ", " + shift.test().method() + ") | HL shift "
                + shift.shift().estimate() + " [" + shift.shift().lower() + ", " + shift.shift().upper()
                + "] | smallest effect " + minimalEffect + " | " + (holds ? "holds" : "FAILS") + ", " + confidence);
        if (!holds) {
            throw new AssertionError(claim + ": needs p < " + ALPHA + ", a shift above " + minimalEffect
                    + " and its 95% interval above 0; " + shift
                    + "\n larger arm:  " + java.util.Arrays.toString(larger)
                    + "\n smaller arm: " + java.util.Arrays.toString(smaller));
        }
    }

    /**
     * As {@link #assertLarger(String, double[], double[], double)}, with the smallest effect that
     * matters a share of the smaller arm's median level (for metrics without a natural unit), or of
     * the larger arm's when the smaller arm's median is 0 (a control arm at 0 by rule, an event
     * that the treatment makes rare).
     *
     * @param claim what is claimed
     * @param larger values that should be larger, by seed
     * @param smaller values that should be smaller, by seed
     * @param share the smallest shift that matters, as a share of {@code |median(smaller)|}
     */
    static void assertLargerByShare(String claim, double[] larger, double[] smaller, double share) {
        double level = median(smaller) != 0 ? median(smaller) : median(larger);
        assertLarger(claim, larger, smaller, share * Math.abs(level));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /**
     * @param base parameter values
     * @param pairs further names and values, alternating
     * @return a copy of {@code base} with the pairs set
     */
    static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> m = new HashMap<>(base);
        for (int k = 0; k < pairs.length; k += 2) {
            m.put(pairs[k], pairs[k + 1]);
        }
        return m;
    }

    /** The mean of a metric over the last {@code ticks} rows of a run. */
    static double meanOfLast(MetricSeries s, String metric, int ticks) {
        int length = s.column(metric).length;
        return meanOf(s, metric, length - ticks, length);
    }

    /** The mean of a metric over the rows {@code from} (inclusive) to {@code to} (exclusive). */
    static double meanOf(MetricSeries s, String metric, int from, int to) {
        double[] c = s.column(metric);
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += c[t];
        }
        return sum / (to - from);
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
