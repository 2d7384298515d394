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
 * with an exact Wilcoxon signed-rank test at p &lt; 0.01 and the direction of the median
 * difference. See {@link Replicates}.
 */
class GovernanceClaimsTest {

    /** One value per seed 1..20 from runs of {@code scenario} with {@code overrides}. */
    static double[] arm(Scenario scenario, Map<String, String> overrides, int ticks,
                        ToDoubleFunction<MetricSeries> statistic) {
        double[] out = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            out[r] = statistic.applyAsDouble(Runner.run(RunConfig.of(scenario, overrides, r + 1, ticks, 1)).series());
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
                arm(s, Map.of("traits", "5"), 200, GovernanceClaimsTest::absorbedRegions));
        assertLarger("2.5 Axelrod: more features, fewer stable regions",
                arm(s, Map.of("traits", "15"), 200, GovernanceClaimsTest::absorbedRegions),
                arm(s, Map.of("traits", "15", "features", "15"), 200, GovernanceClaimsTest::absorbedRegions));
    }
}
