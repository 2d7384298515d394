package org.cloudnations.sim.scenarios;

import java.util.Map;
import org.cloudnations.sim.model.culture.AxelrodModel;
import org.cloudnations.sim.scenario.Scenario;

/**
 * The scenarios of seed 002 (governance, commons and culture, rows 2.1 to 2.9), one constant each,
 * each with a page under docs/scenarios/.
 */
public final class Governance {
    /** Axelrod's dissemination of culture exactly as published, to check the engine against the literature. */
    public static final Scenario AXELROD_CULTURE = new Scenario("axelrod-culture",
            "Axelrod's dissemination of culture as published: 10 x 10 grid, F = 5, q = 10, run to absorption (row 2.5)",
            new AxelrodModel(), Map.of());

    private Governance() {
    }
}
