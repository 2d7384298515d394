package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;

/**
 * The declared parameters of the AI-economy model, with defaults, ranges, units and seed rows, one
 * constant each: every rule lists the ones it reads in {@link org.cloudnations.sim.rule.Rule#parameters()}
 * (a parameter read by several rules is the same constant, so its declarations agree). The model's
 * registry is {@link AiModel#PARAMETERS}. docs/model.md, section "AI economy", gives each symbol's
 * role in the equations (A0) to (A15).
 */
public final class AiParameters {

    // population
    /** Parameter {@code individuals}. */
    public static final ParameterSpec INDIVIDUALS =
            ParameterSpec.integer("individuals", 100_000, 10, 50_000_000, "individuals", "4.6",
                    "N, number of individuals (workers in one of six labour forms)");
    /** Parameter {@code states}. */
    public static final ParameterSpec STATES =
            ParameterSpec.integer("states", 8, 2, 1_000, "states", "3.3",
                    "S, number of states; state s belongs to bloc s mod 2");
    /** Parameter {@code firms}. */
    public static final ParameterSpec FIRMS =
            ParameterSpec.integer("firms", 200, 2, 100_000, "firms", "4.1",
                    "F, number of firms (at least the number of states); firm f < S is in state f");
    /** Parameter {@code platforms}. */
    static final ParameterSpec PLATFORMS =
            ParameterSpec.integer("platforms", 4, 0, 1_000, "firms", "3.5",
                    "P, the first P firms are platforms: they run gig and crowd work and enclose the commons");
    /** Parameter {@code state_size_exponent}. */
    static final ParameterSpec STATE_SIZE_EXPONENT =
            ParameterSpec.real("state_size_exponent", 1.0, 0.0, 5.0, "1", "3.3",
                    "zeta, Zipf exponent of state populations: w_s = (s+1)^-zeta");
    /** Parameter {@code firm_size_exponent}. */
    static final ParameterSpec FIRM_SIZE_EXPONENT =
            ParameterSpec.real("firm_size_exponent", 1.0, 0.0, 5.0, "1", "3.3",
                    "zeta_F, Zipf exponent of firm sizes: omega_f = (f+1)^-zeta_F");
    /** Parameter {@code productivity_sigma}. */
    static final ParameterSpec PRODUCTIVITY_SIGMA =
            ParameterSpec.real("productivity_sigma", 0.3, 0.0, 3.0, "1", "3.1",
                    "sigma_A, standard deviation of log state productivity (mean 1)");
    /** Parameter {@code skill_sigma}. */
    static final ParameterSpec SKILL_SIGMA =
            ParameterSpec.real("skill_sigma", 0.8, 0.0, 3.0, "1", "4.7",
                    "sigma_h, standard deviation of log skill (log-normal, mean 1)");
    /** Parameter {@code elite_skill}. */
    static final ParameterSpec ELITE_SKILL =
            ParameterSpec.real("elite_skill", 4.0, 0.0, 1000.0, "1", "4.7",
                    "h_E, skill from which a worker is elite AI talent: never displaced, paid the bidding-war premium");
    /** Parameter {@code initial_unemployment}. */
    static final ParameterSpec INITIAL_UNEMPLOYMENT =
            ParameterSpec.real("initial_unemployment", 0.05, 0.0, 1.0, "1", "4.6",
                    "u_0, share of individuals who start as job seekers (the rest start employed)");

    // tasks and production
    /** Parameter {@code automation_reach}. */
    static final ParameterSpec AUTOMATION_REACH =
            ParameterSpec.real("automation_reach", 0.15, 0.0, 1.0, "1", "4.1",
                    "lambda_I, tasks automated per unit of log(1 + capability): I - (N - 1) = lambda_I ln(1 + a)");
    /** Parameter {@code new_task_rate}. */
    static final ParameterSpec NEW_TASK_RATE =
            ParameterSpec.real("new_task_rate", 0.0005, 0.0, 0.1, "1/tick", "4.1",
                    "nu, growth of the task frontier N per tick (new tasks reinstate labour)");
    /** Parameter {@code physical_share}. */
    static final ParameterSpec PHYSICAL_SHARE =
            ParameterSpec.real("physical_share", 0.2, 0.0, 1.0, "1", "4.6",
                    "mu_M, tasks no AI can do (Moravec): the labour share of a firm never falls below it");
    /** Parameter {@code capital_intensity}. */
    static final ParameterSpec CAPITAL_INTENSITY =
            ParameterSpec.real("capital_intensity", 1.0, 0.001, 1000.0, "1", "4.4",
                    "k_K, AI agent units per initial efficiency unit of a firm's labour, times (1 + a)");
    /** Parameter {@code supervision}. */
    static final ParameterSpec SUPERVISION =
            ParameterSpec.real("supervision", 0.1, 0.0, 1.0, "1", "4.4",
                    "sigma_S, jobs of human supervision per automated task, relative to a labour task");
    /** Parameter {@code elite_premium}. */
    static final ParameterSpec ELITE_PREMIUM =
            ParameterSpec.real("elite_premium", 0.5, 0.0, 10.0, "1", "4.7",
                    "varpi, elite wage premium per unit of ln(1 + frontier capability)");

