package org.cloudnations.sim.scenarios;

import java.util.Map;
import org.cloudnations.sim.model.cloud.CloudModel;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.scenario.Scenario;

/**
 * {@code baseline}: the cloud-communities model on its defaults (every rule, all four state
 * policies, imitation on); and {@code exit}, the exit rule alone. See docs/scenarios/baseline.md
 * and docs/scenarios/exit.md.
 */
public final class Baseline {
    /** The default scenario, run by {@code ./sim run}. */
    public static final Scenario SCENARIO = new Scenario("baseline",
            "Exit, integration and competition with all four state policies, imitated over time (rows 0.1-0.12)",
            CloudModel.RULES, Map.of());

    /** The exit rule alone: home economy against cloud communities. */
    public static final Scenario EXIT = new Scenario("exit",
            "The exit rule alone: home economy versus cloud communities, with loyalty and moving cost (rows 0.1, 0.2)",
            ExitModel.RULES, Map.of());

    private Baseline() {
    }
}
