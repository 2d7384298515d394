package org.cloudnations.sim.scenarios;

import java.util.Map;
import org.cloudnations.sim.model.ai.AiModel;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;

/**
 * The scenarios of the AI-economy model (seeds 001, 003 and 004), one constant each, each with a
 * page under docs/scenarios/.
 */
public final class AiEconomy {
    private static final RuleSet MODEL = AiModel.RULES;

    /** Automation with closed models and no dividend: output grows, wages, value and demand shrink. */
    public static final Scenario VALUE_PARADOX = new Scenario("value-paradox",
            "Fast AI growth automates tasks: output grows while the wage share, value and demand shrink (rows 4.1, 4.2)",
            MODEL, Map.of("automation_reach", "0.2", "open_models", "false"));

    /** Many teams, much enmity, full information and increasing returns. */
    public static final Scenario AGI_RACE = new Scenario("agi-race",
            "Eight teams race with high enmity, full information and increasing returns; disasters (rows 3.1 to 3.4)",
            MODEL, Map.of("racing_teams", "8", "enmity", "0.9", "capability_info", "1.0",
                    "returns_exponent", "1.5", "disaster_rate", "0.01"));

    /** The open arm of the open-versus-closed comparison (the closed arm sets open_models=false). */
    public static final Scenario OPEN_VS_CLOSED = new Scenario("open-vs-closed",
            "An open community model and two open-weights teams next to closed frontier labs (rows 1.1 to 1.3)",
            MODEL, Map.of("open_models", "true", "open_labs", "2"));

    /** Platforms own the frontier and enclose the commons; a data dividend keeps demand up. */
    public static final Scenario DIGITAL_IMPERIALISM = new Scenario("digital-imperialism",
            "Closed platform AI captures value; a data dividend (basic income) keeps demand up (row 4.8)",
            MODEL, Map.of("open_models", "false", "platform_cut", "0.3", "enclosure", "0.8",
                    "data_dividend", "0.5", "automation_reach", "0.2"));

    /** AI agents as rented wage workers of firms; no dividend, no open models. */
    public static final Scenario AI_CAPITALISM = new Scenario("ai-capitalism",
            "Firms rent AI agents as wage workers from closed labs; no dividend, no open models (row 4.8)",
            MODEL, Map.of("open_models", "false", "automation_reach", "0.2", "capital_intensity", "2.0",
                    "licence_fee", "0.1"));

    /**
     * Open data, shared compute and open models, at the automation reach of the other two futures
     * (0.2), so that the three futures of row 4.8 differ in institutions, not in technology.
     */
    public static final Scenario DIGITAL_SOCIALISM = new Scenario("digital-socialism",
            "Open models, public compute, state-owned open-weights labs and a data dividend (rows 1.1 to 1.5, 4.8)",
            MODEL, Map.of("open_models", "true", "open_labs", "4", "team_owner", "states",
                    "public_compute", "true", "data_dividend", "0.3", "platform_cut", "0.05", "enclosure", "0.1",
                    "automation_reach", "0.2"));

    private AiEconomy() {
    }
}
