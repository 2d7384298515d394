package org.cloudnations.sim.model.governance;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;

/**
 * The governance model's parameters, one constant each, so that the rules that read the same
 * parameter declare it identically (see docs/model.md, section "Governance, commons and culture").
 */
final class GovernanceParameters {
    /** Parameter individuals. */
    static final ParameterSpec INDIVIDUALS =
            ParameterSpec.integer("individuals", 10_000, 10, 10_000_000, "individuals", "2.1",
            "N, number of individuals");

    /** Parameter states. */
    static final ParameterSpec STATES = ParameterSpec.integer("states", 30, 2, 10_000, "states", "2.1",
            "S, number of states; sizes are Zipf with exponent state_size_exponent");

    /** Parameter state_size_exponent. */
    static final ParameterSpec STATE_SIZE_EXPONENT =
            ParameterSpec.real("state_size_exponent", 1.0, 0.0, 3.0, "1", "2.9",
            "zeta, Zipf exponent of state sizes: state s has weight (s+1)^-zeta");

    /** Parameter cities_per_state. */
    static final ParameterSpec CITIES_PER_STATE =
            ParameterSpec.integer("cities_per_state", 3, 1, 1000, "cities", "2.1", "cities in every state");

    /** Parameter communities. */
    static final ParameterSpec COMMUNITIES = ParameterSpec.integer("communities", 10, 1, 10_000, "communities", "2.1",
            "K, cloud communities (cross-border governance units)");

    /** Parameter daos. */
    static final ParameterSpec DAOS =
            ParameterSpec.integer("daos", 5, 1, 10_000, "DAOs", "2.1", "D, DAOs / virtual nations");

    /** Parameter cloud_share. */
    static final ParameterSpec CLOUD_SHARE = ParameterSpec.real("cloud_share", 0.3, 0.0, 1.0, "1", "2.1",
            "probability of community membership per unit of skill: min(1, cloud_share h)");

    /** Parameter dao_share. */
    static final ParameterSpec DAO_SHARE = ParameterSpec.real("dao_share", 0.15, 0.0, 1.0, "1", "2.1",
            "probability of DAO membership per unit of skill: min(1, dao_share h)");

    /** Parameter skill_sigma. */
    static final ParameterSpec SKILL_SIGMA = ParameterSpec.real("skill_sigma", 0.6, 0.0, 3.0, "1", "2.2",
            "sigma_h, standard deviation of log skill (mean skill 1)");

    /** Parameter productivity_sigma. */
    static final ParameterSpec PRODUCTIVITY_SIGMA = ParameterSpec.real("productivity_sigma", 0.6, 0.0, 3.0, "1", "2.7",
            "sigma_A, standard deviation of log state productivity (mean 1)");

    /** Parameter weighting. */
    static final ParameterSpec WEIGHTING =
            ParameterSpec.choice("weighting", Weighting.IDENTITY, "2.2",
            "identity: weights fixed by who a unit is; contribution: weights float with contribution and responsibility");

    /** Parameter non_state_weight. */
    static final ParameterSpec NON_STATE_WEIGHT = ParameterSpec.real("non_state_weight", 0.1, 0.0, 1.0, "1", "2.1",
            "nu, initial share of all weight held by cities, communities and DAOs (split equally)");

    /** Parameter contribution_weight. */
    static final ParameterSpec CONTRIBUTION_WEIGHT =
            ParameterSpec.real("contribution_weight", 0.7, 0.0, 1.0, "1", "2.2",
            "alpha, weight of contribution against responsibility (members) in the weight target");

    /** Parameter weight_adjustment. */
    static final ParameterSpec WEIGHT_ADJUSTMENT =
            ParameterSpec.real("weight_adjustment", 0.1, 0.0, 1.0, "1/tick", "2.2",
            "lambda, rate at which weights float towards their target");

    /** Parameter contribution_rate. */
    static final ParameterSpec CONTRIBUTION_RATE =
            ParameterSpec.real("contribution_rate", 0.1, 0.0, 10.0, "income", "2.2",
            "c, an individual's contribution per unit of skill per tick");

    /** Parameter peer_multiplier. */
    static final ParameterSpec PEER_MULTIPLIER = ParameterSpec.real("peer_multiplier", 3.0, 0.0, 100.0, "1", "2.2",
            "m_p, contribution multiplier when contributing through a community or DAO");