    // AI race
    /** Parameter {@code racing_teams}. */
    static final ParameterSpec RACING_TEAMS =
            ParameterSpec.integer("racing_teams", 4, 1, 64, "teams", "3.1",
                    "R, number of racing teams, each with one closed (or open-weights) frontier model");
    /** Parameter {@code team_owner}. */
    static final ParameterSpec TEAM_OWNER =
            ParameterSpec.choice("team_owner", TeamOwner.FIRMS, "3.5",
                    "who owns team j: firm j (the largest firms) or state j mod S");
    /** Parameter {@code open_labs}. */
    static final ParameterSpec OPEN_LABS =
            ParameterSpec.integer("open_labs", 0, 0, 64, "teams", "1.1",
                    "teams j < open_labs release open weights: free to use for everyone (at most racing_teams)");
    /** Parameter {@code initial_capability}. */
    static final ParameterSpec INITIAL_CAPABILITY =
            ParameterSpec.real("initial_capability", 1.0, 0.01, 100.0, "capability", "3.1",
                    "a_0, mean initial capability of a team's model");
    /** Parameter {@code capability_dispersion}. */
    static final ParameterSpec CAPABILITY_DISPERSION =
            ParameterSpec.real("capability_dispersion", 0.2, 0.0, 2.0, "1", "3.1",
                    "sigma_a, standard deviation of log initial team capability");
    /** Parameter {@code ai_growth}. */
    static final ParameterSpec AI_GROWTH =
            ParameterSpec.real("ai_growth", 0.015, 0.0, 0.5, "1/tick", "3.1",
                    "g_a, capability growth rate of a team at the mean capability, without speed-up");
    /** Parameter {@code returns_exponent}. */
    static final ParameterSpec RETURNS_EXPONENT =
            ParameterSpec.real("returns_exponent", 1.2, 0.0, 3.0, "1", "3.1",
                    "rho, returns to capability: growth scales with (a_j / mean a)^(rho - 1); above 1 increasing returns");
    /** Parameter {@code spillover}. */
    static final ParameterSpec SPILLOVER =
            ParameterSpec.real("spillover", 0.02, 0.0, 1.0, "1/tick", "3.4",
                    "varsigma, share of the gap to the best visible model a team closes each tick by imitation");
    /** Parameter {@code decoupling}. */
    public static final ParameterSpec DECOUPLING =
            ParameterSpec.flag("decoupling", false, "3.4",
                    "blocs decouple: no spill-over and no licences across blocs (open weights still flow)");
    /** Parameter {@code enmity}. */
    static final ParameterSpec ENMITY =
            ParameterSpec.real("enmity", 0.5, 0.0, 1.0, "1", "3.1",
                    "e, enmity between teams (Armstrong, Bostrom and Shulman): scales the safety they give up");
    /** Parameter {@code capability_info}. */
    static final ParameterSpec CAPABILITY_INFO =
            ParameterSpec.real("capability_info", 0.5, 0.0, 1.0, "1", "3.1",
                    "iota, how much teams know of rivals' capabilities (1: the true gap drives their risk)");
    /** Parameter {@code base_risk}. */
    static final ParameterSpec BASE_RISK =
            ParameterSpec.real("base_risk", 0.1, 0.0, 1.0, "1", "3.1",
                    "x_0, risk (1 - safety) a team takes with no rival");
    /** Parameter {@code speed_gain}. */
    static final ParameterSpec SPEED_GAIN =
            ParameterSpec.real("speed_gain", 0.5, 0.0, 5.0, "1", "3.1",
                    "mu, extra growth per unit of risk: growth factor (1 + mu x_j)");
    /** Parameter {@code disaster_rate}. */
    static final ParameterSpec DISASTER_RATE =
            ParameterSpec.real("disaster_rate", 0.002, 0.0, 1.0, "1/tick", "3.1",
                    "p_D, disaster probability per tick of a team at full risk (x = 1)");
    /** Parameter {@code disaster_damage}. */
    static final ParameterSpec DISASTER_DAMAGE =
            ParameterSpec.real("disaster_damage", 0.5, 0.0, 1.0, "1", "3.1",
                    "zeta_D, share of the team's capability and of its home state's firm output lost in a disaster");
    /** Parameter {@code alliance_governance}. */
    static final ParameterSpec ALLIANCE_GOVERNANCE =
            ParameterSpec.flag("alliance_governance", false, "3.6",
                    "safety rules hold inside each bloc only: rivals of the same bloc do not raise a team's risk");
    /** Parameter {@code data_returns}. */
    static final ParameterSpec DATA_RETURNS =
            ParameterSpec.real("data_returns", 0.002, 0.0, 1.0, "1/tick", "4.5",
                    "g_D, capability growth from unpaid user activity: + g_D a_j (users of j / N)");

