package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.armOnDefaults;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;

import java.util.Map;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A published-model check, not a claim: the {@code axelrod-culture} scenario reproduces the
 * comparative statics of Axelrod's (1997) Table 1 (row 2.5), which checks the engine against the
 * literature. 20 replicates per arm (seeds 1 to 20, paired by seed), a Wilcoxon signed-rank test,
 * zeros dropped, at p &lt; 0.01 and a Hodges-Lehmann shift above one region ({@link Replicates}).
 */
class AxelrodPublishedModelTest {
    /** Smallest effect on a number of stable cultural regions: more than one region. */
    private static final double ONE_REGION = 1;

    private static double absorbedRegions(MetricSeries s) {
        if (s.last("absorbed") != 1.0) {
            throw new AssertionError("run did not absorb: " + s.last("events") + " events");
        }
        return s.last("cultural_regions");
    }

    /**
     * Published-model check: Axelrod (1997), Table 1, 10 x 10 grid: F = 5 features give 1.0 region at
     * q = 5 traits and 20.0 at q = 15; at q = 15, F = 15 gives 1.2.
     */
    @Test
    void publishedModelAxelrodRegionsGrowWithTraitsAndFallWithFeatures() {
        Scenario s = Governance.AXELROD_CULTURE;
        assertLarger("2.5 Axelrod: more traits per feature, more stable regions",
                armOnDefaults(s, Map.of("traits", "15"), 200, AxelrodPublishedModelTest::absorbedRegions),
                armOnDefaults(s, Map.of("traits", "5"), 200, AxelrodPublishedModelTest::absorbedRegions), ONE_REGION);
        assertLarger("2.5 Axelrod: more features, fewer stable regions",
                armOnDefaults(s, Map.of("traits", "15"), 200, AxelrodPublishedModelTest::absorbedRegions),
                armOnDefaults(s, Map.of("traits", "15", "features", "15"), 200,
                        AxelrodPublishedModelTest::absorbedRegions),
                ONE_REGION);
    }
}
