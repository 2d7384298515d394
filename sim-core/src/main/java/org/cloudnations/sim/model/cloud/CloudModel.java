package org.cloudnations.sim.model.cloud;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.rule.RuleSet;

/**
 * The cloud-communities model: exit, integration and competition among states, firms, individuals
 * and cloud communities (seed 000, rows 0.1 to 0.12), as a rule set. Each tick runs, in order:
 * {@link GlobalCrisis} (C13), {@link PolicyImitation} (C2), {@link StateValues} (C3, C1),
 * {@link CloudAttachment} (C4), {@link CommonsGain} (C5, C6); one pass over the individuals made
 * of {@link LabourMarket} (C7, C8, C10-C12), {@link EResidency} (C9), {@link Incomes} (C14) and
 * {@link TopHiring} (C12); then {@link StatePower} (C14) and {@link CommonsAccounts} (C4, C5, C9,
 * C14). {@link CloudSetup} (C0) builds the world. docs/model.md, section "Cloud communities", gives
 * every rule as equations.
 */
public final class CloudModel {
    /** The model's name. */
    public static final String NAME = "cloud";

    /** The rule set. */
    public static final RuleSet RULES = RuleSet.of(NAME,
            List.of(new CloudSetup(), new GlobalCrisis(), new PolicyImitation(), new StateValues(),
                    new CloudAttachment(), new CommonsGain(), new LabourMarket(), new EResidency(), new Incomes(),
                    new TopHiring(), new StatePower(), new CommonsAccounts()),
            List.of("cloud_share", "exits", "returns", "voice", "migrations", "displaced", "top_hires", "crowd_share",
                    "unemployment", "cloud_skill_ratio", "mean_income", "income_gini", "wealth_gini",
                    "firm_commons_use", "commons_stock", "machine_output_share", "largest_community_share",
                    "rarity_influence_premium", "league_size", "offshore_members", "offshore_fees",
                    "share_squeeze", "share_neutral", "share_offshore", "share_league",
                    "pop_squeeze", "pop_neutral", "pop_offshore", "pop_league",
                    "tax_squeeze", "tax_neutral", "tax_offshore", "tax_league",
                    "cloud_squeeze", "cloud_neutral", "cloud_offshore", "cloud_league",
                    "base_squeeze", "base_neutral", "base_offshore", "base_league",
                    "tax_per_capita", "power_gini", "power_hhi", "offshore_power_share", "integrated_power_share",
                    "crisis", "elite_income_ratio"),
            List.of("cloud_share", "crowd_share", "unemployment", "share_league", "share_squeeze", "power_gini"));

    /** Every parameter of the cloud model, with its defaults. */
    public static final ParameterRegistry PARAMETERS = RULES.parameters();

    /** Every metric of the cloud model, in CSV column order. */
    public static final List<MetricSpec> METRICS = RULES.metrics();

    private CloudModel() {
    }
}
