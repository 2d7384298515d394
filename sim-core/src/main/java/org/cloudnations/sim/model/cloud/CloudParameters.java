package org.cloudnations.sim.model.cloud;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;

/**
 * The declared parameters of the cloud-communities model, one constant each; every rule lists the
 * ones it reads. docs/model.md lists each with its equation.
 */
final class CloudParameters {
    /** Policy mixes a run can start from. */

    static final ParameterSpec INDIVIDUALS = ParameterSpec.integer("individuals", 100_000, 1, 50_000_000, "individuals",
            "0.1", "N, number of individuals");
    static final ParameterSpec STATES = ParameterSpec.integer("states", 20, 2, 10_000, "states", "0.9",
            "S, number of states");
    static final ParameterSpec FIRMS = ParameterSpec.integer("firms", 200, 1, 1_000_000, "firms", "0.4",
            "F, number of firms; each state has at least one (F is raised to S if smaller), the rest follow " +
            "population");
    static final ParameterSpec COMMUNITIES = ParameterSpec.integer("communities", 20, 1, 10_000, "communities", "0.1",
            "C, number of cloud communities");
    static final ParameterSpec CAPABILITY_TYPES = ParameterSpec.integer("capability_types", 8, 1, 10_000, "types",
            "0.7", "K, kinds of capability; community c has one, drawn from Zipf(1) over K");
    static final ParameterSpec STATE_SIZE_EXPONENT = ParameterSpec.real("state_size_exponent", 1.0, 0.0, 3.0, "1",
            "0.9", "zeta, state population weights (rank)^-zeta: 0 equal sizes, 1 Zipf");
    static final ParameterSpec CAPITAL_SHARE = ParameterSpec.real("capital_share", 0.4, 0.0, 1.0, "1", "0.9",
            "share of each state's residents who live in its capital");
    static final ParameterSpec CAPITAL_PREMIUM = ParameterSpec.real("capital_premium", 0.3, 0.0, 5.0, "1", "0.9",
            "pi_cap, productivity premium of the capital over the hinterland");
    static final ParameterSpec DIGITAL_ACCESS = ParameterSpec.real("digital_access", 0.5, 0.01, 0.99, "1", "0.1",
            "D, mean digital access; d ~ Beta(D/(1-D), 1)");
    static final ParameterSpec SKILL_SIGMA = ParameterSpec.real("skill_sigma", 0.8, 0.0, 3.0, "1", "0.1",
            "sigma_h, standard deviation of log skill (log-normal, mean 1)");
    static final ParameterSpec LOYALTY_MEAN = ParameterSpec.real("loyalty_mean", 0.3, 0.0, 10.0, "income", "0.2",
            "L, mean loyalty to the home state (exponential); added to the cost of exit and of emigration");
    static final ParameterSpec EXIT_COST = ParameterSpec.real("exit_cost", 0.2, 0.0, 10.0, "income", "0.2",
            "kappa, cost of leaving the home labour market (plus squeeze and loyalty), of returning, and of " +
            "switching community or to crowd work");
    static final ParameterSpec MIGRATION_COST = ParameterSpec.real("migration_cost", 0.6, 0.0, 10.0, "income", "0.8",
            "kappa_m, cost of moving residence to another state; times (1 - d) for cloud and crowd workers");
    static final ParameterSpec CHOICE_INTENSITY = ParameterSpec.real("choice_intensity", 10.0, 0.0, 100.0, "1/income",
            "0.2", "beta, intensity of choice of the multinomial logit");
    static final ParameterSpec REVISION_RATE = ParameterSpec.real("revision_rate", 0.05, 0.0, 1.0, "1/tick", "0.2",
            "r, probability that an individual reconsiders its options in a tick");
    static final ParameterSpec SEARCH_REVISION_RATE = ParameterSpec.real("search_revision_rate", 0.2, 0.0, 1.0,
            "1/tick", "0.3", "r_J, probability that a job seeker reconsiders its options in a tick (active search)");
    static final ParameterSpec PRODUCTIVITY_SIGMA = ParameterSpec.real("productivity_sigma", 0.3, 0.0, 3.0, "1", "0.9",
            "sigma_A, standard deviation of log state productivity (mean 1)");
    static final ParameterSpec TAX_RATE = ParameterSpec.real("tax_rate", 0.3, 0.0, 0.9, "1", "0.2",
            "tau_0, states' base tax rate on labour income");
    static final ParameterSpec CLOUD_TAX_RATE = ParameterSpec.real("cloud_tax_rate", 0.1, 0.0, 0.9, "1", "0.8",
            "tau_c, tax on cloud income of residents of NEUTRAL and LEAGUE states");
    static final ParameterSpec SQUEEZE_TAX_RATE = ParameterSpec.real("squeeze_tax_rate", 0.5, 0.0, 0.9, "1", "0.8",
            "tau_sq, tax on cloud income of residents of SQUEEZE states");
    static final ParameterSpec SQUEEZE_EXIT_COST = ParameterSpec.real("squeeze_exit_cost", 0.3, 0.0, 10.0, "income",
            "0.8", "kappa_sq, extra cost of exit from a SQUEEZE state's labour market into the cloud or crowd work");
    static final ParameterSpec OFFSHORE_FEE = ParameterSpec.real("offshore_fee", 0.05, 0.0, 0.9, "1", "0.6",
            "f_off, share of gross cloud income an OFFSHORE state charges its e-residents");
    static final ParameterSpec LEAGUE_DISCOUNT = ParameterSpec.real("league_discount", 0.5, 0.0, 1.0, "1", "0.8",
            "lambda_L, cut in exit and migration costs inside the league; also its innovation sharing");
    static final ParameterSpec COMMUNITY_PRODUCTIVITY = ParameterSpec.real("community_productivity", 1.1, 0.0, 10.0,
            "income", "0.1", "q, productivity of a community member per unit of skill and digital access");
    static final ParameterSpec NETWORK_EXPONENT = ParameterSpec.real("network_exponent", 0.5, 0.0, 2.0, "1", "0.1",
            "gamma, returns to community size: phi = q (1 + (M + m)/Mbar)^gamma");
    static final ParameterSpec AUTOMATION_RATE = ParameterSpec.real("automation_rate", 0.0, 0.0, 0.5, "1/tick", "0.3",
            "alpha, probability that an employee's job is automated away in a tick");
    static final ParameterSpec JOB_FINDING_RATE = ParameterSpec.real("job_finding_rate", 0.2, 0.0, 1.0, "1/tick", "0.3",
            "rho_J, probability that a job seeker at home is hired in a tick");
    static final ParameterSpec UNEMPLOYMENT_BENEFIT = ParameterSpec.real("unemployment_benefit", 0.3, 0.0, 2.0,
            "income", "0.3", "b, benefit of a job seeker per unit of state productivity");
    static final ParameterSpec COMMONS_ADOPTION = ParameterSpec.real("commons_adoption", 0.5, 0.0, 1.0, "1", "0.4",
            "share of firms that integrate commons output (X_f = 1)");
    static final ParameterSpec COMMONS_GAIN = ParameterSpec.real("commons_gain", 0.3, 0.0, 5.0, "1", "0.4",
            "theta, productivity gain of an integrating firm when the commons is saturated");
    static final ParameterSpec COMMONS_HALF = ParameterSpec.real("commons_half", 1.0, 0.001, 1000.0,
            "income/individual", "0.4", "K_half, commons stock per individual at which the gain is half of theta");
    static final ParameterSpec COMMONS_DEPRECIATION = ParameterSpec.real("commons_depreciation", 0.05, 0.0, 1.0,
            "1/tick", "0.4", "delta, share of the commons stock that becomes obsolete each tick");
    static final ParameterSpec CONTRIBUTION_SHARE = ParameterSpec.real("contribution_share", 0.5, 0.0, 1.0, "1", "0.4",
            "share of community output released into the commons");
    static final ParameterSpec CROWD_RATE = ParameterSpec.real("crowd_rate", 1.0, 0.0, 10.0, "income", "0.4",
            "psi, piece rate of crowd work per unit of skill and digital access, times the share of integrating firms");
    static final ParameterSpec TOP_SKILL = ParameterSpec.real("top_skill", 2.5, 0.0, 100.0, "1", "0.4",
            "h_top, skill above which community members are hired as top contributors");
    static final ParameterSpec TOP_HIRE_RATE = ParameterSpec.real("top_hire_rate", 0.01, 0.0, 1.0, "1/tick", "0.4",
            "vacancies for top contributors per employee of integrating firms");
    static final ParameterSpec TOP_WAGE_PREMIUM = ParameterSpec.real("top_wage_premium", 0.3, 0.0, 10.0, "1", "0.4",
            "wage premium firms pay hired top contributors while they stay employed");
    static final ParameterSpec MACHINE_SHARE = ParameterSpec.real("machine_share", 0.0, 0.0, 1.0, "1", "0.5",
            "share of communities that are machine communities with automated contributors");
    static final ParameterSpec MACHINE_OUTPUT = ParameterSpec.real("machine_output", 1.0, 0.0, 100.0, "1", "0.5",
            "automated contributors of a machine community, per Mbar, in unit-skill equivalents");
    static final ParameterSpec RARITY_EXPONENT = ParameterSpec.real("rarity_exponent", 1.0, 0.0, 5.0, "1", "0.7",
            "eta, influence = output * rarity^eta");
    static final ParameterSpec VOICE_RESPONSE = ParameterSpec.real("voice_response", 0.5, 0.0, 10.0, "1", "0.2",
            "v, cut in the tax rate per unit of voice (voicers per resident)");
    static final ParameterSpec TAX_REVERSION = ParameterSpec.real("tax_reversion", 0.05, 0.0, 1.0, "1/tick", "0.2",
            "xi, speed at which the tax rate returns to tau_0");
    static final ParameterSpec MAX_TAX_RATE = ParameterSpec.real("max_tax_rate", 0.9, 0.0, 1.0, "1", "0.2",
            "tau_max, upper bound of the labour tax rate after voice and reversion (C3)");
    static final ParameterSpec POLICY_MIX = ParameterSpec.choice("policy_mix", PolicyMix.MIXED, "0.8",
            "initial policies: one for all, mixed (all four in turn), squeeze-league or offshore-neutral " +
            "(alternating)");
    static final ParameterSpec POLICY_PERIOD = ParameterSpec.integer("policy_period", 10, 0, 1_000_000, "ticks", "0.8",
            "states revise their policy by imitation every this many ticks; 0 never");
    static final ParameterSpec POLICY_MUTATION = ParameterSpec.real("policy_mutation", 0.01, 0.0, 1.0, "1", "0.8",
            "probability that a revising state picks a random policy instead of imitating");
    static final ParameterSpec INTEGRATION_WEIGHT = ParameterSpec.real("integration_weight", 1.0, 0.0, 100.0, "1",
            "0.10", "omega, weight of integrated cloud income in a state's power");
    static final ParameterSpec CRISIS_RATE = ParameterSpec.real("crisis_rate", 0.0, 0.0, 1.0, "1/tick", "0.11",
            "probability that a global crisis starts in a tick (none during one)");
    static final ParameterSpec CRISIS_LENGTH = ParameterSpec.integer("crisis_length", 10, 1, 1_000_000, "ticks", "0.11",
            "duration of a crisis");
    static final ParameterSpec CRISIS_DEPTH = ParameterSpec.real("crisis_depth", 0.3, 0.0, 1.0, "1", "0.11",
            "share of home, firm and crowd income lost during a crisis");
    static final ParameterSpec CLOUD_EXPOSURE = ParameterSpec.real("cloud_exposure", 0.3, 0.0, 1.0, "1", "0.11",
            "share of the crisis depth that hits community income (the cloud as an ark)");
    static final ParameterSpec ELITE_TRANSFER = ParameterSpec.real("elite_transfer", 0.0, 0.0, 0.5, "1", "0.12",
            "share of all tax revenue transferred to members of the most influential community");
    static final ParameterSpec SAVING_RATE = ParameterSpec.real("saving_rate", 0.1, 0.0, 1.0, "1", "0.12",
            "share of income added to wealth");

    private CloudParameters() {
    }
}
