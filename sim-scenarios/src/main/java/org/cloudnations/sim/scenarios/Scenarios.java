package org.cloudnations.sim.scenarios;

import java.util.List;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenario.ScenarioCatalog;

/**
 * The catalogue of shipped scenarios; {@value #DEFAULT} is the one {@code ./sim run} runs, and
 * {@value #SWEEP_DEFAULT} the one {@code ./sim sweep} and {@code ./sim bench} use when none is named.
 */
public final class Scenarios {
    /** Name of the default scenario: the integrated world, every rule family on one population. */
    public static final String DEFAULT = "world";

    /**
     * Name of the scenario {@code sim sweep} and {@code sim bench} use when none is named: the
     * cloud model's baseline, over whose {@code digital_access} their examples and measurements run.
     */
    public static final String SWEEP_DEFAULT = "baseline";

    private static final ScenarioCatalog CATALOG = new ScenarioCatalog(List.of(Baseline.SCENARIO,
            Baseline.EXIT, CloudCommunities.SQUEEZE_VS_LEAGUE, CloudCommunities.OFFSHORE_HAVENS,
            CloudCommunities.AUTOMATION_EXODUS, CloudCommunities.GLOBAL_CRISIS, CloudCommunities.ELITE_CAPTURE,
            Governance.MULTI_LEVEL_GOVERNANCE, Governance.RISK_POOL, Governance.CULTURAL_RESERVES,
            Governance.EDGE_DIFFUSION, Governance.AXELROD_CULTURE, AiEconomy.VALUE_PARADOX, AiEconomy.AGI_RACE,
            AiEconomy.OPEN_VS_CLOSED, AiEconomy.DIGITAL_IMPERIALISM, AiEconomy.AI_CAPITALISM,
            AiEconomy.DIGITAL_SOCIALISM, World.WORLD, World.AI_EXODUS, World.OPEN_AI_COMMONS,
            World.RACE_AND_LEAGUE));

    private Scenarios() {
    }

    /** @return every shipped scenario */
    public static ScenarioCatalog catalog() {
        return CATALOG;
    }

    /**
     * @param name a scenario name
     * @return the scenario
     * @throws org.cloudnations.sim.param.ConfigurationException for an unknown name
     */
    public static Scenario get(String name) {
        return CATALOG.get(name);
    }
}
