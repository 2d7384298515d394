package org.cloudnations.sim.model.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
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
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Mechanism checks of the governance model with every switch on: every kind of event happens, open
 * recommenders spread attention, time limits cut idle capital, and too many cities are refused.
 * Thread counts, chunks and the MASON way are checked for every scenario by
 * {@code RuleSetContractTest} (sim-scenarios).
 */
class GovernanceEventsTest {
    private static final Scenario EVERYTHING = new Scenario("everything", "every switch on", GovernanceModel.RULES,
            Map.ofEntries(Map.entry("individuals", "6000"), Map.entry("weighting", "contribution"),
                    Map.entry("time_limited_property", "true"), Map.entry("credits", "true"),
                    Map.entry("reserve_share", "0.1"), Map.entry("reserve_fund", "0.05"),
                    Map.entry("risk_pool", "true"), Map.entry("initial_adopters", "0.3")));
    private static final int TICKS = 40;

    private static MetricSeries series(ModelInstance instance) {
        try (ParallelLoop loop = new ParallelLoop(2, RunConfig.DEFAULT_CHUNK)) {
            return Runner.series(GovernanceModel.RULES, instance, 5, TICKS, loop, RunListener.NONE);
        }
    }

    @Test
    void everyRuleActuallyFires() {
        MetricSeries s = Runner.run(EVERYTHING.configure(Map.of(), 5, TICKS, 2)).series();
        double[] nonState = s.column("non_state_weight_share");
        assertTrue(nonState[TICKS] > nonState[0] + 0.1, "weights float towards contributors");
        assertTrue(s.last("credit_gini") > 0, "credits were earned");
        assertTrue(s.last("pool_fund") > 0 || s.last("mean_loss") > 0, "the pool collected or shocks hit");
        assertTrue(s.last("adoption_share") > s.column("adoption_share")[0], "the institution spread");
        assertTrue(s.last("cultural_diversity") < s.column("cultural_diversity")[0], "cultures converged");
        assertTrue(s.last("upward_mobility") > 0 && s.last("upward_mobility") < 1);
        assertTrue(s.last("decision_quality") > 0.5);
        assertTrue(s.last("participation") > 0 && s.last("participation") <= 1.0 + 1e-9);
    }

    @Test
    void openRecommendersKeepAttentionSpreadAndTimeLimitsCutIdleCapital() {
        Scenario s = new Scenario("t", "test", GovernanceModel.RULES, Map.of("individuals", "2000"));
        MetricSeries closed = Runner.run(s.configure(Map.of(), 3, 60, 1)).series();
        MetricSeries open = Runner.run(s.configure(Map.of("open_recommender", "true"), 3, 60, 1)).series();
        assertTrue(closed.last("attention_hhi") > 5 * open.last("attention_hhi"),
                closed.last("attention_hhi") + " vs " + open.last("attention_hhi"));
        assertTrue(open.last("cultural_diversity") > closed.last("cultural_diversity"));
        MetricSeries limited = Runner.run(s.configure(Map.of("time_limited_property", "true"), 3, 60, 1)).series();
        assertTrue(limited.last("idle_capital_share") < closed.last("idle_capital_share"),
                limited.last("idle_capital_share") + " vs " + closed.last("idle_capital_share"));
    }

    @Test
    void tooManyCitiesIsRefusedInOneLine() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Runner.run((new Scenario("t", "test", GovernanceModel.RULES, Map.of())).configure(
                Map.of("states", "10000", "cities_per_state", "1000"), 1, 1, 1)));
        assertEquals("states x cities_per_state = 10000000 is too large; allowed: at most 1000000", e.getMessage());
    }

    private static String csv(MetricSeries s) throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(s, w);
        return w.toString();
    }
}
