package org.cloudnations.sim.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every shipped scenario's rule set keeps (issue 13): the same bytes for 1, 2 and 3
 * threads and several chunk sizes, and for the MASON-way adapter (one Steppable per individual);
 * every metric finite; and every rule fires (changes the world's tables or its metrics) on the
 * scenarios' defaults in at least one scenario that uses it. Populations are cut to a few
 * thousand individuals so that the whole contract runs in seconds.
 */
class RuleSetContractTest {
    private static final int TICKS = 40;
    private static final long SEED = 13;

    static List<Scenario> scenarios() {
        return Scenarios.catalog().all();
    }

    private static Map<String, String> small(Scenario s) {
        return s.parameters().names().contains("individuals") ? Map.of("individuals", "3000") : Map.of();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void sameBytesForAnyThreadsChunksAndTheMasonWay(Scenario scenario) throws IOException {
        RuleSet rules = assertInstanceOf(RuleSet.class, scenario.model(), scenario.name() + " is a rule set");
        RunConfig base = scenario.configure(small(scenario), SEED, TICKS, 1);
        MetricSeries reference = Runner.run(base).series();
        String expected = csv(reference);
        for (int threads = 1; threads <= 3; threads++) {
            for (int chunk : new int[] {1, 97, 4096}) {
                RunConfig c = base.withThreads(threads).withChunkSize(chunk);
                assertEquals(expected, csv(Runner.run(c).series()), scenario.name() + ": " + threads
                        + " threads, chunk " + chunk);
            }
        }
        Parameters p = base.parameters();
        try (ParallelLoop loop = new ParallelLoop(2, RunConfig.DEFAULT_CHUNK)) {
            ModelInstance agents = rules.instantiateObjectPerAgent(p, SEED, loop);
            assertEquals(expected, csv(Runner.series(rules, agents, SEED, TICKS, loop, RunListener.NONE)),
                    scenario.name() + ": the MASON way");
        }
        for (String m : reference.names()) {
            for (double v : reference.column(m)) {
                assertTrue(Double.isFinite(v), scenario.name() + ": metric " + m + " is " + v);
            }
        }
    }

    @Test
    void everyRuleFiresOnDefaultsInSomeScenario() {
        Map<String, Integer> fired = new TreeMap<>();
        Map<String, List<String>> usedBy = new HashMap<>();
        for (Scenario s : scenarios()) {
            RuleSet rules = assertInstanceOf(RuleSet.class, s.model(), s.name() + " is a rule set");
            RuleFirings firings = new RuleFirings();
            Parameters p = s.parameters().resolve(small(s));
            try (ParallelLoop loop = new ParallelLoop(2, RunConfig.DEFAULT_CHUNK)) {
                ModelInstance probed = rules.instantiateProbed(p, SEED, loop, firings);
                Runner.series(rules, probed, SEED, TICKS, loop, RunListener.NONE);
            }
            firings.counts().forEach((rule, n) -> fired.merge(rule, n, Integer::sum));
            for (String rule : rules.ruleNames()) {
                usedBy.computeIfAbsent(rule, k -> new ArrayList<>()).add(s.name());
            }
        }
        assertTrue(!fired.isEmpty(), "some scenario is a rule set");
        List<String> silent = new ArrayList<>();
        fired.forEach((rule, n) -> {
            if (n == 0) {
                silent.add(rule + " (in " + usedBy.get(rule) + ")");
            }
        });
        assertEquals(List.of(), silent, "rules that never fire on any scenario's defaults");
    }

    private static String csv(MetricSeries s) throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(s, w);
        return w.toString();
    }
}
