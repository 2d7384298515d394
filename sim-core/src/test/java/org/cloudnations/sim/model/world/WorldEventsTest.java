package org.cloudnations.sim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.model.ai.Teams;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.rule.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Mechanism checks of the integrated world with every switch on: every kind of event happens, the
 * switches act, the owners' constraints hold and inconsistent counts are refused. Thread counts,
 * chunks and the MASON way are checked for every scenario by {@code RuleSetContractTest}
 * (sim-scenarios); the claims through several rule families by {@code WorldClaimsTest} (docs/model.md, "Claims and mechanism checks").
 */
class WorldEventsTest {
    private static final RuleSet MODEL = WorldModel.RULES;
    private static final Map<String, String> EVERYTHING = Map.ofEntries(Map.entry("individuals", "6000"),
                    Map.entry("firms", "40"), Map.entry("open_labs", "1"), Map.entry("public_compute", "true"), Map.entry("disaster_rate", "0.2"),
                    Map.entry("risk_pool", "true"), Map.entry("edge_diffusion", "true"),
                    Map.entry("voice_threshold", "0.5"), Map.entry("migration_rate", "0.5"),
                    Map.entry("policy_period", "5"));
    private static final int TICKS = 60;

    /** A run of the world with every switch on, and {@code values} on top, seed 3, on 2 threads. */
    private static MetricSeries run(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(EVERYTHING);
        all.putAll(values);
        try (ParallelLoop loop = new ParallelLoop(2, RunConfig.DEFAULT_CHUNK)) {
            ModelInstance instance = MODEL.instantiate(MODEL.parameters().resolve(all), 3, loop);
            return Runner.series(MODEL, instance, 3, TICKS, loop, RunListener.NONE);
        }
    }

    private static double total(MetricSeries s, String metric) {
        double sum = 0;
        for (double v : s.column(metric)) {
            sum += v;
        }
        return sum;
    }

    @Test
    void everyKindOfEventHappens() {
        MetricSeries s = run(Map.of());
        for (String m : new String[] {"exits", "exits_displaced", "displaced", "voice", "migrations", "gig", "crowd",
            "freelance", "community", "unemployed", "disasters", "poorest_loss", "machine_agents", "cap_vote_passed"}) {
            assertTrue(total(s, m) > 0, m + " happened");
        }
        assertEquals(1.0, s.last("adoption_share"), "the charter spread from the edge to every state");
        assertTrue(s.last("mean_automation") > s.column("mean_automation")[0], "the frontier moved with capability");
        assertTrue(s.last("wage_share") < s.column("wage_share")[0], "automation lowered the wage share");
    }

    @Test
    void switchesAct() {
        MetricSeries off = run(Map.of("machine_communities", "false", "weighted_votes", "false", "open_models",
                "false", "public_compute", "false", "open_labs", "0"));
        assertEquals(0.0, total(off, "machine_agents"), "no machine communities when switched off");
        assertEquals(0.0, total(off, "machine_output_share"), "no machine output");
        assertEquals(0.0, total(off, "cap_vote_passed"), "no vote");
        assertEquals(0.0, total(off, "open_share"), "no open model in use");
        MetricSeries noDisplacement = run(Map.of("automation_max", "0"));
        assertEquals(0.0, total(noDisplacement, "displaced"), "a frontier stuck at 0 displaces no one");
        assertEquals(0.0, total(noDisplacement, "exits_displaced"));
    }

    @Test
    void ownersConstrainWhereTheirAgentsWork() {
        assertTrue(AgentSupply.allowed(Teams.FIRM, 0, true) && AgentSupply.allowed(Teams.FIRM, 1, true));
        assertFalse(AgentSupply.allowed(Teams.FIRM, 2, true), "a firm's model never joins the commons");
        assertFalse(AgentSupply.allowed(Teams.STATE, 1, true), "a state's model never does platform work");
        assertTrue(AgentSupply.allowed(Teams.COMMUNITY, 2, true));
        assertFalse(AgentSupply.allowed(Teams.COMMUNITY, 2, false), "no machine communities when switched off");
    }

    @Test
    void aNewEmployeeJoinsAFirmOfItsState() {
        int states = 8;
        int firms = 21; // state 0 has firms 0, 8, 16; state 7 has firms 7, 15
        assertEquals(0, WorldSetup.firmOf(0, states, firms, 0.0));
        assertEquals(16, WorldSetup.firmOf(0, states, firms, 0.999));
        assertEquals(15, WorldSetup.firmOf(7, states, firms, 0.999));
        for (double u = 0; u < 1; u += 0.01) {
            assertEquals(5, WorldSetup.firmOf(5, states, firms, u) % states);
            assertTrue(WorldSetup.firmOf(5, states, firms, u) < firms);
        }
    }

    @Test
    void fewerFirmsThanStatesIsRefusedInOneLine() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> run(Map.of("firms", "4", "racing_teams", "2")));
        assertEquals("firms = 4 is less than states = 8 (allowed: firms >= states, so that every state has a firm)",
                e.getMessage());
    }
}
