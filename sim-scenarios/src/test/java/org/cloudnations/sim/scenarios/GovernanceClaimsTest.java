package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.REPLICATES;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Claims of seed 002 (shared/MECHANISMS.md rows 2.1 to 2.9) and Axelrod's (1997) published
 * comparative statics, each checked over 20 replicates per arm (seeds 1 to 20, paired by seed)
 * with a Wilcoxon signed-rank test, zeros dropped, at p &lt; 0.01 and a Hodges-Lehmann shift
 * whose 95% interval lies above the claim's smallest effect that matters. See {@link Replicates}.
 */
class GovernanceClaimsTest {
    /** Smallest effect on a share, a loss fraction or a diversity index in [0, 1]: one percentage point. */
    private static final double SHARE_POINT = 0.01;
    /** Smallest effect on a number of stable cultural regions: more than one region. */
    private static final double ONE_REGION = 1;

    /** One value per seed 1..20 from runs of {@code scenario} with {@code overrides}. */
    static double[] arm(Scenario scenario, Map<String, String> overrides, int ticks,
                        ToDoubleFunction<MetricSeries> statistic) {
        double[] out = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            out[r] = statistic.applyAsDouble(Runner.run(scenario.configure(overrides, r + 1, ticks, 1)).series());
        }
        return out;
    }

    private static double absorbedRegions(MetricSeries s) {
        if (s.last("absorbed") != 1.0) {
            throw new AssertionError("run did not absorb: " + s.last("events") + " events");
        }
        return s.last("cultural_regions");
    }

    @Test
    void axelrodRegionsGrowWithTraitsAndFallWithFeatures() {
        Scenario s = Governance.AXELROD_CULTURE;
        // Axelrod (1997), Table 1, 10 x 10: F = 5 gives 1.0 region at q = 5 and 20.0 at q = 15;
        // at q = 15, F = 15 gives 1.2
        assertLarger("2.5 Axelrod: more traits per feature, more stable regions",
                arm(s, Map.of("traits", "15"), 200, GovernanceClaimsTest::absorbedRegions),
                arm(s, Map.of("traits", "5"), 200, GovernanceClaimsTest::absorbedRegions), ONE_REGION);
        assertLarger("2.5 Axelrod: more features, fewer stable regions",
                arm(s, Map.of("traits", "15"), 200, GovernanceClaimsTest::absorbedRegions),
                arm(s, Map.of("traits", "15", "features", "15"), 200, GovernanceClaimsTest::absorbedRegions),
                ONE_REGION);
    }

    private static Map<String, String> small(String... pairs) {
        Map<String, String> m = new java.util.HashMap<>(Map.of("individuals", "2000"));
        for (int k = 0; k < pairs.length; k += 2) {
            m.put(pairs[k], pairs[k + 1]);
        }
        return m;
    }

    private static double mean(MetricSeries s, String metric) {
        double[] c = s.column(metric);
        double sum = 0;
        for (int t = 1; t < c.length; t++) {
            sum += c[t];
        }
        return sum / (c.length - 1);
    }

    @Test
    void row22ContributionWeightingShiftsWeightTowardsContributors() {
        Scenario s = Governance.MULTI_LEVEL_GOVERNANCE;
        assertLarger("2.2 contribution-weighted governance gives contributors more weight",
                arm(s, small(), 60, m -> m.last("contributor_weight_share")),
                arm(s, small("weighting", "identity"), 60, m -> m.last("contributor_weight_share")), SHARE_POINT);
        assertLarger("2.1 non-state units gain weight under contribution weighting",
                arm(s, small(), 60, m -> m.last("non_state_weight_share")),
                arm(s, small("weighting", "identity"), 60, m -> m.last("non_state_weight_share")), SHARE_POINT);
    }

    @Test
    void row27TheRiskPoolReducesTheWorstOffStatesLosses() {
        Scenario s = Governance.RISK_POOL;
        assertLarger("2.7 the poorest states lose more without the pool",
                arm(s, small("risk_pool", "false"), 100, m -> mean(m, "poorest_loss")),
                arm(s, small(), 100, m -> mean(m, "poorest_loss")), SHARE_POINT);
    }

    @Test
    void row25ReservesRaiseCulturalDiversity() {
        Scenario s = Governance.CULTURAL_RESERVES;
        assertLarger("2.5 cultural reserves raise cultural diversity",
                arm(s, small(), 150, m -> m.last("cultural_diversity")),
                arm(s, small("reserve_share", "0", "reserve_fund", "0"), 150, m -> m.last("cultural_diversity")),
                SHARE_POINT);
    }

    @Test
    void row29FinalAdoptionIsAnSShapedFunctionOfInitialAdopters() {
        // thresholds ~ N(0.3, 0.1) over 200 states; the smallest states adopt first
        Scenario s = Governance.EDGE_DIFFUSION;
        double[] initial = {0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.16, 0.2};
        double[][] last = new double[initial.length][];
        double[] median = new double[initial.length];
        for (int k = 0; k < initial.length; k++) {
            last[k] = arm(s, small("individuals", "200", "initial_adopters", Double.toString(initial[k])), 60,
                    m -> m.last("adoption_share"));
            median[k] = Replicates.median(last[k]);
        }
        String curve = java.util.Arrays.toString(median);
        assertLarger("2.9 more initial adopters give a larger final adoption share", last[6], last[1], SHARE_POINT);
        int jump = 0;
        for (int k = 1; k < initial.length - 1; k++) {
            if (median[k + 1] - median[k] > median[jump + 1] - median[jump]) {
                jump = k;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(median[jump + 1] - median[jump] > 0.5,
                "a tipping threshold: one step of initial adopters adds more than half the states " + curve);
        org.junit.jupiter.api.Assertions.assertTrue(median[0] < 0.15 && median[initial.length - 1] > 0.95,
                "flat at the bottom and saturated at the top: " + curve);
        org.junit.jupiter.api.Assertions.assertTrue(jump > 0 && jump < initial.length - 2,
                "the steepest step is inside the range (S shape), step " + jump + ": " + curve);
        System.out.println("edge-diffusion median final adoption by initial share " + java.util.Arrays.toString(initial)
                + ": " + curve);
    }
}
