package org.cloudnations.sim.model.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.cloudnations.sim.param.Parameters;
import org.junit.jupiter.api.Test;

/** The MASON-way baseline (one Steppable per individual) runs exactly the engine's exit model. */
class ExitObjectPerAgentTest {
    private static final org.cloudnations.sim.rule.RuleSet MODEL = ExitModel.RULES;
    private static final int TICKS = 50;

    @Test
    void objectPerAgentModeGivesTheSameSeriesAsColumns() throws IOException {
        Parameters p = MODEL.parameters().resolve(Map.of("individuals", "15000"));
        String columns;
        String agents;
        try (ParallelLoop init = new ParallelLoop(2, RunConfig.DEFAULT_CHUNK)) {
            columns = csv(run(MODEL.instantiate(p, 3, init)));
            agents = csv(run(MODEL.instantiateObjectPerAgent(p, 3, init)));
        }
        assertEquals(columns, agents);
        assertTrue(columns.lines().skip(2).anyMatch(l -> !l.split(",")[2].equals("0.0")), "exits happen");
    }

    private static MetricSeries run(ModelInstance instance) {
        try (ParallelLoop loop = new ParallelLoop(2, RunConfig.DEFAULT_CHUNK)) {
            return Runner.series(MODEL, instance, 3, TICKS, loop, RunListener.NONE);
        }
    }

    private static String csv(MetricSeries s) throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(s, w);
        return w.toString();
    }
}
