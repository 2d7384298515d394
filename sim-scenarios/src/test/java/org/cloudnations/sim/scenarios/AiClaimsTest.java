package org.cloudnations.sim.scenarios;

import static org.cloudnations.sim.scenarios.Replicates.FIVE_PERCENT;
import static org.cloudnations.sim.scenarios.Replicates.SHARE_POINT;
import static org.cloudnations.sim.scenarios.Replicates.arm;
import static org.cloudnations.sim.scenarios.Replicates.assertLarger;
import static org.cloudnations.sim.scenarios.Replicates.assertLargerByShare;

import java.util.Map;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Claims on the AI-economy model (shared/MECHANISMS.md rows 1.3, 1.5, 4.1 and 4.2): consequences that
 * run through two or more rules, each with its causal chain in docs/model.md ("Claims and mechanism
 * checks") and its robustness figure ({@link RobustnessFigure}). Each runs 20 replicates per arm
 * (seeds 1 to 20, 3000 individuals, 60 firms, {@value #TICKS} ticks) with a Wilcoxon signed-rank
 * test on the paired (same-seed) differences, zeros dropped, at p &lt; 0.01 and a Hodges-Lehmann
 * shift whose 95% interval lies above the claim's smallest effect that matters
 * ({@link Replicates}). The checks of one rule against its own parameter are in
 * {@link AiMechanismTest}; the wage share, {@code N - I} by construction, is an identity checked in
 * closed form by {@code TaskProductionTest} and {@code FirmProductionTest}, not a claim.
 */
class AiClaimsTest {
    private static final Scenario OPEN = AiEconomy.OPEN_VS_CLOSED;
    private static final Scenario PARADOX = AiEconomy.VALUE_PARADOX;
    static final int TICKS = 150;

    /**
     * Claim automation-value-wealth (row 4.1). Causal chain: {@code automation_reach} -> the
     * automation frontier and AI capital (A7, {@code AutomationFrontier}; A8, {@code ModelAccess})
     * -> firms' head count and displacement (A9, {@code LabourMarket}) -> the labour forms the
     * displaced take (A11, {@code LabourChoice}) -> output (A12, {@code Production}) and living
     * labour hours against output (A13, {@code Demand}) -> {@code value_wealth_ratio}: value per
     * unit of wealth falls with automation.
     */
    @Test
    @RobustnessFigure(value = "claim-automation-value-wealth", scenario = "open-vs-closed",
            varies = "automation_reach", metrics = "value_wealth_ratio")
    void claimMoreAutomationLowersTheValueWealthRatio() {
        assertLargerByShare("automation-value-wealth: value (living labour hours) per unit of wealth falls with"
                        + " automation",
                arm(OPEN, Map.of("automation_reach", "0.1"), TICKS, s -> s.last("value_wealth_ratio")),
                arm(OPEN, Map.of("automation_reach", "0.25"), TICKS, s -> s.last("value_wealth_ratio")),
                FIVE_PERCENT);
    }

    /**
     * Claim open-models-capability-gap (row 1.3). Causal chain: {@code open_models},
     * {@code open_labs} -> open labs and the open community model (A1, {@code TeamEndowment}; A5,
     * {@code OpenModels}) -> which model each firm can use, licensed or free (A8,
     * {@code ModelAccess}) -> firms' capability and its Gini (A14, {@code Power}) ->
     * {@code ai_capability_gini_firms}: closed models only give a wider capability gap across firms.
     */
    @Test
    @RobustnessFigure(value = "claim-open-models-capability-gap", scenario = "open-vs-closed",
            varies = {"open_models", "open_labs"}, metrics = "ai_capability_gini_firms")
    void claimOpenModelsNarrowTheCapabilityGapAcrossFirms() {
        assertLarger("open-models-capability-gap: closed models give a higher capability Gini across firms",
                arm(OPEN, Map.of("open_models", "false", "open_labs", "0"), TICKS,
                        s -> Replicates.meanOfLast(s, "ai_capability_gini_firms", 20)),
                arm(OPEN, Map.of(), TICKS, s -> Replicates.meanOfLast(s, "ai_capability_gini_firms", 20)),
                SHARE_POINT);
    }

    /**
     * Claim data-dividend-crises (rows 1.5, 4.2). Causal chain: {@code data_dividend} -> capital
     * income paid to residents, who spend more of it, so the demand gap narrows (A13,
     * {@code Demand}; that step alone is a mechanism check, {@code AiMechanismTest}) -> a crisis
     * starts when last tick's gap exceeds the threshold and cuts output and labour demand (A15,
     * {@code OverproductionCrisis}; A9, A12) -> {@code crises}: a data dividend makes overproduction
     * crises rarer.
     */
    @Test
    @RobustnessFigure(value = "claim-data-dividend-crises", scenario = "value-paradox",
            varies = "data_dividend", metrics = "crises")
    void claimADataDividendMakesOverproductionCrisesRarer() {
        assertLargerByShare("data-dividend-crises: a data dividend makes overproduction crises rarer",
                arm(PARADOX, Map.of("data_dividend", "0"), TICKS, s -> Replicates.total(s, "crises")),
                arm(PARADOX, Map.of("data_dividend", "0.5"), TICKS, s -> Replicates.total(s, "crises")), FIVE_PERCENT);
    }
}
