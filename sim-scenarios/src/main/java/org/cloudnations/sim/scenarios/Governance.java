package org.cloudnations.sim.scenarios;

import java.util.Map;
import org.cloudnations.sim.model.culture.AxelrodModel;
import org.cloudnations.sim.model.governance.GovernanceModel;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;

/**
 * The scenarios of seed 002 (governance, commons and culture, rows 2.1 to 2.9), one constant each,
 * each with a page under docs/scenarios/.
 */
public final class Governance {
    private static final RuleSet MODEL = GovernanceModel.RULES;

    /** Units of four levels vote; weights float with contribution and responsibility. */
    public static final Scenario MULTI_LEVEL_GOVERNANCE = new Scenario("multi-level-governance",
            "States, cities, communities and DAOs vote with weights that float with contribution (rows 2.1, 2.2, 2.8)",
            MODEL, Map.of("weighting", "contribution"));

    /** A disaster-risk pool financed in advance by high-carbon states and multinationals. */
    public static final Scenario RISK_POOL = new Scenario("risk-pool",
            "Disasters hit poor states hardest; a pool paid in advance covers losses, poorest first (rows 2.7, 2.8)",
            MODEL, Map.of("risk_pool", "true"));

    /** Cultural reserves and a fund that spreads marginal cultures, under a concentrated recommender. */
    public static final Scenario CULTURAL_RESERVES = new Scenario("cultural-reserves",
            "Axelrod culture among individuals with mass-media pressure; a tenth of cities are cultural reserves (rows 2.5, 2.6)",
            MODEL, Map.of("reserve_share", "0.1", "reserve_fund", "0.02"));

    /** A new institution adopted first by the smallest states spreads by thresholds. */
    public static final Scenario EDGE_DIFFUSION = new Scenario("edge-diffusion",
            "A new institution adopted by the smallest states spreads by adoption thresholds until it tips (row 2.9)",
            MODEL, Map.of("states", "200", "initial_adopters", "0.1"));

    /** Axelrod's dissemination of culture exactly as published, to check the engine against the literature. */
    public static final Scenario AXELROD_CULTURE = new Scenario("axelrod-culture",
            "Axelrod's dissemination of culture as published: 10 x 10 grid, F = 5, q = 10, run to absorption (row 2.5)",
            AxelrodModel.RULES, Map.of());

    private Governance() {
    }
}