    // open and closed models
    /** Parameter {@code open_models}. */
    static final ParameterSpec OPEN_MODELS =
            ParameterSpec.flag("open_models", true, "1.1",
                    "a community-owned open model exists: contributors improve it, everyone may use it");
    /** Parameter {@code open_initial}. */
    static final ParameterSpec OPEN_INITIAL =
            ParameterSpec.real("open_initial", 0.5, 0.0, 1.0, "1", "1.1",
                    "a_O(0) / a_0, initial capability of the community's open model");
    /** Parameter {@code open_growth}. */
    static final ParameterSpec OPEN_GROWTH =
            ParameterSpec.real("open_growth", 0.03, 0.0, 0.5, "1/tick", "1.2",
                    "g_O, open-model growth rate with all contributors' effort saturated");
    /** Parameter {@code contributor_half}. */
    static final ParameterSpec CONTRIBUTOR_HALF =
            ParameterSpec.real("contributor_half", 0.05, 0.0001, 10.0, "1", "1.2",
                    "m_half, contributors' skill per individual at which open growth is half of g_O");
    /** Parameter {@code licence_fee}. */
    static final ParameterSpec LICENCE_FEE =
            ParameterSpec.real("licence_fee", 0.2, 0.0, 1000.0, "1", "1.3",
                    "l, per-tick licence fee per unit of the licensed capability over a_0, in units of the mean firm's initial output without AI");
    /** Parameter {@code tool_fee}. */
    static final ParameterSpec TOOL_FEE =
            ParameterSpec.real("tool_fee", 0.1, 0.0, 100.0, "income", "1.3",
                    "c_T, per-tick subscription of a freelancer to closed AI tools");
    /** Parameter {@code public_compute}. */
    static final ParameterSpec PUBLIC_COMPUTE =
            ParameterSpec.flag("public_compute", false, "1.4",
                    "states run a public model on shared compute, free to every firm and individual");
    /** Parameter {@code public_share}. */
    static final ParameterSpec PUBLIC_SHARE =
            ParameterSpec.real("public_share", 0.5, 0.0, 1.0, "1", "1.4",
                    "pi_P, capability of the public model as a share of the best team's");
    /** Parameter {@code data_dividend}. */
    static final ParameterSpec DATA_DIVIDEND =
            ParameterSpec.real("data_dividend", 0.0, 0.0, 1.0, "1", "1.5",
                    "delta_B, share of firms' capital income paid out as an equal basic income to residents");

