package org.cloudnations.sim.scenarios;

import java.util.Map;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.scenario.Scenario;

/**
 * {@code baseline}: the exit model on its defaults. How large does the cloud grow, who leaves,
 * and what happens to states' tax base? See docs/scenarios/baseline.md.
 */
public final class Baseline {
    /** The scenario. */
    public static final Scenario SCENARIO = new Scenario("baseline",
            "Exit from states into cloud communities on default parameters (rows 0.1, 0.2)",
            new ExitModel(), Map.of());

    private Baseline() {
    }
}
