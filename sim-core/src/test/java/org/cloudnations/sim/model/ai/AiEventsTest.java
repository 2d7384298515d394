package org.cloudnations.sim.model.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Mechanism checks of the AI economy with every rule switched on (open and closed models,
 * licences, public compute, a data dividend, disasters, crises, alliance governance): every kind of
 * event happens; inconsistent counts are refused. Thread counts, chunks and the MASON way are
 * checked for every scenario by {@code RuleSetContractTest} (sim-scenarios).
 */
class AiEventsTest {
    private static final RuleSet MODEL = AiModel.RULES;
    private static final Scenario EVERYTHING = new Scenario("everything", "every rule on", MODEL, Map.ofEntries(
            Map.entry("individuals", "12000"), Map.entry("firms", "60"), Map.entry("open_labs", "1"),
            Map.entry("public_compute", "true"), Map.entry("public_share", "0.3"),
            Map.entry("data_dividend", "0.1"), Map.entry("disaster_rate", "0.05"),
            Map.entry("automation_reach", "0.3"), Map.entry("crisis_threshold", "0.08"),
            Map.entry("alliance_governance", "true"), Map.entry("elite_skill", "2.5"),
            Map.entry("revision_rate", "0.1")));
    private static final int TICKS = 80;

    @Test
    void everyRuleActuallyFires() {
        MetricSeries s = Runner.run(EVERYTHING.configure(Map.of(), 5, TICKS, 2)).series();
        for (String m : new String[] {"displaced", "disasters", "crises", "gig", "crowd", "freelance", "community",
            "licensed_firms", "basic_income", "commons_captured"}) {
            double total = 0;
            for (double v : s.column(m)) {
                total += v;
            }
            assertTrue(total > 0, m + " happened");
        }
        assertTrue(s.last("elite_wage_ratio") > 1);
        assertTrue(s.last("open_share") > 0 && s.last("open_share") < 1);
        assertTrue(s.last("frontier_capability") > s.column("frontier_capability")[0]);
    }

    @Test
    void inconsistentCountsAreRejectedInOneLine() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> instantiate(Map.of("racing_teams", "4", "open_labs", "5")));
        assertEquals("open_labs = 5 exceeds racing_teams = 4 (allowed: 0 <= open_labs <= racing_teams)",
                e.getMessage());
        assertThrows(ConfigurationException.class, () -> instantiate(Map.of("states", "50", "firms", "20")));
    }

    private static void instantiate(Map<String, String> values) {
        Map<String, String> small = new HashMap<>(values);
        small.put("individuals", "1000");
        try (ParallelLoop loop = loop()) {
            MODEL.instantiate(MODEL.parameters().resolve(small), 1, loop);
        }
    }

    private static ParallelLoop loop() {
        return new ParallelLoop(2, RunConfig.DEFAULT_CHUNK);
    }

    private static MetricSeries runDirect(ModelInstance instance, long seed) {
        try (ParallelLoop loop = loop()) {
            return Runner.series(MODEL, instance, seed, TICKS, loop, RunListener.NONE);
        }
    }

    private static String csv(MetricSeries s) throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(s, w);
        return w.toString();
    }

    /**
     * Regression (issue 14's report): at the edge of the allowed ranges the race's capability
     * compounded to infinity after about 200 ticks and the run stopped with an internal error
     * ({@code capital K = Infinity}); capability now saturates at {@link Teams#CAPABILITY_BOUND}.
     */
    @Test
    void extremeIncreasingReturnsStayFinite() {
        Scenario edge = new Scenario("edge", "the edge of the ranges", MODEL,
                Map.of("ai_growth", "0.5", "returns_exponent", "3", "individuals", "500"));
        MetricSeries s = Runner.run(edge.configure(Map.of(), 3, 400, 1)).series();
        for (String m : s.names()) {
            for (double v : s.column(m)) {
                assertTrue(Double.isFinite(v), m + " is " + v);
            }
        }
    }
}
