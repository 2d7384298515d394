package org.cloudnations.sim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.output.ManifestJson;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {
    private static final Simulation SMALL = Simulation.of("baseline").set("individuals", 2_000).ticks(20).threads(1);

    /** Issue 14: the integrated world is the fluent API's default, as it is {@code ./sim run}'s. */
    @Test
    void theDefaultIsTheIntegratedWorld() {
        Simulation world = Simulation.ofDefault();
        assertEquals("world", world.scenario().name());
        Result r = world.set("individuals", 2_000).set("firms", 20).ticks(5).threads(1).run();
        assertEquals(List.of("cloud_share", "wage_share", "open_share", "power_hhi", "machine_output_share",
                "share_league"), r.metrics().subList(0, 6));
    }

    @Test
    void fluentRunEqualsTheEngineRunOfTheSameConfiguration() {
        Result fluent = SMALL.set("digital_access", 0.7).seed(7).threads(2).run();
        RunResult engine = Runner.run(Scenarios.get("baseline").configure(
                Map.of("individuals", "2000", "digital_access", "0.7"), 7, 20, 1));
        assertEquals(engine.series().names(), fluent.metrics());
        for (String m : fluent.metrics()) {
            assertArrayEquals(engine.series().column(m), fluent.series(m), m);
        }
        assertEquals("0.7", fluent.parameters().get("digital_access"));
        assertEquals(7, fluent.manifest().seed());
        assertEquals(2, fluent.manifest().threads());
        assertEquals(2_000, fluent.manifest().individuals());
    }

    @Test
    void checkingModeGivesTheSameSeriesAndASecondSetTakesTheLastValue() {
        // issue 18: check(true) verifies every invariant after every tick and changes nothing
        Result plain = SMALL.run();
        Result checked = SMALL.check(true).run();
        assertTrue(SMALL.check(true).config().check());
        for (String m : plain.metrics()) {
            assertArrayEquals(plain.series(m), checked.series(m), m);
        }
        // the rule sim run and sim sweep follow for -P given twice (docs/cli.md)
        assertEquals("0.8", SMALL.set("digital_access", 0.3).set("digital_access", 0.8).get("digital_access"));
    }

    @Test
    void everyMethodReturnsANewSimulationAndLeavesTheOldOneAsItWas() {
        Simulation base = Simulation.of("baseline");
        Simulation changed = base.set("digital_access", 0.8).seed(9).ticks(5).threads(1);
        assertEquals("0.5", base.get("digital_access"));
        assertEquals(Simulation.DEFAULT_SEED, base.config().seed());
        assertEquals(Simulation.DEFAULT_TICKS, base.config().ticks());
        assertEquals("0.8", changed.get("digital_access"));
        assertEquals(9, changed.config().seed());
        assertEquals(5, changed.config().ticks());
        assertEquals("Simulation[baseline, seed 9, 5 ticks, 1 thread, digital_access=0.8]", changed.toString());
    }

    @Test
    void acceptsNumbersBooleansAndTextOfTheRightType() {
        Simulation s = Simulation.of("baseline").set("individuals", 3000L).set("tax_rate", 0.25f)
                .set("exit_cost", "0.15").set(Map.of("states", 4, "cloud_tax_rate", 0.1));
        assertEquals("3000", s.get("individuals"));
        assertEquals("0.25", s.get("tax_rate"));
        assertEquals("0.15", s.get("exit_cost"));
        assertEquals("4", s.get("states"));
        assertEquals("0.1", s.get("cloud_tax_rate"));
        assertEquals(Scenarios.get("baseline").parameters().names(), List.copyOf(s.parameters().keySet()));
        assertEquals(Scenarios.get("baseline").parameters().names().size(), s.parameterSpecs().size());
    }

    @Test
    void rejectsBadInputWithOneLineMessages() {
        assertMessage("unknown scenario 'baseline2'; did you mean 'baseline'? Known: baseline",
                () -> Simulation.of("baseline2"));
        assertMessage("unknown parameter 'digtal_access'; did you mean 'digital_access'?",
                () -> SMALL.set("digtal_access", 0.3));
        assertMessage("parameter 'digital_access': value 1.5 is out of range; allowed: a real number from 0.01 to 0.99",
                () -> SMALL.set("digital_access", 1.5));
        assertMessage("parameter 'digital_access': value NaN is not a finite number",
                () -> SMALL.set("digital_access", Double.NaN));
        assertMessage("parameter 'individuals': '0.5' is not a whole number; allowed: a whole number from 1",
                () -> SMALL.set("individuals", 0.5));
        assertMessage("parameter 'individuals': 'true' is not a whole number",
                () -> SMALL.set("individuals", true));
        assertMessage("parameter 'states': value [1] is not a number, a boolean or text; allowed: a number, a"
                + " boolean or text", () -> SMALL.set(Map.of("states", List.of(1))));
        assertMessage("ticks: value 0 is out of range; allowed: a whole number from 1 to 10000000",
                () -> SMALL.ticks(0));
        assertMessage("threads: value 0 is out of range; allowed: a whole number from 1 to 1024",
                () -> SMALL.threads(0));
        assertMessage("unknown parameter 'x'", () -> SMALL.get("x"));
    }

    @Test
    void resultOffersSeriesRowsSummaryAndFiles(@TempDir Path dir) throws Exception {
        Result r = SMALL.seed(3).run(12);
        long[] ticks = r.ticks();
        assertEquals(13, ticks.length);
        assertEquals(0, ticks[0]);
        assertEquals(12, ticks[12]);
        double[] share = r.series("cloud_share");
        assertEquals(share[12], r.last("cloud_share"));
        assertEquals((share[10] + share[11] + share[12]) / 3, r.tailMean("cloud_share", 3), 1e-15);
        List<Result.Row> rows = r.rows();
        assertEquals(13, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(ticks[i], rows.get(i).tick());
            assertEquals(share[i], rows.get(i).get("cloud_share"));
            assertEquals(r.metrics(), List.copyOf(rows.get(i).values().keySet()));
        }
        assertTrue(share[12] > share[0], "the cloud grows from nothing");

        StringWriter expected = new StringWriter();
        MetricCsv.write(r.runResult().series(), expected);
        Path csv = r.writeCsv(dir.resolve("nested/metrics.csv"));
        assertEquals(expected.toString(), Files.readString(csv));
        Path manifest = r.writeManifest(dir.resolve("manifest.json"));
        assertEquals(ManifestJson.toJson(r.manifest()), Files.readString(manifest));

        String summary = r.toString();
        assertTrue(summary.startsWith("baseline: 2000 individuals, 12 ticks, seed 3, 1 threads,"), summary);
        assertEquals(2 + r.metrics().size(), summary.lines().count(), summary);
        assertTrue(summary.lines().anyMatch(l -> l.startsWith("cloud_share ")), summary);

        assertMessage("unknown metric 'cloud_shar'; did you mean 'cloud_share'?", () -> r.series("cloud_shar"));
        assertMessage("unknown metric 'cloud_shar'; did you mean 'cloud_share'?", () -> rows.get(0).get("cloud_shar"));
        assertMessage("tail length: value 14 is out of range; allowed: a whole number from 1 to 13",
                () -> r.tailMean("cloud_share", 14));
    }

    @Test
    void runsAUserDefinedScenario() {
        Scenario open = new Scenario("open-borders", "cheap moves", ExitModel.RULES,
                Map.of("moving_cost", "0.0", "individuals", "2000"));
        Result r = Simulation.of(open).ticks(10).threads(1).run();
        assertEquals("open-borders", r.manifest().scenario());
        assertEquals("0.0", r.parameters().get("moving_cost"));
        assertEquals(open, r.scenario());
        assertThrows(IllegalArgumentException.class, () -> new Result(Scenarios.get("baseline"), r.runResult()));
    }

    @Test
    void rowsValidateTheirTick() {
        assertMessage("row tick: value -1 is negative; allowed: 0 or more", () -> new Result.Row(-1, Map.of()));
    }

    static void assertMessage(String expectedStart, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().startsWith(expectedStart), "message: " + e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
        if (!expectedStart.startsWith("row tick")) {
            assertEquals(ConfigurationException.class, e.getClass(), e.getMessage());
        }
    }
}
