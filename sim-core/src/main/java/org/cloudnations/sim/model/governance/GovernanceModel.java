package org.cloudnations.sim.model.governance;

import java.util.List;
import org.cloudnations.sim.engine.DeclaredModel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;

/**
 * The governance, commons and culture model (seed 002, rows 2.1 to 2.9). docs/model.md, section
 * "Governance, commons and culture", gives every rule as equations (G0) to (G9).
 */
public final class GovernanceModel extends DeclaredModel {
    /** The model's name. */
    public static final String NAME = "governance";

    /** Every parameter, with its defaults; the switches of rows 2.3 to 2.7 are off by default. */
    public static final ParameterRegistry PARAMETERS = ParameterRegistry.of(List.of(
            ParameterSpec.integer("individuals", 10_000, 10, 10_000_000, "individuals", "2.1",
                    "N, number of individuals"),
            ParameterSpec.integer("states", 30, 2, 10_000, "states", "2.1",
                    "S, number of states; sizes are Zipf with exponent state_size_exponent"),
            ParameterSpec.real("state_size_exponent", 1.0, 0.0, 3.0, "1", "2.9",
                    "zeta, Zipf exponent of state sizes: state s has weight (s+1)^-zeta"),
            ParameterSpec.integer("cities_per_state", 3, 1, 1000, "cities", "2.1", "cities in every state"),
            ParameterSpec.integer("communities", 10, 1, 10_000, "communities", "2.1",
                    "K, cloud communities (cross-border governance units)"),
            ParameterSpec.integer("daos", 5, 1, 10_000, "DAOs", "2.1", "D, DAOs / virtual nations"),
            ParameterSpec.real("cloud_share", 0.3, 0.0, 1.0, "1", "2.1",
                    "probability of community membership per unit of skill: min(1, cloud_share h)"),
            ParameterSpec.real("dao_share", 0.15, 0.0, 1.0, "1", "2.1",
                    "probability of DAO membership per unit of skill: min(1, dao_share h)"),
            ParameterSpec.real("skill_sigma", 0.6, 0.0, 3.0, "1", "2.2",
                    "sigma_h, standard deviation of log skill (mean skill 1)"),
            ParameterSpec.real("productivity_sigma", 0.6, 0.0, 3.0, "1", "2.7",
                    "sigma_A, standard deviation of log state productivity (mean 1)"),
            ParameterSpec.choice("weighting", "identity", List.of("identity", "contribution"), "2.2",
                    "identity: weights fixed by who a unit is; contribution: weights float with contribution and responsibility"),
            ParameterSpec.real("non_state_weight", 0.1, 0.0, 1.0, "1", "2.1",
                    "nu, initial share of all weight held by cities, communities and DAOs (split equally)"),
            ParameterSpec.real("contribution_weight", 0.7, 0.0, 1.0, "1", "2.2",
                    "alpha, weight of contribution against responsibility (members) in the weight target"),
            ParameterSpec.real("weight_adjustment", 0.1, 0.0, 1.0, "1/tick", "2.2",
                    "lambda, rate at which weights float towards their target"),
            ParameterSpec.real("contribution_rate", 0.1, 0.0, 10.0, "income", "2.2",
                    "c, an individual's contribution per unit of skill per tick"),
            ParameterSpec.real("peer_multiplier", 3.0, 0.0, 100.0, "1", "2.2",
                    "m_p, contribution multiplier when contributing through a community or DAO"),
            ParameterSpec.real("state_contribution", 0.05, 0.0, 1.0, "1", "2.2",
                    "tau_g, share of its output a state contributes to shared goods"),
            ParameterSpec.real("benefit_noise", 2.0, 0.0, 100.0, "1", "2.1",
                    "sigma_b, idiosyncratic spread of individual benefits from a proposal"),
            ParameterSpec.flag("time_limited_property", false, "2.3",
                    "assets whose term ends are renewed only if used efficiently, else reallocated"),
            ParameterSpec.integer("assets", 500, 0, 1_000_000, "assets", "2.3", "number of capital assets"),
            ParameterSpec.integer("owners", 50, 1, 100_000, "owners", "2.3", "number of asset owners (firms)"),
            ParameterSpec.integer("owner_capacity", 15, 1, 1_000_000, "assets", "2.3",
                    "assets an owner can use; more lie idle"),
            ParameterSpec.real("asset_turnover", 0.05, 0.0, 1.0, "1/tick", "2.3",
                    "probability that an asset is sold in a tick, to a buyer drawn by wealth"),
            ParameterSpec.integer("property_term", 20, 1, 100_000, "ticks", "2.3", "T, term of time-limited property"),
            ParameterSpec.flag("credits", false, "2.4", "contribution credits: contributors earn credits redeemed for income"),
            ParameterSpec.real("credit_rate", 1.0, 0.0, 100.0, "credits/income", "2.4", "credits earned per unit of contribution"),
            ParameterSpec.real("credit_redemption", 0.1, 0.0, 1.0, "1/tick", "2.4",
                    "share of its credits an individual redeems each tick"),
            ParameterSpec.integer("culture_features", 5, 1, 32, "features", "2.5", "F, cultural features per individual"),
            ParameterSpec.integer("culture_traits", 10, 2, 100, "traits", "2.5", "q, traits per feature"),
            ParameterSpec.real("culture_rate", 0.5, 0.0, 1.0, "1/tick", "2.5",
                    "probability that an individual attempts a cultural interaction in a tick"),
            ParameterSpec.real("cloud_contact", 0.2, 0.0, 1.0, "1", "2.5",
                    "probability that a community member's partner is drawn from its community instead of its city"),
            ParameterSpec.real("media_influence", 0.3, 0.0, 1.0, "1", "2.6",
                    "mu, the partner is the mainstream culture with probability mu times attention HHI"),
            ParameterSpec.real("reserve_share", 0.0, 0.0, 1.0, "1", "2.5",
                    "probability that an individual lives in its city's cultural reserve, which keeps that city's marginal culture"),
            ParameterSpec.real("reserve_fund", 0.0, 0.0, 1.0, "1", "2.5",
                    "probability that a non-reserve individual's partner is a random reserve member"),
            ParameterSpec.integer("sources", 50, 1, 100_000, "sources", "2.6", "J, information sources"),
            ParameterSpec.flag("open_recommender", false, "2.6",
                    "open recommenders: sources chosen by quality alone, without popularity feedback"),
            ParameterSpec.real("popularity_bias", 1.5, 0.0, 3.0, "1", "2.6",
                    "gamma, popularity exponent of the closed recommender: weight q_j (A_j + 1)^gamma"),
            ParameterSpec.real("attention_revision", 0.2, 0.0, 1.0, "1/tick", "2.6",
                    "probability that an individual picks a new source in a tick"),
            ParameterSpec.flag("risk_pool", false, "2.7",
                    "disaster-risk pool: levy paid in advance, payouts poorest first, resilience nodes"),
            ParameterSpec.real("pool_tax", 0.02, 0.0, 0.5, "1", "2.7",
                    "levy on the output of high-carbon states and on multinationals' profits"),
            ParameterSpec.real("multinational_share", 0.1, 0.0, 1.0, "1", "2.7",
                    "multinationals' profits as a share of world output"),
            ParameterSpec.real("shock_rate", 0.05, 0.0, 1.0, "1/tick", "2.7", "probability that a state is hit by a disaster"),
            ParameterSpec.real("shock_depth", 0.3, 0.0, 1.0, "1", "2.7",
                    "d, damage share of a state of mean productivity (poorer states lose more)"),
            ParameterSpec.real("recovery_rate", 0.1, 0.0, 1.0, "1/tick", "2.8",
                    "rho, rate at which output recovers, scaled by sqrt(A_s / mean A)"),
            ParameterSpec.real("resilience_share", 0.2, 0.0, 1.0, "1", "2.7",
                    "share of states, poorest first, with resilience nodes when the pool is on"),
            ParameterSpec.real("resilience_protection", 0.5, 0.0, 1.0, "1", "2.7",
                    "share of damage a resilience node prevents"),
            ParameterSpec.real("initial_adopters", 0.05, 0.0, 1.0, "1", "2.9",
                    "share of states, smallest first, that adopt the new institution at the start"),
            ParameterSpec.real("threshold_mean", 0.3, 0.0, 1.0, "1", "2.9", "mean adoption threshold of states"),
            ParameterSpec.real("threshold_sd", 0.1, 0.0, 1.0, "1", "2.9", "standard deviation of adoption thresholds"),
            ParameterSpec.real("adoption_speed", 0.3, 0.0, 1.0, "1/tick", "2.9",
                    "probability that a state reconsiders adoption in a tick")));

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("weight_hhi", "1", "Herfindahl-Hirschman index of governance weights (concentration of weight)"),
            new MetricSpec("non_state_weight_share", "1", "share of weight held by cities, communities and DAOs"),
            new MetricSpec("contributor_weight_share", "1",
                    "share of weight held by the quarter of units contributing most this tick"),
            new MetricSpec("decision_quality", "1",
                    "share of decisions so far that matched the sign of the summed benefit of all individuals"),
            new MetricSpec("participation", "1",
                    "effective share of individuals with voting power: (sum pi)^2 / (N sum pi^2)"),
            new MetricSpec("idle_capital_share", "1", "share of assets lying idle"),
            new MetricSpec("property_hhi", "1", "Herfindahl-Hirschman index of asset holdings"),
            new MetricSpec("credit_gini", "1", "Gini coefficient of credit holdings (0 without credits)"),
            new MetricSpec("income_gini", "1", "Gini coefficient of individual income"),
            new MetricSpec("attention_hhi", "1", "Herfindahl-Hirschman index of attention over sources"),
            new MetricSpec("cultural_diversity", "1", "Gini-Simpson index of traits, averaged over features"),
            new MetricSpec("mainstream_share", "1", "share of individuals whose culture is the mainstream culture"),
            new MetricSpec("poorest_loss", "1",
                    "mean loss (output gap plus levy, share of potential output) of the poorest fifth of states"),
            new MetricSpec("mean_loss", "1", "mean loss over all states"),
            new MetricSpec("pool_fund", "income/individual", "risk-pool fund per individual"),
            new MetricSpec("recovery_time", "ticks", "mean duration of completed recoveries so far (0 if none)"),
            new MetricSpec("upward_mobility", "1",
                    "share of individuals below the top income quintile who moved up a quintile this tick"),
            new MetricSpec("mean_income", "income", "mean income per individual"),
            new MetricSpec("adoption_share", "1", "share of states that have adopted the new institution"));

    /** Declares the model. */
    public GovernanceModel() {
        super(NAME, PARAMETERS, METRICS,
                List.of("non_state_weight_share", "cultural_diversity", "adoption_share", "poorest_loss"));
    }

    @Override
    public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
        return new GovernanceInstance(GovernanceSettings.from(parameters), seed, loop);
    }
}
