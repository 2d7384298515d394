package org.cloudnations.sim.api;

import static org.cloudnations.sim.api.SimulationTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cloudnations.sim.engine.InvariantViolationException;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.param.Names;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.reliability.TaxLeak;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.design.Seeds;
import org.cloudnations.sim.sweep.run.SweepSummary;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    private static final Simulation SMALL = Simulation.of("baseline").set("individuals", 1_000).ticks(8).threads(1)
            .seed(42);

    @Test
    void enumeratesPointsWithTheFirstParameterSlowestAndReplicatesWithin() {
        Sweep s = SMALL.sweep().vary("digital_access", 0.2, 0.8).vary("states", 2, 3, 4).replicates(2);
        assertEquals(6, s.points());
        assertEquals(12, s.size());
        assertEquals(List.of("digital_access=0.2,0.8", "states=2,3,4"), s.varies().stream().map(Object::toString).toList());
        assertEquals(Map.of("digital_access", "0.2", "states", "2"), s.point(0));
        assertEquals(Map.of("digital_access", "0.2", "states", "4"), s.point(2));
        assertEquals(Map.of("digital_access", "0.8", "states", "2"), s.point(3));
        assertEquals(List.of("digital_access", "states"), List.copyOf(s.point(5).keySet()));
        List<String> order = s.stream().map(r -> r.point() + "/" + r.replicate() + " "
                + r.result().parameters().get("digital_access") + "," + r.result().parameters().get("states"))
                .toList();
        assertEquals(List.of("0/0 0.2,2", "0/1 0.2,2", "1/0 0.2,3", "1/1 0.2,3", "2/0 0.2,4", "2/1 0.2,4",
                "3/0 0.8,2", "3/1 0.8,2", "4/0 0.8,3", "4/1 0.8,3", "5/0 0.8,4", "5/1 0.8,4"), order);
    }

    @Test
    void eachRunEqualsASingleSimulationWithItsDocumentedSeed() {
        Sweep s = SMALL.sweep().vary("digital_access", 0.3, 0.6).replicates(2);
        List<Sweep.Run> runs = new ArrayList<>();
        s.forEach(runs::add);
        assertEquals(4, runs.size());
        Set<Long> seeds = new HashSet<>();
        for (Sweep.Run run : runs) {
            long expectedSeed = Seeds.run(42L, run.point(), run.replicate());
            assertEquals(expectedSeed, run.seed());
            assertEquals(expectedSeed, run.result().manifest().seed());
            seeds.add(run.seed());
            Result alone = SMALL.set("digital_access", run.value("digital_access")).seed(run.seed()).run();
            assertArrayEquals(alone.series("cloud_share"), run.result().series("cloud_share"));
            assertEquals(8, run.result().manifest().ticks());
        }
        assertEquals(4, seeds.size(), "every run has its own seed");
    }

    @Test
    void streamedRunsAreTheRunsTheSweepEngineWrites(@TempDir Path dir) throws Exception {
        Sweep s = SMALL.sweep().vary("digital_access", 0.3, 0.6).vary("states", 2, 5).replicates(2);
        List<Sweep.Run> streamed = s.stream().toList();
        SweepSummary summary = s.writeTo(dir.resolve("sweep"), 2);
        assertEquals(8, summary.runs());
        assertEquals(0, summary.failed());
        assertTrue(Files.size(dir.resolve("sweep").resolve(SweepFolder.SERIES)) > 0, "series written by default");
        assertFalse(Files.exists(dir.resolve("none").resolve(SweepFolder.SERIES)));
        s.seriesEvery(0).writeTo(dir.resolve("none"), 1);
        assertFalse(Files.exists(dir.resolve("none").resolve(SweepFolder.SERIES)), "seriesEvery(0): no series file");
        assertEquals(Files.readAllLines(dir.resolve("sweep/runs.csv")).stream().map(SweepTest::withoutWallTime).toList(),
                Files.readAllLines(dir.resolve("none/runs.csv")).stream().map(SweepTest::withoutWallTime).toList(),
                "runs.csv does not depend on threads or series");
        List<String> rows = Files.readAllLines(dir.resolve("sweep/runs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals(List.of("run", "point", "replicate", "seed"), header.subList(0, 4));
        assertEquals(9, rows.size());
        for (int i = 0; i < streamed.size(); i++) {
            Sweep.Run run = streamed.get(i);
            String[] row = rows.get(i + 1).split(",");
            assertEquals(run.point(), Integer.parseInt(row[1]));
            assertEquals(run.replicate(), Integer.parseInt(row[2]));
            assertEquals(run.seed(), Long.parseLong(row[3]));
            assertEquals(run.values().get("digital_access"), row[header.indexOf("digital_access")]);
            assertEquals(run.values().get("states"), row[header.indexOf("states")]);
            assertEquals(run.result().last("cloud_share"), Double.parseDouble(row[header.indexOf("cloud_share")]));
            assertEquals(run.result().last("power_gini"), Double.parseDouble(row[header.indexOf("power_gini")]));
        }
    }

    @Test
    void armsPairTheRunsOfEveryPointAndAreTheRunsTheSweepEngineWrites(@TempDir Path dir) throws Exception {
        Sweep s = SMALL.sweep().range("digital_access", 0.2, 0.8).design("lhs").samples(3)
                .arm(Map.of("exit_cost", 0.05)).arm(Map.of("exit_cost", 0.6));
        assertEquals(List.of(Map.of("exit_cost", "0.05"), Map.of("exit_cost", "0.6")), s.arms());
        assertEquals(6, s.points(), "3 lhs points x 2 arms");
        List<Sweep.Run> runs = s.stream().toList();
        assertEquals(6, runs.size());
        for (int k = 0; k < 3; k++) {
            Sweep.Run a = runs.get(2 * k);
            Sweep.Run b = runs.get(2 * k + 1);
            assertEquals(a.values().get("digital_access"), b.values().get("digital_access"), "same context");
            assertEquals(List.of("0.05", "0.6"), List.of(a.values().get("exit_cost"), b.values().get("exit_cost")));
            assertEquals(Seeds.run(42L, k, 0), a.seed(), "the seed of the design point without its arm");
            assertEquals(a.seed(), b.seed(), "paired: both arms with the point's seed");
            Result alone = SMALL.set("digital_access", a.value("digital_access")).set("exit_cost", 0.6)
                    .seed(b.seed()).run();
            assertArrayEquals(alone.series("cloud_share"), b.result().series("cloud_share"));
        }
        s.writeTo(dir.resolve("paired"), 2);
        List<String> rows = Files.readAllLines(dir.resolve("paired/runs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals(7, rows.size());
        for (int i = 0; i < runs.size(); i++) {
            String[] row = rows.get(i + 1).split(",");
            assertEquals(runs.get(i).seed(), Long.parseLong(row[3]));
            assertEquals(runs.get(i).values().get("exit_cost"), row[header.indexOf("exit_cost")]);
            assertEquals(runs.get(i).result().last("cloud_share"), Double.parseDouble(row[header.indexOf("cloud_share")]));
        }
        assertMessage("sweep: nothing is varied (arms pair the runs of each point, they do not make points); "
                        + "allowed: vary(...) or range(...) at least one parameter first",
                () -> SMALL.sweep().arm(Map.of("exit_cost", 0.05)).arm(Map.of("exit_cost", 0.6)).size());
        assertThrows(org.cloudnations.sim.param.ConfigurationException.class,
                () -> SMALL.sweep().vary("digital_access", 0.3, 0.6).arm(Map.of("exit_cost", 0.05)).size(),
                "one arm is refused");
    }

    @Test
    void rangesAndOtherDesignsComeFromTheEngine() {
        Sweep grid = SMALL.sweep().range("digital_access", 0.1, 0.9, 5);
        assertEquals(5, grid.points());
        assertEquals(List.of("0.1", "0.3", "0.5", "0.7", "0.9"),
                IntStream.range(0, 5).mapToObj(p -> grid.point(p).get("digital_access")).toList());
        Sweep lhs = SMALL.sweep().range("digital_access", 0.2, 0.4).range("exit_cost", 0.0, 1.0).design("lhs")
                .samples(6).replicates(2);
        assertEquals(6, lhs.points());
        assertEquals(12, lhs.size());
        Set<String> strata = new HashSet<>();
        for (int p = 0; p < 6; p++) {
            double a = Double.parseDouble(lhs.point(p).get("digital_access"));
            assertTrue(a >= 0.2 && a <= 0.4, "in range: " + a);
            strata.add(Integer.toString((int) Math.min(5, Math.floor((a - 0.2) / 0.2 * 6))));
        }
        assertEquals(6, strata.size(), "a Latin hypercube uses every stratum once");
        Sweep seedsOnly = SMALL.sweep().replicates(3);
        assertEquals(1, seedsOnly.points());
        assertEquals(3, seedsOnly.size());
        assertEquals(List.of(Seeds.run(42, 0, 0), Seeds.run(42, 0, 1), Seeds.run(42, 0, 2)),
                seedsOnly.stream().map(Sweep.Run::seed).toList());
        assertEquals(Map.of(), seedsOnly.point(0));
    }

    @Test
    void streamsLazilyAndKeepsNoResults() {
        AtomicInteger instances = new AtomicInteger();
        Scenario counted = new Scenario("counted", "counts runs", new CountingModel(instances),
                Map.of("individuals", "500"));
        Sweep s = Simulation.of(counted).ticks(3).threads(1).sweep().vary("digital_access", 0.1, 0.5, 0.9)
                .replicates(4);
        assertEquals(12, s.size());
        assertEquals(0, instances.get(), "building a sweep runs nothing");
        List<Integer> firstTwo = s.stream().limit(2).map(Sweep.Run::replicate).toList();
        assertEquals(List.of(0, 1), firstTwo);
        assertEquals(2, instances.get(), "a stream makes only the runs it reaches");
        Map<String, Double> meanShare = s.stream().collect(Collectors.groupingBy(r -> r.values().get("digital_access"),
                java.util.TreeMap::new, Collectors.averagingDouble(r -> r.result().last("cloud_share"))));
        assertEquals(14, instances.get());
        assertEquals(Set.of("0.1", "0.5", "0.9"), meanShare.keySet());
    }

    /** Issue 21: a one-value list failed deep inside ("level 0 of 1") in every design. */
    @Test
    void aOneValueVaryIsAFixedParameterOfEveryPoint() {
        for (String design : List.of("grid", "oat", "random", "lhs", "sobol", "morris")) {
            Sweep s = SMALL.sweep().vary("tax_rate", 0.25).range("digital_access", 0.2, 0.8).design(design);
            if (!design.equals("grid") && !design.equals("oat")) {
                s = s.samples(2);
            }
            for (int p = 0; p < s.points(); p++) {
                assertEquals("0.25", s.point(p).get("tax_rate"), design + " point " + p);
            }
        }
        assertEquals(List.of(0.25), SMALL.sweep().vary("tax_rate", 0.25).stream().map(r -> r.value("tax_rate"))
                .toList());
    }

    @Test
    void rejectsBadSweepsWithOneLineMessages() {
        Sweep s = SMALL.sweep().vary("states", 2, 3);
        assertMessage("vary stats=1: unknown parameter 'stats'; did you mean 'states'?", () -> s.vary("stats", 1));
        // the messages of sim sweep for the same options (issue 21; FluentApiFuzzTest compares them)
        assertMessage("vary states=5: 'states' is varied twice; allowed: each parameter once", () -> s.vary("states", 5));
        assertMessage("vary tax_rate=: expected NAME=LO:HI[:N] or NAME=V1,V2,...",
                () -> s.vary("tax_rate", new double[0]));
        assertMessage("vary tax_rate=0.1,2.0: parameter 'tax_rate': value 2.0 is out of range; allowed: a real number"
                + " from 0 to 0.9", () -> s.vary("tax_rate", 0.1, 2.0));
        assertMessage("vary tax_rate=0.1,0.1: value 0.1 is listed twice", () -> s.vary("tax_rate", 0.1, 0.1));
        assertMessage("vary tax_rate: value '0.1:0.2' contains ',' or ':'", () -> s.vary("tax_rate", "0.1:0.2"));
        assertMessage("vary tax_rate=0.5:0.1:3: the range is empty: LO must be less than HI",
                () -> s.range("tax_rate", 0.5, 0.1, 3));
        assertMessage("replicates: value 0 is out of range; allowed: a whole number from 1 to 1000000",
                () -> s.replicates(0));
        assertMessage("samples: value 0 is out of range; allowed: a whole number from 1 to", () -> s.samples(0));
        assertMessage("series_every: value -1 is out of range; allowed: a whole number from 0 to",
                () -> s.seriesEvery(-1));
        assertMessage("unknown design 'grd'; did you mean 'grid'?", () -> s.design("grd"));
        assertMessage("sweep: the lhs design needs samples(n)", () -> s.design("lhs").size());
        assertMessage("sweep: nothing is varied; allowed: vary(...) or range(...)", () -> SMALL.sweep().spec());
        assertMessage(Names.unknown("varied parameter", "tax_rate", List.of("states")), () -> s.run(0, 0).value("tax_rate"));
        assertEquals("Sweep[" + SMALL + ", vary [states=2,3], grid, 1 replicates]", s.toString());
    }

    private static String withoutWallTime(String row) {
        return row.substring(0, row.lastIndexOf(','));
    }

    /** The exit model, counting the instances it makes. */
    private record CountingModel(AtomicInteger instances) implements Model {
        @Override
        public String name() {
            return "counting-exit";
        }

        @Override
        public ParameterRegistry parameters() {
            return ExitModel.PARAMETERS;
        }

        @Override
        public List<MetricSpec> metrics() {
            return ExitModel.METRICS;
        }

        @Override
        public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
            instances.incrementAndGet();
            return ExitModel.RULES.instantiate(parameters, seed, loop);
        }
    }

    @Test
    void writeToOfACheckedSimulationStopsAtTheFirstFailedCheckAndKeepsTheRunsBefore(@TempDir Path dir)
            throws Exception {
        // issue 18: the fluent API's sweep runs in the checking mode like sim sweep --check
        Scenario leaky = Scenarios.get("exit").withRule("leaky-exit", "a tax leak",
                new TaxLeak());
        Sweep s = Simulation.of(leaky).set("individuals", 300).ticks(3).seed(5).check(true).sweep()
                .vary("leak", 0.0, 2.0).replicates(2);
        InvariantViolationException e = assertThrows(InvariantViolationException.class,
                () -> s.writeTo(dir.resolve("s"), 2));
        assertEquals("run 2 (point 1: leak=2.0; replicate 0, seed " + Seeds.run(5, 1, 0) + ")", e.run());
        assertEquals("exit-choice", e.owner());
        assertEquals(0, e.tick());
        assertEquals(3, Files.readAllLines(dir.resolve("s/runs.csv")).size(), "header and the two runs of leak 0");
        List<Integer> streamed = new ArrayList<>();
        InvariantViolationException inStream = assertThrows(InvariantViolationException.class,
                () -> s.forEach(r -> streamed.add(r.replicate())));
        assertEquals(e.getMessage(), inStream.getMessage(), "the streamed runs name the failed run the same way");
        assertEquals(List.of(0, 1), streamed);
        Sweep unchecked = Simulation.of(leaky).set("individuals", 300).ticks(3).seed(5).sweep().vary("leak", 0.0, 2.0)
                .replicates(2);
        assertEquals(4, unchecked.writeTo(dir.resolve("u"), 2).runs());
    }
}
