package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.arm;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;
import static org.cloudnations.sim.scenarios.Replicates.assertLargerByShare;

import java.util.HashMap;
import java.util.Map;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The directional claims of issue 4 (shared/MECHANISMS.md rows 1.1 to 1.5, 3.1 to 3.4 and 4.1 to
 * 4.2) on the AI-economy model, each over 20 replicates per arm (seeds 1 to 20, 3000 individuals,
 * 60 firms, {@value #TICKS} ticks) with a Wilcoxon signed-rank test on the paired (same-seed)
 * differences, zeros dropped, at p &lt; 0.01 and a Hodges-Lehmann shift whose 95% interval lies
 * above the claim's smallest effect that matters ({@link Replicates}).
 */
class AiClaimsTest {
    private static final Scenario OPEN = AiEconomy.OPEN_VS_CLOSED;
    private static final Scenario PARADOX = AiEconomy.VALUE_PARADOX;
    private static final int TICKS = 150;
    /** Smallest effect on a share or an index in [0, 1]: one percentage point. */
    private static final double SHARE_POINT = 0.01;
    /** Smallest effect on a level without a natural unit (counts, ratios, capability): 5% of the smaller arm. */
    private static final double FIVE_PERCENT = 0.05;

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> m = new HashMap<>(base);
        for (int k = 0; k < pairs.length; k += 2) {
            m.put(pairs[k], pairs[k + 1]);
        }
        return m;
    }

    private static double meanOfLast(MetricSeries s, String metric, int ticks) {
        double[] c = s.column(metric);
        double sum = 0;
        for (int t = c.length - ticks; t < c.length; t++) {
            sum += c[t];
        }
        return sum / ticks;
    }

    @Test
    void row41MoreAutomationLowersTheWageShareAndTheValueWealthRatio() {
        Map<String, String> base = Map.of();
        assertLarger("4.2 the wage share falls with automation",
                arm(OPEN, with(base, "automation_reach", "0.1"), TICKS, s -> s.last("wage_share")),
                arm(OPEN, with(base, "automation_reach", "0.25"), TICKS, s -> s.last("wage_share")), SHARE_POINT);
        assertLargerByShare("4.1 value (living labour hours) per unit of wealth falls with automation",
                arm(OPEN, with(base, "automation_reach", "0.1"), TICKS, s -> s.last("value_wealth_ratio")),
                arm(OPEN, with(base, "automation_reach", "0.25"), TICKS, s -> s.last("value_wealth_ratio")),
                FIVE_PERCENT);
    }

    @Test
    void row31IncreasingReturnsConcentratePower() {
        assertLarger("3.1/3.3 power concentrates more with increasing returns",
                arm(PARADOX, Map.of("returns_exponent", "1.5"), TICKS, s -> meanOfLast(s, "power_hhi", 20)),
                arm(PARADOX, Map.of("returns_exponent", "0.7"), TICKS, s -> meanOfLast(s, "power_hhi", 20)),
                SHARE_POINT);
    }

    @Test
    void row31MoreTeamsAndMoreEnmityGiveMoreDisasters() {
        Map<String, String> risky = Map.of("disaster_rate", "0.02");
        assertLargerByShare("3.1 more racing teams, more disasters",
                arm(OPEN, with(risky, "racing_teams", "8"), TICKS, s -> Replicates.total(s, "disasters")),
                arm(OPEN, with(risky, "racing_teams", "2"), TICKS, s -> Replicates.total(s, "disasters")),
                FIVE_PERCENT);
        assertLargerByShare("3.1 more enmity, more disasters",
                arm(OPEN, with(risky, "enmity", "0.9"), TICKS, s -> Replicates.total(s, "disasters")),
                arm(OPEN, with(risky, "enmity", "0.1"), TICKS, s -> Replicates.total(s, "disasters")), FIVE_PERCENT);
    }

    @Test
    void row13OpenModelsNarrowTheCapabilityGapAcrossFirms() {
        assertLarger("1.3 closed models give a higher capability Gini across firms",
                arm(OPEN, Map.of("open_models", "false", "open_labs", "0"), TICKS,
                        s -> meanOfLast(s, "ai_capability_gini_firms", 20)),
                arm(OPEN, Map.of(), TICKS, s -> meanOfLast(s, "ai_capability_gini_firms", 20)), SHARE_POINT);
    }

    @Test
    void row34DecouplingSlowsTheLaggards() {
        assertLargerByShare("3.4 laggards gain capability from spill-overs that decoupling cuts",
                arm(PARADOX, Map.of("decoupling", "false"), TICKS, s -> s.last("laggard_capability")),
                arm(PARADOX, Map.of("decoupling", "true"), TICKS, s -> s.last("laggard_capability")), FIVE_PERCENT);
    }

    @Test
    void row15ADataDividendLowersTheDemandGapAndCrises() {
        assertLarger("1.5/4.2 a data dividend lowers the demand gap",
                arm(PARADOX, Map.of("data_dividend", "0"), TICKS, s -> meanOfLast(s, "demand_gap", TICKS)),
                arm(PARADOX, Map.of("data_dividend", "0.5"), TICKS, s -> meanOfLast(s, "demand_gap", TICKS)),
                SHARE_POINT);
        assertLargerByShare("1.5/4.2 a data dividend makes overproduction crises rarer",
                arm(PARADOX, Map.of("data_dividend", "0"), TICKS, s -> Replicates.total(s, "crises")),
                arm(PARADOX, Map.of("data_dividend", "0.5"), TICKS, s -> Replicates.total(s, "crises")), FIVE_PERCENT);
    }
}
