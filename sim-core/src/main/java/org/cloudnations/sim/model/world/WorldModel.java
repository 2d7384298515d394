package org.cloudnations.sim.model.world;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.ai.AiRace;
import org.cloudnations.sim.model.ai.OpenModels;
import org.cloudnations.sim.model.ai.TeamEndowment;
import org.cloudnations.sim.model.cloud.PolicyImitation;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.rule.RuleSet;

/**
 * The integrated world: states, firms, cloud communities and AI agents on one population, as one
 * rule set, in tick order: {@link WorldSetup} (W0) and the AI economy's {@link TeamEndowment} (A1)
 * at tick 0; the AI race {@link AiRace} (A2 to A4) and {@link OpenModels} (A5, A6, the open model
 * growing with the communities' contributors); the cloud model's {@link PolicyImitation} (C2);
 * {@link WorldGovernance} (W5); {@link FirmAccess} (W1); {@link AgentSupply} (W2); the
 * individuals' pass {@link WorldChoice} (W3); {@link WorldAccounts} (W4). docs/model.md, section
 * "The integrated world", gives the equations and the causal loop.
 */
public final class WorldModel {
    /** The model's name. */
    public static final String NAME = "world";

    /** The rule set. */
    public static final RuleSet RULES = RuleSet.of(NAME,
            List.of(new WorldSetup(), new TeamEndowment(), new AiRace(), new OpenModels(), new PolicyImitation(),
                    new WorldGovernance(), new FirmAccess(), new AgentSupply(), new WorldChoice(),
                    new WorldAccounts()),
            List.of("cloud_share", "wage_share", "open_share", "power_hhi", "machine_output_share", "share_league",
                    "exits", "exits_displaced", "displaced", "voice", "migrations", "employed", "gig", "crowd",
                    "freelance", "community", "unemployed", "mean_income", "output_per_capita", "mean_automation",
                    "community_productivity", "rarity_premium", "commons_stock", "machine_agents",
                    "machine_communities", "agent_firm_share", "crowd_pay", "frontier_capability", "open_capability",
                    "ai_power_hhi", "power_league", "power_squeeze", "income_league", "income_squeeze"),
            List.of("cloud_share", "wage_share", "open_share", "power_hhi", "machine_output_share", "share_league"));

    /** Every parameter, with its defaults. */
    public static final ParameterRegistry PARAMETERS = RULES.parameters();

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = RULES.metrics();

    private WorldModel() {
    }
}
