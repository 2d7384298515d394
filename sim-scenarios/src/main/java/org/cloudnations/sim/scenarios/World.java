package org.cloudnations.sim.scenarios;

import java.util.Map;
import org.cloudnations.sim.model.world.WorldModel;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;

/**
 * The scenarios of the integrated world (all five seeds on one population), one constant each,
 * each with a page under docs/scenarios/.
 */
public final class World {
    private static final RuleSet MODEL = WorldModel.RULES;

    /** Every rule family on one population, at the defaults. */
    public static final Scenario WORLD = new Scenario("world",
            "States, firms, cloud communities and AI agents in one world: the AI race, automation, exit, "
                    + "open models, machine communities, policy competition and governance",
            MODEL, Map.of());

    /** Fast AI growth and a far automation frontier: displacement feeds the communities. */
    public static final Scenario AI_EXODUS = new Scenario("ai-exodus",
            "Fast AI growth automates firms' tasks; the displaced move into gig work and cloud communities "
                    + "(rows 0.3, 4.1, 4.6)",
            MODEL, Map.of("ai_growth", "0.05", "automation_max", "0.9"));

    /** A fast-growing open community model that firms, states and communities use. */
    public static final Scenario OPEN_AI_COMMONS = new Scenario("open-ai-commons",
            "The cloud communities build a strong open model that firms use and states run as public compute "
                    + "(rows 1.1 to 1.4, 0.4)",
            MODEL, Map.of("open_growth", "0.08", "open_initial", "0.9", "contributor_half", "0.02",
                    "public_compute", "true", "open_boost", "1.0"));

    /**
     * A race among state-owned AI labs with increasing returns and little imitation, next to the
     * squeeze/league competition.
     */
    public static final Scenario RACE_AND_LEAGUE = new Scenario("race-and-league",
            "Eight state-owned AI labs race with increasing returns and enmity while states imitate "
                    + "SQUEEZE, NEUTRAL, OFFSHORE and LEAGUE (rows 3.1 to 3.3, 0.8)",
            MODEL, Map.of("team_owner", "states", "racing_teams", "8", "returns_exponent", "1.6",
                    "ai_growth", "0.03", "enmity", "0.9", "capability_info", "1.0", "disaster_rate", "0.01", "spillover", "0.005"));

    private World() {
    }
}