    /** Parameter state_contribution. */
    static final ParameterSpec STATE_CONTRIBUTION = ParameterSpec.real("state_contribution", 0.05, 0.0, 1.0, "1", "2.2",
            "tau_g, share of its output a state contributes to shared goods");

    /** Parameter benefit_noise. */
    static final ParameterSpec BENEFIT_NOISE = ParameterSpec.real("benefit_noise", 2.0, 0.0, 100.0, "1", "2.1",
            "sigma_b, idiosyncratic spread of individual benefits from a proposal");

    /** Parameter time_limited_property. */
    static final ParameterSpec TIME_LIMITED_PROPERTY = ParameterSpec.flag("time_limited_property", false, "2.3",
            "assets whose term ends are renewed only if used efficiently, else reallocated");

    /** Parameter assets. */
    static final ParameterSpec ASSETS =
            ParameterSpec.integer("assets", 500, 0, 1_000_000, "assets", "2.3", "number of capital assets");

    /** Parameter owners. */
    static final ParameterSpec OWNERS =
            ParameterSpec.integer("owners", 50, 1, 100_000, "owners", "2.3", "number of asset owners (firms)");

    /** Parameter owner_capacity. */
    static final ParameterSpec OWNER_CAPACITY =
            ParameterSpec.integer("owner_capacity", 15, 1, 1_000_000, "assets", "2.3",
            "assets an owner can use; more lie idle");

    /** Parameter asset_turnover. */
    static final ParameterSpec ASSET_TURNOVER = ParameterSpec.real("asset_turnover", 0.05, 0.0, 1.0, "1/tick", "2.3",
            "probability that an asset is sold in a tick, to a buyer drawn by wealth");

    /** Parameter property_term. */
    static final ParameterSpec PROPERTY_TERM =
            ParameterSpec.integer("property_term", 20, 1, 100_000, "ticks", "2.3", "T, term of time-limited property");

    /** Parameter credits. */
    static final ParameterSpec CREDITS =
            ParameterSpec.flag("credits", false, "2.4", "contribution credits: contributors earn credits redeemed for income");

    /** Parameter credit_rate. */
    static final ParameterSpec CREDIT_RATE =
            ParameterSpec.real("credit_rate", 1.0, 0.0, 100.0, "credits/income", "2.4", "credits earned per unit of contribution");

    /** Parameter credit_redemption. */
    static final ParameterSpec CREDIT_REDEMPTION =
            ParameterSpec.real("credit_redemption", 0.1, 0.0, 1.0, "1/tick", "2.4",
            "share of its credits an individual redeems each tick");

    /** Parameter culture_features. */
    static final ParameterSpec CULTURE_FEATURES =
            ParameterSpec.integer("culture_features", 5, 1, 32, "features", "2.5", "F, cultural features per individual");

    /** Parameter culture_traits. */
    static final ParameterSpec CULTURE_TRAITS =
            ParameterSpec.integer("culture_traits", 10, 2, 100, "traits", "2.5", "q, traits per feature");

    /** Parameter culture_rate. */
    static final ParameterSpec CULTURE_RATE = ParameterSpec.real("culture_rate", 0.5, 0.0, 1.0, "1/tick", "2.5",
            "probability that an individual attempts a cultural interaction in a tick");

    /** Parameter cloud_contact. */
    static final ParameterSpec CLOUD_CONTACT = ParameterSpec.real("cloud_contact", 0.2, 0.0, 1.0, "1", "2.5",
            "probability that a community member's partner is drawn from its community instead of its city");

    /** Parameter media_influence. */
    static final ParameterSpec MEDIA_INFLUENCE = ParameterSpec.real("media_influence", 0.3, 0.0, 1.0, "1", "2.6",
            "mu, the partner is the mainstream culture with probability mu times attention HHI");

    /** Parameter reserve_share. */
    static final ParameterSpec RESERVE_SHARE = ParameterSpec.real("reserve_share", 0.0, 0.0, 1.0, "1", "2.5",
            "probability that an individual lives in its city's cultural reserve, which keeps that city's marginal culture");

    /** Parameter reserve_fund. */
    static final ParameterSpec RESERVE_FUND = ParameterSpec.real("reserve_fund", 0.0, 0.0, 1.0, "1", "2.5",
            "probability that a non-reserve individual's partner is a random reserve member");

    /** Parameter sources. */
    static final ParameterSpec SOURCES =
            ParameterSpec.integer("sources", 50, 1, 100_000, "sources", "2.6", "J, information sources");

