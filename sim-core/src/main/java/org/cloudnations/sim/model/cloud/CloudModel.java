package org.cloudnations.sim.model.cloud;

import java.util.List;
import org.cloudnations.sim.engine.DeclaredModel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ObjectPerAgentBaseline;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.Parameters;

/**
 * The cloud-communities model: exit, integration and competition among states, firms, individuals
 * and cloud communities (seed 000, rows 0.1 to 0.12). docs/model.md, section "Cloud communities",
 * gives every rule as equations (C0) to (C14).
 */
public final class CloudModel extends DeclaredModel implements ObjectPerAgentBaseline {
    /** The model's name. */
    public static final String NAME = "cloud";

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("cloud_share", "1", "fraction of individuals in cloud communities"),
            new MetricSpec("exits", "individuals/tick", "moves from the home labour market to a community or crowd work"),
            new MetricSpec("returns", "individuals/tick", "moves from a community or crowd work back to the home labour market"),
            new MetricSpec("voice", "individuals/tick", "loyal residents who voiced instead of leaving"),
            new MetricSpec("migrations", "individuals/tick", "changes of state of residence"),
            new MetricSpec("displaced", "individuals/tick", "employees whose job was automated away"),
            new MetricSpec("top_hires", "individuals/tick", "top contributors hired by integrating firms"),
            new MetricSpec("crowd_share", "1", "fraction of individuals in crowd work"),
            new MetricSpec("unemployment", "1", "job seekers over employees plus job seekers"),
            new MetricSpec("cloud_skill_ratio", "1", "mean skill of community members over mean skill (0 when none)"),
            new MetricSpec("mean_income", "income", "mean net income per individual"),
            new MetricSpec("income_gini", "1", "Gini coefficient of net income (log-binned)"),
            new MetricSpec("wealth_gini", "1", "Gini coefficient of wealth (log-binned)"),
            new MetricSpec("firm_commons_use", "1", "mean productivity gain from the commons over all firms"),
            new MetricSpec("commons_stock", "income/individual", "commons stock K per individual"),
            new MetricSpec("machine_output_share", "1", "share of community output made by automated contributors"),
            new MetricSpec("largest_community_share", "1", "share of members in the largest community"),
            new MetricSpec("rarity_influence_premium", "1",
                    "rare-capability communities' share of influence over their share of output (0 if none produce)"),
            new MetricSpec("league_size", "states", "states with policy LEAGUE"),
            new MetricSpec("offshore_members", "individuals", "e-residents of OFFSHORE states"),
            new MetricSpec("offshore_fees", "income", "fees paid by e-residents to OFFSHORE states, per individual"),
            new MetricSpec("share_squeeze", "1", "share of states with policy SQUEEZE"),
            new MetricSpec("share_neutral", "1", "share of states with policy NEUTRAL"),
            new MetricSpec("share_offshore", "1", "share of states with policy OFFSHORE"),
            new MetricSpec("share_league", "1", "share of states with policy LEAGUE"),
            new MetricSpec("pop_squeeze", "1", "share of individuals resident in SQUEEZE states"),
            new MetricSpec("pop_neutral", "1", "share of individuals resident in NEUTRAL states"),
            new MetricSpec("pop_offshore", "1", "share of individuals resident in OFFSHORE states"),
            new MetricSpec("pop_league", "1", "share of individuals resident in LEAGUE states"),
            new MetricSpec("tax_squeeze", "income", "tax and fee revenue per resident of SQUEEZE states"),
            new MetricSpec("tax_neutral", "income", "tax and fee revenue per resident of NEUTRAL states"),
            new MetricSpec("tax_offshore", "income", "tax and fee revenue per resident of OFFSHORE states"),
            new MetricSpec("tax_league", "income", "tax and fee revenue per resident of LEAGUE states"),
            new MetricSpec("cloud_squeeze", "1", "community members per resident of SQUEEZE states"),
            new MetricSpec("cloud_neutral", "1", "community members per resident of NEUTRAL states"),
            new MetricSpec("cloud_offshore", "1", "community members per resident of OFFSHORE states"),
            new MetricSpec("cloud_league", "1", "community members per resident of LEAGUE states"),
            new MetricSpec("base_squeeze", "income", "tax base (gross income taxed there) per resident of SQUEEZE states"),
            new MetricSpec("base_neutral", "income", "tax base per resident of NEUTRAL states"),
            new MetricSpec("base_offshore", "income", "tax base per resident of OFFSHORE states"),
            new MetricSpec("base_league", "income", "tax base per resident of LEAGUE states"),
            new MetricSpec("tax_per_capita", "income", "tax and fee revenue of all states per individual"),
            new MetricSpec("power_gini", "1", "Gini coefficient of state power across states"),
            new MetricSpec("power_hhi", "1", "Herfindahl-Hirschman index of state power"),
            new MetricSpec("offshore_power_share", "1", "share of all state power held by OFFSHORE states"),
            new MetricSpec("integrated_power_share", "1", "share of state power that is integrated cloud income"),
            new MetricSpec("crisis", "1", "1 during a global crisis, else 0"),
            new MetricSpec("elite_income_ratio", "1",
                    "mean income of members of the most influential community over mean income (0 if none)"));

    /** Declares the model. */
    public CloudModel() {
        super(NAME, CloudParameters.REGISTRY, METRICS,
                List.of("cloud_share", "crowd_share", "unemployment", "share_league", "share_squeeze", "power_gini"));
    }

    @Override
    public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
        return new CloudInstance(CloudSettings.from(parameters), seed, loop, CloudInstance.Storage.COLUMNS);
    }

    @Override
    public ModelInstance instantiateObjectPerAgent(Parameters parameters, long seed, ParallelLoop loop) {
        return new CloudInstance(CloudSettings.from(parameters), seed, loop, CloudInstance.Storage.AGENTS);
    }
}
