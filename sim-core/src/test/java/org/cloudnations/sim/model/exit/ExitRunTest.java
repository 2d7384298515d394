package org.cloudnations.sim.model.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Runs of the exit model: the same configuration gives the same CSV bytes, another seed another
 * CSV, and the header is the tick then the declared metrics. Thread counts, chunks and the MASON
 * way are checked for every scenario by {@code RuleSetContractTest} (sim-scenarios).
 */
class ExitRunTest {
    private static final Scenario SCENARIO = new Scenario("t", "test", ExitModel.RULES,
            Map.of("individuals", "20000"));
    private static final int TICKS = 80;

    private static String csv(RunConfig config) {
        RunResult r = Runner.run(config);
        StringWriter w = new StringWriter();
        try {
            MetricCsv.write(r.series(), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static RunConfig config(long seed, int threads) {
        return SCENARIO.configure(Map.of(), seed, TICKS, threads);
    }

    @Test
    void sameConfigurationTwiceGivesIdenticalBytes() {
        String a = csv(config(42, 1));
        String b = csv(config(42, 1));
        assertEquals(a, b);
        // and the run is not trivially constant: people exit and return
        RunResult r = Runner.run(config(42, 1));
        assertEquals(TICKS + 1, r.series().rows());
        assertTrue(Arrays.stream(r.series().column("exits")).sum() > 100, "exits happen");
        assertTrue(Arrays.stream(r.series().column("returns")).sum() > 0, "returns happen");
        assertTrue(r.series().last("cloud_share") > 0, "someone is in a community");
    }

    @Test
    void anotherSeedGivesAnotherCsv() {
        String a = csv(config(42, 2));
        String b = csv(config(43, 2));
        assertNotEquals(a, b);
        // same header and shape
        assertEquals(a.lines().findFirst(), b.lines().findFirst());
        assertEquals(a.lines().count(), b.lines().count());
    }

    @Test
    void headerIsTickThenTheDeclaredMetrics() {
        String header = csv(SCENARIO.configure(Map.of("individuals", "100"), 1, 1, 1)).lines().findFirst()
                .orElseThrow();
        assertEquals("tick,cloud_share,exits,returns,cloud_skill_ratio,mean_income,cloud_income_share,"
                + "tax_per_capita,tax_gini,largest_community_share,community_hhi", header);
    }
}