    /** Parameter open_recommender. */
    static final ParameterSpec OPEN_RECOMMENDER = ParameterSpec.flag("open_recommender", false, "2.6",
            "open recommenders: sources chosen by quality alone, without popularity feedback");

    /** Parameter popularity_bias. */
    static final ParameterSpec POPULARITY_BIAS = ParameterSpec.real("popularity_bias", 1.5, 0.0, 3.0, "1", "2.6",
            "gamma, popularity exponent of the closed recommender: weight q_j (A_j + 1)^gamma");

    /** Parameter attention_revision. */
    static final ParameterSpec ATTENTION_REVISION =
            ParameterSpec.real("attention_revision", 0.2, 0.0, 1.0, "1/tick", "2.6",
            "probability that an individual picks a new source in a tick");

    /** Parameter risk_pool. */
    static final ParameterSpec RISK_POOL = ParameterSpec.flag("risk_pool", false, "2.7",
            "disaster-risk pool: levy paid in advance, payouts poorest first, resilience nodes");

    /** Parameter pool_tax. */
    static final ParameterSpec POOL_TAX = ParameterSpec.real("pool_tax", 0.02, 0.0, 0.5, "1", "2.7",
            "levy on the output of high-carbon states and on multinationals' profits");

    /** Parameter multinational_share. */
    static final ParameterSpec MULTINATIONAL_SHARE =
            ParameterSpec.real("multinational_share", 0.1, 0.0, 1.0, "1", "2.7",
            "multinationals' profits as a share of world output");

    /** Parameter shock_rate. */
    static final ParameterSpec SHOCK_RATE =
            ParameterSpec.real("shock_rate", 0.05, 0.0, 1.0, "1/tick", "2.7", "probability that a state is hit by a disaster");

    /** Parameter shock_depth. */
    static final ParameterSpec SHOCK_DEPTH = ParameterSpec.real("shock_depth", 0.3, 0.0, 1.0, "1", "2.7",
            "d, damage share of a state of mean productivity (poorer states lose more)");

    /** Parameter recovery_rate. */
    static final ParameterSpec RECOVERY_RATE = ParameterSpec.real("recovery_rate", 0.1, 0.0, 1.0, "1/tick", "2.8",
            "rho, rate at which output recovers, scaled by sqrt(A_s / mean A)");

    /** Parameter resilience_share. */
    static final ParameterSpec RESILIENCE_SHARE = ParameterSpec.real("resilience_share", 0.2, 0.0, 1.0, "1", "2.7",
            "share of states, poorest first, with resilience nodes when the pool is on");

    /** Parameter resilience_protection. */
    static final ParameterSpec RESILIENCE_PROTECTION =
            ParameterSpec.real("resilience_protection", 0.5, 0.0, 1.0, "1", "2.7",
            "share of damage a resilience node prevents");

    /** Parameter initial_adopters. */
    static final ParameterSpec INITIAL_ADOPTERS = ParameterSpec.real("initial_adopters", 0.05, 0.0, 1.0, "1", "2.9",
            "share of states, smallest first, that adopt the new institution at the start");

    /** Parameter threshold_mean. */
    static final ParameterSpec THRESHOLD_MEAN =
            ParameterSpec.real("threshold_mean", 0.3, 0.0, 1.0, "1", "2.9", "mean adoption threshold of states");

    /** Parameter threshold_sd. */
    static final ParameterSpec THRESHOLD_SD =
            ParameterSpec.real("threshold_sd", 0.1, 0.0, 1.0, "1", "2.9", "standard deviation of adoption thresholds");

    /** Parameter adoption_speed. */
    static final ParameterSpec ADOPTION_SPEED = ParameterSpec.real("adoption_speed", 0.3, 0.0, 1.0, "1/tick", "2.9",
            "probability that a state reconsiders adoption in a tick");

    /** Parameter income_noise. */
    static final ParameterSpec INCOME_NOISE = ParameterSpec.real("income_noise", 0.3, 0.0, 2.0, "1", "2.4",
            "sigma_y, log standard deviation of the mean-one log-normal noise on each income per tick");

    /** Parameter recovery_threshold. */
    static final ParameterSpec RECOVERY_THRESHOLD = ParameterSpec.real("recovery_threshold", 0.95, 0.5, 1.0, "1",
            "2.8", "output level below which a state counts as recovering, until it is back at it (recovery_time)");

    private GovernanceParameters() {
    }
}
