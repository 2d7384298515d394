package org.cloudnations.sim.model.world;

import org.cloudnations.sim.param.ParameterSpec;

/**
 * The parameters of the world's own rules (W0 to W5 in docs/model.md, section "The integrated
 * world"); the AI race's parameters are the AI economy's ({@link org.cloudnations.sim.model.ai.AiParameters}).
 * Forms marked invented in docs/model.md have invented defaults: they set scales, not findings.
 */
public final class WorldParameters {
    /** Parameter {@code communities}. */
    public static final ParameterSpec COMMUNITIES = ParameterSpec.integer("communities", 8, 1, 10_000, "communities",
            "0.1", "K, number of human cloud communities");
    /** Parameter {@code capability_types}. */
    public static final ParameterSpec CAPABILITY_TYPES = ParameterSpec.integer("capability_types", 4, 1, 100,
            "types", "0.7", "T, capability types; community k has type k mod T");
    /** Parameter {@code skill_sigma}. */
    public static final ParameterSpec SKILL_SIGMA = ParameterSpec.real("skill_sigma", 0.5, 0.0, 3.0, "1", "0.1",
            "sigma_h, dispersion of log skill");
    /** Parameter {@code state_size_exponent}. */
    public static final ParameterSpec STATE_SIZE_EXPONENT = ParameterSpec.real("state_size_exponent", 1.0, 0.0, 5.0,
            "1", "0.9", "zeta, state s gets a share of individuals proportional to (s + 1)^-zeta");
    /** Parameter {@code initial_unemployment}. */
    public static final ParameterSpec INITIAL_UNEMPLOYMENT = ParameterSpec.real("initial_unemployment", 0.05, 0.0,
            1.0, "1", "4.6", "u_0, share of individuals unemployed at tick 0 (the rest employed)");
    /** Parameter {@code integration_share}. */
    public static final ParameterSpec INTEGRATION_SHARE = ParameterSpec.real("integration_share", 0.5, 0.0, 1.0,
            "1", "0.4", "share of firms that integrate the commons");
    /** Parameter {@code commons_gain}. */
    public static final ParameterSpec COMMONS_GAIN = ParameterSpec.real("commons_gain", 0.3, 0.0, 5.0, "1", "0.4",
            "theta_C, productivity gain of an integrating firm at a saturated commons");
    /** Parameter {@code commons_half}. */
    public static final ParameterSpec COMMONS_HALF = ParameterSpec.real("commons_half", 0.1, 1e-9, 1e9, "income",
            "0.4", "C_half, commons output per individual at which the gain is half of theta_C");
    /** Parameter {@code automation_max}. */
    public static final ParameterSpec AUTOMATION_MAX = ParameterSpec.real("automation_max", 0.8, 0.0, 0.99, "1",
            "0.3", "I_max, the automation frontier a firm approaches as its AI capability grows");
    /** Parameter {@code automation_half}. */
    public static final ParameterSpec AUTOMATION_HALF = ParameterSpec.real("automation_half", 2.0, 1e-6, 1e6,
            "capability", "0.3", "a_half, AI capability at which a firm automates half of I_max");
    /** Parameter {@code licensing}. */
    public static final ParameterSpec LICENSING = ParameterSpec.flag("licensing", true, "1.1",
            "whether firms without a model of their own may license their bloc's best closed model");
    /** Parameter {@code licence_quality}. */
    public static final ParameterSpec LICENCE_QUALITY = ParameterSpec.real("licence_quality", 0.8, 0.0, 1.0, "1",
            "1.1", "q_L, share of a closed model's capability a licensee gets (API limits)");
    /** Parameter {@code agents_per_capability}. */
    public static final ParameterSpec AGENTS_PER_CAPABILITY = ParameterSpec.real("agents_per_capability", 0.07,
            0.0, 10.0, "agents", "3.7", "kappa, AI agents per individual per unit of ln(1 + a) of a model's capability a");
    /** Parameter {@code agent_choice}. */
    public static final ParameterSpec AGENT_CHOICE = ParameterSpec.real("agent_choice", 3.0, 0.0, 100.0, "1", "3.7",
            "beta_A, intensity of the agents' logit choice of where to supply work");
    /** Parameter {@code machine_communities}. */
    public static final ParameterSpec MACHINE_COMMUNITIES = ParameterSpec.flag("machine_communities", true, "0.5",
            "whether AI agents may form machine communities");
    /** Parameter {@code machine_productivity}. */
    public static final ParameterSpec MACHINE_PRODUCTIVITY = ParameterSpec.real("machine_productivity", 1.0, 0.0,
            100.0, "income", "0.5", "q_M, output of one agent-unit of work in a machine community");
    /** Parameter {@code agents_per_community}. */
    public static final ParameterSpec AGENTS_PER_COMMUNITY = ParameterSpec.real("agents_per_community", 500.0, 1.0,
            1e9, "agents", "0.5", "agents that make up one machine community (for counting them)");
    /** Parameter {@code platform_demand}. */
    public static final ParameterSpec PLATFORM_DEMAND = ParameterSpec.real("platform_demand", 0.05, 1e-6, 10.0,
            "1", "4.6", "D_P, platform micro-tasks per individual per tick");
    /** Parameter {@code revision_rate}. */
    public static final ParameterSpec REVISION_RATE = ParameterSpec.real("revision_rate", 0.1, 0.0, 1.0, "1/tick",
            "0.2", "rho, probability that an individual reconsiders its labour form in a tick");
    /** Parameter {@code choice_intensity}. */
    public static final ParameterSpec CHOICE_INTENSITY = ParameterSpec.real("choice_intensity", 6.0, 0.0, 100.0,
            "1/income", "0.2", "beta, intensity of the individuals' logit choice");
    /** Parameter {@code unemployment_benefit}. */
    public static final ParameterSpec UNEMPLOYMENT_BENEFIT = ParameterSpec.real("unemployment_benefit", 0.3, 0.0,
            10.0, "income", "4.6", "b, benefit of the unemployed");
    /** Parameter {@code gig_rate}. */
    public static final ParameterSpec GIG_RATE = ParameterSpec.real("gig_rate", 0.55, 0.0, 10.0, "income", "4.6",
            "g, income of gig work (physical, skill-independent)");
    /** Parameter {@code gig_assist}. */
    public static final ParameterSpec GIG_ASSIST = ParameterSpec.real("gig_assist", 0.3, 0.0, 10.0, "1", "4.6",
            "AI assistance gain of gig work at saturated AI tools");
    /** Parameter {@code crowd_rate}. */
    public static final ParameterSpec CROWD_RATE = ParameterSpec.real("crowd_rate", 0.5, 0.0, 10.0, "income", "4.6",
            "c, income of crowd micro-work when no AI agents compete for it");
    /** Parameter {@code freelance_rate}. */
    public static final ParameterSpec FREELANCE_RATE = ParameterSpec.real("freelance_rate", 0.45, 0.0, 10.0,
            "income", "4.6", "f, income of freelance work per unit of skill without AI tools");
    /** Parameter {@code freelance_tools}. */
    public static final ParameterSpec FREELANCE_TOOLS = ParameterSpec.real("freelance_tools", 0.5, 0.0, 10.0, "1",
            "4.6", "AI-tool gain of freelance work at saturated AI tools");
    /** Parameter {@code community_rate}. */
    public static final ParameterSpec COMMUNITY_RATE = ParameterSpec.real("community_rate", 0.6, 0.0, 10.0,
            "income", "0.1", "q, a community's income per unit of skill at reference size");
    /** Parameter {@code community_returns}. */
    public static final ParameterSpec COMMUNITY_RETURNS = ParameterSpec.real("community_returns", 0.2, 0.0, 2.0,
            "1", "0.1", "gamma, network exponent of a community's productivity in its size");
    /** Parameter {@code open_boost}. */
    public static final ParameterSpec OPEN_BOOST = ParameterSpec.real("open_boost", 0.6, 0.0, 10.0, "1", "1.2",
            "omega, productivity gain of communities at a saturated open model");
    /** Parameter {@code rarity_elasticity}. */
    public static final ParameterSpec RARITY_ELASTICITY = ParameterSpec.real("rarity_elasticity", 0.5, 0.0, 5.0,
            "1", "0.7", "eta, elasticity of a capability type's price in its scarcity");
    /** Parameter {@code capability_demand}. */
    public static final ParameterSpec CAPABILITY_DEMAND = ParameterSpec.real("capability_demand", 0.03, 1e-9, 1e9,
            "income", "0.7", "d, the world's demand for each capability type, per individual and type");
    /** Parameter {@code loyalty_cost}. */
    public static final ParameterSpec LOYALTY_COST = ParameterSpec.real("loyalty_cost", 0.3, 0.0, 10.0, "income",
            "0.2", "l, utility cost of exit per unit of loyalty");
    /** Parameter {@code voice_threshold}. */
    public static final ParameterSpec VOICE_THRESHOLD = ParameterSpec.real("voice_threshold", 0.8, 0.0, 1.0, "1",
            "0.2", "lambda_V, loyalty above which an employee who would exit voices instead");
    /** Parameter {@code exit_cost}. */
    public static final ParameterSpec EXIT_COST = ParameterSpec.real("exit_cost", 0.1, 0.0, 10.0, "income", "0.8",
            "kappa_E, cost of exit; doubled under SQUEEZE, halved under LEAGUE");
    /** Parameter {@code migration_rate}. */
    public static final ParameterSpec MIGRATION_RATE = ParameterSpec.real("migration_rate", 0.05, 0.0, 1.0, "1",
            "0.2", "share of revising home workers who also compare another state");
    /** Parameter {@code migration_cost}. */
    public static final ParameterSpec MIGRATION_COST = ParameterSpec.real("migration_cost", 0.3, 0.0, 10.0,
            "income", "0.8", "kappa_M, cost of moving; zero between two LEAGUE states");
    /** Parameter {@code tax_rate}. */
    public static final ParameterSpec TAX_RATE = ParameterSpec.real("tax_rate", 0.3, 0.0, 1.0, "1", "0.8",
            "tau, tax on home income");
    /** Parameter {@code cloud_tax}. */
    public static final ParameterSpec CLOUD_TAX = ParameterSpec.real("cloud_tax", 0.1, 0.0, 1.0, "1", "0.8",
            "tau_C, tax a state takes from its community members' income (SQUEEZE: tau_S)");
    /** Parameter {@code squeeze_tax}. */
    public static final ParameterSpec SQUEEZE_TAX = ParameterSpec.real("squeeze_tax", 0.4, 0.0, 1.0, "1", "0.8",
            "tau_S, cloud tax of a SQUEEZE state");
    /** Parameter {@code matching_rate}. */
    public static final ParameterSpec MATCHING_RATE = ParameterSpec.real("matching_rate", 0.5, 0.0, 1.0, "1", "4.6",
            "m, job-finding probability of a non-employee when no task is automated");
    /** Parameter {@code capital_floor}. */
    public static final ParameterSpec CAPITAL_FLOOR = ParameterSpec.real("capital_floor", 0.2, 1e-6, 100.0, "1",
            "4.1", "k_0, capital per efficiency unit of labour a firm has without AI agents");
    /** Parameter {@code power_output}. */
    public static final ParameterSpec POWER_OUTPUT = ParameterSpec.real("power_output", 0.4, 0.0, 1.0, "1", "3.2",
            "w_Y, weight of output in the power composite");
    /** Parameter {@code power_cloud}. */
    public static final ParameterSpec POWER_CLOUD = ParameterSpec.real("power_cloud", 0.2, 0.0, 1.0, "1", "0.10",
            "w_C, weight of integrated cloud assets in the power composite");
    /** Parameter {@code power_ai}. */
    public static final ParameterSpec POWER_AI = ParameterSpec.real("power_ai", 0.4, 0.0, 1.0, "1", "3.2",
            "w_A, weight of AI capability in the power composite");
    /** Parameter {@code weighted_votes}. */
    public static final ParameterSpec WEIGHTED_VOTES = ParameterSpec.flag("weighted_votes", true, "2.1",
            "whether states and communities vote with contribution-weighted votes on the cloud-tax cap");
    /** Parameter {@code weight_speed}. */
    public static final ParameterSpec WEIGHT_SPEED = ParameterSpec.real("weight_speed", 0.2, 0.0, 1.0, "1/tick",
            "2.2", "alpha_W, speed at which vote weights float towards contribution shares");
    /** Parameter {@code risk_pool}. */
    public static final ParameterSpec RISK_POOL = ParameterSpec.flag("risk_pool", false, "2.7",
            "whether states pool the output losses of AI disasters");
    /** Parameter {@code pool_coverage}. */
    public static final ParameterSpec POOL_COVERAGE = ParameterSpec.real("pool_coverage", 0.8, 0.0, 1.0, "1", "2.7",
            "share of a disaster's output loss the pool covers");
    /** Parameter {@code edge_diffusion}. */
    public static final ParameterSpec EDGE_DIFFUSION = ParameterSpec.flag("edge_diffusion", false, "2.9",
            "whether a cloud charter (no cloud tax) spreads from small states");
    /** Parameter {@code diffusion_threshold}. */
    public static final ParameterSpec DIFFUSION_THRESHOLD = ParameterSpec.real("diffusion_threshold", 0.5, 0.0, 1.0,
            "1", "2.9", "theta, adoption threshold of the largest state; state s needs theta * pop_s / max pop");

    private WorldParameters() {
    }
}
