package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.rule.RuleSet;

/**
 * The AI economy: AI agents (models owned by firms, states or a community, open or closed) race
 * for capability, automate firms' tasks, displace and reinstate labour across six labour forms,
 * and change wages, value, demand, crises and power (rows 1.1 to 1.5, 3.1 to 3.7 and 4.1 to 4.8
 * of the seed digest), as a rule set, in tick order: {@link AiEndowment} (A0), {@link TeamEndowment}
 * (A1); phase {@code race}: {@link AiRace} (A2 to A4), {@link OpenModels} (A5, A6); phase
 * {@code firms}: {@link OverproductionCrisis} (A15), {@link ModelAccess} (A8),
 * {@link AutomationFrontier} (A7, A9), {@link LabourMarket} (A9, A11); phase {@code individuals}:
 * {@link LabourChoice} (A10, A11), {@link LabourTally}; phase {@code accounts}: {@link Production}
 * (A12), {@link LabourIncomes} and {@link Demand} (A13), {@link Power} (A14). docs/model.md,
 * section "AI economy", gives the equations.
 */
public final class AiModel {
    /** The model's name. */
    public static final String NAME = "ai-economy";

    /** The rule set. */
    public static final RuleSet RULES = RuleSet.of(NAME,
            List.of(new AiEndowment(), new TeamEndowment(), new AiRace(), new OpenModels(),
                    new OverproductionCrisis(), new ModelAccess(), new AutomationFrontier(), new LabourMarket(),
                    new LabourChoice(), new LabourTally(), new Production(), new LabourIncomes(), new Demand(),
                    new Power()),
            List.of("wage_share", "value_wealth_ratio", "output_per_capita", "demand_gap", "crises", "employed",
                    "gig", "crowd", "freelance", "community", "unemployed", "displaced", "elite_wage_ratio",
                    "ai_capability_gini_firms", "ai_capability_gini_states", "frontier_capability",
                    "laggard_capability", "open_capability", "open_share", "power_hhi", "disasters", "race_risk",
                    "platform_power", "commons_captured", "licensed_firms", "basic_income"),
            List.of("wage_share", "demand_gap", "unemployed", "open_share", "power_hhi"));

    /** Every parameter of the AI-economy model, with its defaults. */
    public static final ParameterRegistry PARAMETERS = RULES.parameters();

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = RULES.metrics();

    private AiModel() {
    }
}
