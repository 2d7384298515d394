package org.cloudnations.sim.model.exit;

import java.util.List;
import org.cloudnations.sim.engine.DeclaredModel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ObjectPerAgentBaseline;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;

/**
 * The exit model: individuals exit their home state's economy for cloud communities and may
 * return (rows 0.1 and 0.2 of the seed digest). docs/model.md, section "Exit", gives the equations.
 */
public final class ExitModel extends DeclaredModel implements ObjectPerAgentBaseline {
    /** The model's name. */
    public static final String NAME = "exit";

    /** Every parameter of the exit model, with its defaults. */
    public static final ParameterRegistry PARAMETERS = ParameterRegistry.of(List.of(
            ParameterSpec.integer("individuals", 100_000, 1, 50_000_000, "individuals", "0.1",
                    "N, number of individuals"),
            ParameterSpec.integer("states", 20, 1, 100_000, "states", "0.2",
                    "S, number of states; individuals are spread uniformly over them"),
            ParameterSpec.integer("communities", 10, 1, 100_000, "communities", "0.1",
                    "C, number of cloud communities"),
            ParameterSpec.real("digital_access", 0.5, 0.01, 0.99, "1", "0.1",
                    "D, mean digital access; d ~ Beta(D/(1-D), 1) scales cloud income"),
            ParameterSpec.real("skill_sigma", 0.8, 0.0, 3.0, "1", "0.1",
                    "sigma_h, standard deviation of log skill (skill is log-normal with mean 1)"),
            ParameterSpec.real("loyalty_mean", 0.3, 0.0, 10.0, "income", "0.2",
                    "L, mean loyalty to the home state (exponential); raises the exit threshold"),
            ParameterSpec.real("moving_cost", 0.2, 0.0, 10.0, "income", "0.2",
                    "kappa, cost of moving between home economy and a community, either way"),
            ParameterSpec.real("choice_intensity", 10.0, 0.0, 100.0, "1/income", "0.2",
                    "beta, intensity of choice of the logit exit and return probabilities"),
            ParameterSpec.real("revision_rate", 0.05, 0.0, 1.0, "1/tick", "0.2",
                    "r, probability that an individual reconsiders its affiliation in a tick"),
            ParameterSpec.real("productivity_sigma", 0.3, 0.0, 3.0, "1", "0.2",
                    "sigma_A, standard deviation of log state productivity (mean 1)"),
            ParameterSpec.real("tax_rate", 0.3, 0.0, 0.95, "1", "0.2",
                    "tau, states' tax rate on income earned in the home economy"),
            ParameterSpec.real("cloud_tax_rate", 0.0, 0.0, 0.95, "1", "0.8",
                    "tau_c, tax rate on cloud income (0: cloud income escapes tax)"),
            ParameterSpec.real("community_productivity", 1.1, 0.0, 10.0, "income", "0.1",
                    "q, productivity of a community member per unit of skill and digital access"),
            ParameterSpec.real("network_exponent", 0.5, 0.0, 2.0, "1", "0.1",
                    "gamma, returns to community size: phi = q (1 + M/Mbar)^gamma; above 1 increasing returns")));

    /** Every metric of the exit model, in CSV column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("cloud_share", "1", "fraction of individuals in cloud communities"),
            new MetricSpec("exits", "individuals/tick", "individuals who left the home economy this tick"),
            new MetricSpec("returns", "individuals/tick", "community members who returned home this tick"),
            new MetricSpec("cloud_skill_ratio", "1",
                    "mean skill of community members over mean skill of all (0 when no members)"),
            new MetricSpec("mean_income", "income", "mean net income per individual"),
            new MetricSpec("cloud_income_share", "1", "share of all net income earned in communities"),
            new MetricSpec("tax_per_capita", "income", "tax revenue of all states per individual"),
            new MetricSpec("tax_gini", "1", "Gini coefficient of per-capita tax revenue across states"),
            new MetricSpec("largest_community_share", "1", "share of members in the largest community"),
            new MetricSpec("community_hhi", "1", "Herfindahl-Hirschman index of community sizes"));

    /** Declares the model. */
    public ExitModel() {
        super(NAME, PARAMETERS, METRICS,
                List.of("cloud_share", "cloud_income_share", "largest_community_share", "tax_gini"));
    }

    @Override
    public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
        return new ExitInstance(ExitSettings.from(parameters), seed, loop, false);
    }

    @Override
    public ModelInstance instantiateObjectPerAgent(Parameters parameters, long seed, ParallelLoop loop) {
        return new ExitInstance(ExitSettings.from(parameters), seed, loop, true);
    }
}
