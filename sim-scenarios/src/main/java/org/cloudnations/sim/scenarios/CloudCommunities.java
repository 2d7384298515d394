package org.cloudnations.sim.scenarios;

import java.util.Map;
import org.cloudnations.sim.model.cloud.CloudModel;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;

/**
 * The scenarios of the cloud-communities model (seed 000) beside {@link Baseline#SCENARIO}, one
 * constant each, each with a page under docs/scenarios/.
 */
public final class CloudCommunities {
    private static final RuleSet MODEL = CloudModel.RULES;

    /** Half SQUEEZE, half LEAGUE, no imitation: who loses members and tax base? */
    public static final Scenario SQUEEZE_VS_LEAGUE = new Scenario("squeeze-vs-league",
            "Half the states squeeze their cloud workers, half form a league; policies fixed (row 0.8)",
            MODEL, Map.of("policy_mix", "squeeze-league", "policy_period", "0"));

    /** Half OFFSHORE, half NEUTRAL: do offshore havens gain members, fees and power? */
    public static final Scenario OFFSHORE_HAVENS = new Scenario("offshore-havens",
            "Half the states sell e-residency to cloud members, half stay neutral; policies fixed (rows 0.6, 0.10)",
            MODEL, Map.of("policy_mix", "offshore-neutral", "policy_period", "0"));

    /** Automation pushes employees out: to communities or to unemployment? */
    public static final Scenario AUTOMATION_EXODUS = new Scenario("automation-exodus",
            "Automation displaces employees; communities and machine communities absorb them (rows 0.3, 0.5)",
            MODEL, Map.of("automation_rate", "0.02", "machine_share", "0.25", "policy_period", "0",
                    "policy_mix", "neutral"));

    /** Recurrent global crises: where do people go, and who keeps income? */
    public static final Scenario GLOBAL_CRISIS = new Scenario("global-crisis",
            "Recurrent global crises hit home economies harder than the cloud (row 0.11)",
            MODEL, Map.of("crisis_rate", "0.02", "crisis_length", "10", "crisis_depth", "0.4"));

    /** Special-interest redistribution to the most influential community. */
    public static final Scenario ELITE_CAPTURE = new Scenario("elite-capture",
            "A share of all tax revenue goes to members of the most influential community (row 0.12)",
            MODEL, Map.of("elite_transfer", "0.05"));

    private CloudCommunities() {
    }
}
