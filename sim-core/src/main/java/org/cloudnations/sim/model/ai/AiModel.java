package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.engine.DeclaredModel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ObjectPerAgentBaseline;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.Parameters;

/**
 * The AI economy: AI agents (models owned by firms, states or a community, open or closed) race
 * for capability, automate firms' tasks, displace and reinstate labour across six labour forms,
 * and change wages, value, demand, crises and power (rows 1.1 to 1.5, 3.1 to 3.7 and 4.1 to 4.8
 * of the seed digest). docs/model.md, section "AI economy", gives the equations (A0) to (A15).
 */
public final class AiModel extends DeclaredModel implements ObjectPerAgentBaseline {
    /** The model's name. */
    public static final String NAME = "ai-economy";

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("wage_share", "1",
                    "labour income (wages, elite premium, gig, crowd, freelance and community income) over output"),
            new MetricSpec("value_wealth_ratio", "hours/output",
                    "living labour hours (one per working individual) per unit of output: value over wealth"),
            new MetricSpec("output_per_capita", "output/individual", "market output per individual"),
            new MetricSpec("demand_gap", "1", "unsold share of output: max(0, 1 - demand / output)"),
            new MetricSpec("crises", "crises/tick", "overproduction crises starting this tick"),
            new MetricSpec("employed", "1", "share of individuals employed by firms"),
            new MetricSpec("gig", "1", "share of individuals in platform gig work"),
            new MetricSpec("crowd", "1", "share of individuals in crowd micro-work"),
            new MetricSpec("freelance", "1", "share of individuals freelancing"),
            new MetricSpec("community", "1", "share of individuals contributing to the open community model"),
            new MetricSpec("unemployed", "1", "share of individuals seeking a job"),
            new MetricSpec("displaced", "individuals/tick", "employees whose jobs were automated away this tick"),
            new MetricSpec("elite_wage_ratio", "1",
                    "mean wage of employed elite AI talent over the mean wage of other employees"),
            new MetricSpec("ai_capability_gini_firms", "1", "Gini coefficient of AI capability used across firms"),
            new MetricSpec("ai_capability_gini_states", "1", "Gini coefficient of AI capability across states"),
            new MetricSpec("frontier_capability", "capability", "capability of the best team's model"),
            new MetricSpec("laggard_capability", "capability",
                    "mean capability of the teams outside the frontier team's bloc"),
            new MetricSpec("open_capability", "capability", "capability of the community's open model"),
            new MetricSpec("open_share", "1", "share of AI users on open models"),
            new MetricSpec("power_hhi", "1",
                    "Herfindahl-Hirschman index of states' power composite (economic, military, financial, communicative)"),
            new MetricSpec("disasters", "disasters/tick", "AI disasters this tick"),
            new MetricSpec("race_risk", "1", "mean risk (1 - safety) the racing teams take"),
            new MetricSpec("platform_power", "1", "platforms' revenue over all states' revenue"),
            new MetricSpec("commons_captured", "1", "share of commons output captured by platforms"),
            new MetricSpec("licensed_firms", "1", "share of firms licensing a closed frontier model"),
            new MetricSpec("basic_income", "income/individual", "data dividend paid per individual"));

    /** Declares the model. */
    public AiModel() {
        super(NAME, AiParameters.REGISTRY, METRICS,
                List.of("wage_share", "demand_gap", "unemployed", "open_share", "power_hhi"));
    }

    @Override
    public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
        return new AiInstance(AiSettings.from(parameters), seed, loop, false);
    }

    @Override
    public ModelInstance instantiateObjectPerAgent(Parameters parameters, long seed, ParallelLoop loop) {
        return new AiInstance(AiSettings.from(parameters), seed, loop, true);
    }
}
