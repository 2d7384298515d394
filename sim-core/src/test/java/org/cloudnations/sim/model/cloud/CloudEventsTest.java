package org.cloudnations.sim.model.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Mechanism checks of the cloud model with every rule switched on (automation, machine
 * communities, crises, elite transfer, imitation of all four policies, e-residency,
 * top-contributor hiring): every kind of event happens, the individuals take 30 bytes of columns,
 * and hiring apart from the labour market's pass is refused. Thread counts, chunks and the MASON
 * way are checked for every scenario by {@code RuleSetContractTest} (sim-scenarios).
 */
class CloudEventsTest {
    private static final RuleSet MODEL = CloudModel.RULES;
    private static final Scenario EVERYTHING = new Scenario("everything", "every rule on", MODEL, Map.of(
            "individuals", "12000", "firms", "80", "automation_rate", "0.02", "machine_share", "0.3",
            "crisis_rate", "0.05", "elite_transfer", "0.05", "policy_period", "5", "top_hire_rate", "0.05",
            "top_skill", "1.5", "digital_access", "0.7"));
    private static final int TICKS = 60;

    @Test
    void everyRuleActuallyFires() {
        MetricSeries s = Runner.run(EVERYTHING.configure(Map.of(), 5, TICKS, 2)).series();
        for (String m : new String[] {"exits", "returns", "voice", "migrations", "displaced", "top_hires",
            "crisis", "offshore_members"}) {
            double total = 0;
            for (double v : s.column(m)) {
                total += v;
            }
            assertTrue(total > 0, m + " happened");
        }
        assertTrue(s.last("machine_output_share") > 0);
        assertTrue(s.last("elite_income_ratio") > 1);
    }

    @Test
    void individualsTakeThirtyBytesOfColumns() {
        Parameters parameters = EVERYTHING.parameters().resolve(Map.of());
        try (ParallelLoop init = loop()) {
            assertEquals(30.0, RuleSet.bytesPerIndividual(MODEL.instantiate(parameters, 5, init)));
        }
    }

    @Test
    void hiringSeparatedFromTheLabourMarketsPassIsRefused() {
        org.cloudnations.sim.rule.Rule between = new org.cloudnations.sim.rule.Rule() {
            @Override
            public String name() {
                return "between";
            }

            @Override
            public String phase() {
                return "individuals";
            }

            @Override
            public org.cloudnations.sim.rule.RuleStep bind(org.cloudnations.sim.rule.Assembly a) {
                return context -> { };
            }
        };
        RuleSet split = MODEL.withAfter("cloud-incomes", between);
        Parameters parameters = EVERYTHING.parameters().resolve(Map.of());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> {
            try (ParallelLoop loop = loop()) {
                Runner.series(split, split.instantiate(parameters, 5, loop), 5, TICKS, loop, RunListener.NONE);
            }
        });
        assertTrue(e.getMessage().contains("same pass"), e.getMessage());
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
}
