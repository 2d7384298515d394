package org.cloudnations.sim.api;

import static org.cloudnations.sim.api.SimulationTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static final Simulation SMALL = Simulation.of("baseline").set("individuals", 1_000).ticks(8).threads(1)
            .seed(42);

    @Test
    void enumeratesPointsWithTheFirstParameterSlowestAndReplicatesWithin() {
        Sweep s = SMALL.sweep().vary("digital_access", 0.2, 0.8).vary("states", 2, 3, 4).replicates(2);
        assertEquals(6, s.points());
        assertEquals(12, s.size());
        assertEquals(Map.of("digital_access", List.of("0.2", "0.8"), "states", List.of("2", "3", "4")), s.axes());
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
            long expectedSeed = CounterRandom.mix64(CounterRandom.mix64(CounterRandom.mix64(42L)
                    ^ (run.point() + 1L)) + run.replicate());
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
    void commonSeedsRepeatTheReplicateSeedsAtEveryPoint() {
        Sweep s = SMALL.sweep().vary("moving_cost", 0.1, 0.2, 0.3).replicates(3).commonSeeds();
        for (int p = 0; p < 3; p++) {
            for (int r = 0; r < 3; r++) {
                assertEquals(s.seed(0, r), s.seed(p, r));
            }
        }
        assertNotEquals(s.seed(0, 0), s.seed(0, 1));
        assertNotEquals(SMALL.sweep().seed(0, 0), SMALL.seed(43).sweep().seed(0, 0));
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

    @Test
    void rejectsBadSweepsWithOneLineMessages() {
        Sweep s = SMALL.sweep().vary("states", 2, 3);
        assertMessage("unknown parameter 'stats'; did you mean 'states'?", () -> s.vary("stats", 1));
        assertMessage("parameter 'states' is already varied; allowed: each parameter varied once",
                () -> s.vary("states", 5));
        assertMessage("parameter 'tax_rate': no values to vary over; allowed: one or more values",
                () -> s.vary("tax_rate", new double[0]));
        assertMessage("parameter 'tax_rate': value 2.0 is out of range; allowed: a real number from 0 to 0.95",
                () -> s.vary("tax_rate", 0.1, 2.0));
        assertMessage("replicates: value 0 is out of range; allowed: a whole number from 1 to 1000000",
                () -> s.replicates(0));
        assertMessage("unknown varied parameter 'tax_rate' Known: states",
                () -> s.run(0, 0).value("tax_rate"));
        assertEquals("Sweep[" + SMALL + ", vary {states=[2, 3]}, 1 replicates, 2 runs]", s.toString());
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
            return new ExitModel().instantiate(parameters, seed, loop);
        }
    }
}