    // labour forms and choice
    /** Parameter {@code revision_rate}. */
    static final ParameterSpec REVISION_RATE =
            ParameterSpec.real("revision_rate", 0.05, 0.0, 1.0, "1/tick", "4.6",
                    "r, probability that an individual reconsiders its labour form in a tick");
    /** Parameter {@code choice_intensity}. */
    static final ParameterSpec CHOICE_INTENSITY =
            ParameterSpec.real("choice_intensity", 5.0, 0.0, 100.0, "1/income", "4.6",
                    "beta, intensity of the logit choice among labour forms");
    /** Parameter {@code switch_cost}. */
    static final ParameterSpec SWITCH_COST =
            ParameterSpec.real("switch_cost", 0.2, 0.0, 10.0, "income", "4.6",
                    "kappa, one-tick cost of changing labour form");
    /** Parameter {@code matching_rate}. */
    static final ParameterSpec MATCHING_RATE =
            ParameterSpec.real("matching_rate", 0.5, 0.0, 1.0, "1", "4.6",
                    "m, job-finding probability when vacancies are at least the job seekers");
    /** Parameter {@code unemployment_benefit}. */
    static final ParameterSpec UNEMPLOYMENT_BENEFIT =
            ParameterSpec.real("unemployment_benefit", 0.3, 0.0, 2.0, "income", "4.2",
                    "b, benefit of a job seeker per unit of state productivity");
    /** Parameter {@code gig_rate}. */
    static final ParameterSpec GIG_RATE =
            ParameterSpec.real("gig_rate", 0.6, 0.0, 10.0, "income", "4.6",
                    "psi_G, gross gig income per unit of state productivity (physical work, skill-neutral)");
    /** Parameter {@code gig_assist}. */
    static final ParameterSpec GIG_ASSIST =
            ParameterSpec.real("gig_assist", 0.1, 0.0, 5.0, "1", "4.6",
                    "beta_G, gig income gain per unit of ln(1 + capability) available in the state");
    /** Parameter {@code crowd_rate}. */
    static final ParameterSpec CROWD_RATE =
            ParameterSpec.real("crowd_rate", 0.8, 0.0, 10.0, "income", "4.6",
                    "psi_W, gross crowd micro-work income per unit of skill before automation");
    /** Parameter {@code freelance_rate}. */
    static final ParameterSpec FREELANCE_RATE =
            ParameterSpec.real("freelance_rate", 0.3, 0.0, 10.0, "income", "4.6",
                    "psi_F, gross freelance income per unit of squared skill without AI tools");
    /** Parameter {@code freelance_tools}. */
    static final ParameterSpec FREELANCE_TOOLS =
            ParameterSpec.real("freelance_tools", 0.3, 0.0, 5.0, "1", "4.6",
                    "beta_F, freelance income gain per unit of ln(1 + capability of the tools used)");
    /** Parameter {@code community_rate}. */
    static final ParameterSpec COMMUNITY_RATE =
            ParameterSpec.real("community_rate", 0.4, 0.0, 10.0, "income", "1.2",
                    "psi_C, income of a community contributor per unit of skill (services, bounties; untaxed)");
    /** Parameter {@code platform_cut}. */
    static final ParameterSpec PLATFORM_CUT =
            ParameterSpec.real("platform_cut", 0.2, 0.0, 1.0, "1", "3.5",
                    "c_P, share of gig and crowd income a platform keeps");
    /** Parameter {@code enclosure}. */
    static final ParameterSpec ENCLOSURE =
            ParameterSpec.real("enclosure", 0.5, 0.0, 1.0, "1", "4.3",
                    "epsilon, most of the commons output platforms can capture: captured = epsilon PP / (1 + PP)");

    // states, demand and crises
    /** Parameter {@code tax_rate}. */
    static final ParameterSpec TAX_RATE =
            ParameterSpec.real("tax_rate", 0.3, 0.0, 0.95, "1", "4.2",
                    "tau, tax on labour income (wages, gig, crowd and freelance income)");
    /** Parameter {@code capital_tax_rate}. */
    static final ParameterSpec CAPITAL_TAX_RATE =
            ParameterSpec.real("capital_tax_rate", 0.2, 0.0, 0.95, "1", "4.2",
                    "tau_K, tax on firms' capital income");
    /** Parameter {@code wage_consumption}. */
    static final ParameterSpec WAGE_CONSUMPTION =
            ParameterSpec.real("wage_consumption", 0.95, 0.0, 1.0, "1", "4.2",
                    "c_W, share of labour income and transfers spent");
    /** Parameter {@code capital_consumption}. */
    static final ParameterSpec CAPITAL_CONSUMPTION =
            ParameterSpec.real("capital_consumption", 0.3, 0.0, 1.0, "1", "4.2",
                    "c_K, share of owners' capital income spent");
    /** Parameter {@code crisis_threshold}. */
    static final ParameterSpec CRISIS_THRESHOLD =
            ParameterSpec.real("crisis_threshold", 0.25, 0.0, 1.0, "1", "4.2",
                    "g_bar, demand gap above which an overproduction crisis starts");
    /** Parameter {@code crisis_length}. */
    static final ParameterSpec CRISIS_LENGTH =
            ParameterSpec.integer("crisis_length", 5, 1, 1000, "ticks", "4.2",
                    "T_cr, duration of an overproduction crisis");
    /** Parameter {@code crisis_depth}. */
    static final ParameterSpec CRISIS_DEPTH =
            ParameterSpec.real("crisis_depth", 0.2, 0.0, 1.0, "1", "4.2",
                    "Delta, cut in firms' output and labour demand during a crisis");

    private AiParameters() {
    }
}
