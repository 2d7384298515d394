package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.FIVE_PERCENT;
import static org.cloudnations.sim.scenarios.Replicates.SHARE_POINT;
import static org.cloudnations.sim.scenarios.Replicates.arm;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;
import static org.cloudnations.sim.scenarios.Replicates.assertLargerByShare;
import static org.cloudnations.sim.scenarios.Replicates.with;

import java.util.Map;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Mechanism checks of the AI-economy model (shared/MECHANISMS.md rows 1.5, 3.1, 3.3, 3.4 and 4.2):
 * each shows that one rule responds to its own parameter in the direction docs/model.md documents.
 * They show that a mechanism is wired, not a finding: the claims are in {@link AiClaimsTest}. Same
 * statistics as the claims: 20 replicates per arm (seeds 1 to 20, 3000 individuals, 60 firms,
 * {@value AiClaimsTest#TICKS} ticks), a Wilcoxon signed-rank test on the paired differences, zeros
 * dropped, at p &lt; 0.01 and a Hodges-Lehmann shift above the smallest effect that matters
 * ({@link Replicates}).
 */
class AiMechanismTest {
    private static final Scenario OPEN = AiEconomy.OPEN_VS_CLOSED;
    private static final Scenario PARADOX = AiEconomy.VALUE_PARADOX;
    private static final int TICKS = AiClaimsTest.TICKS;

    /**
     * Mechanism check (rows 3.1, 3.3): capability growth (A4, {@code AiRace}) responds to
     * {@code returns_exponent}, and the power composite (A14, {@code Power}) follows the leaders'
     * capability: power concentrates more with increasing returns. (In the integrated world the same
     * exponent is claim race-power-concentration, {@code WorldClaimsTest}.)
     */
    @Test
    void mechanismIncreasingReturnsConcentratePower() {
        assertLarger("3.1/3.3 power concentrates more with increasing returns",
                arm(PARADOX, Map.of("returns_exponent", "1.5"), TICKS, s -> Replicates.meanOfLast(s, "power_hhi", 20)),
                arm(PARADOX, Map.of("returns_exponent", "0.7"), TICKS, s -> Replicates.meanOfLast(s, "power_hhi", 20)),
                SHARE_POINT);
    }

    /**
     * Mechanism check (row 3.1): risk and disasters (A2, A3, {@code AiRace}) respond to the number of
     * racing teams and to enmity, as in Armstrong, Bostrom and Shulman's race model.
     */
    @Test
    void mechanismMoreTeamsAndMoreEnmityGiveMoreDisasters() {
        Map<String, String> risky = Map.of("disaster_rate", "0.02");
        assertLargerByShare("3.1 more racing teams, more disasters",
                arm(OPEN, with(risky, "racing_teams", "8"), TICKS, s -> Replicates.total(s, "disasters")),
                arm(OPEN, with(risky, "racing_teams", "2"), TICKS, s -> Replicates.total(s, "disasters")),
                FIVE_PERCENT);
        assertLargerByShare("3.1 more enmity, more disasters",
                arm(OPEN, with(risky, "enmity", "0.9"), TICKS, s -> Replicates.total(s, "disasters")),
                arm(OPEN, with(risky, "enmity", "0.1"), TICKS, s -> Replicates.total(s, "disasters")), FIVE_PERCENT);
    }

    /**
     * Mechanism check (row 3.4): the spill-overs of capability growth (A4, {@code AiRace}) respond to
     * {@code decoupling}: laggards gain capability from spill-overs that decoupling cuts.
     */
    @Test
    void mechanismDecouplingSlowsTheLaggards() {
        assertLargerByShare("3.4 laggards gain capability from spill-overs that decoupling cuts",
                arm(PARADOX, Map.of("decoupling", "false"), TICKS, s -> s.last("laggard_capability")),
                arm(PARADOX, Map.of("decoupling", "true"), TICKS, s -> s.last("laggard_capability")), FIVE_PERCENT);
    }

    /**
     * Mechanism check (rows 1.5, 4.2): demand (A13, {@code Demand}) responds to
     * {@code data_dividend}, which moves capital income to residents who spend more of it: the same
     * rule computes {@code demand_gap} from the dividend. The crises that follow run through a second
     * rule: claim data-dividend-crises ({@link AiClaimsTest}).
     */
    @Test
    void mechanismADataDividendLowersTheDemandGap() {
        assertLarger("1.5/4.2 a data dividend lowers the demand gap",
                arm(PARADOX, Map.of("data_dividend", "0"), TICKS, s -> Replicates.meanOfLast(s, "demand_gap", TICKS)),
                arm(PARADOX, Map.of("data_dividend", "0.5"), TICKS, s -> Replicates.meanOfLast(s, "demand_gap", TICKS)),
                SHARE_POINT);
    }
}
