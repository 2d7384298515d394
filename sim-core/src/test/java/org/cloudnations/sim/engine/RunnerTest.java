package org.cloudnations.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.engine.Manifest;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Run configurations, the runner and the MASON schedule's phase order, with a small recording model. */
class RunnerTest {

    /** A model whose phases log what they see and whose metrics depend on every input of a run. */
    static final class LoggingModel implements Model {
        final List<String> log = new ArrayList<>();

        @Override
        public String name() {
            return "logging";
        }

        @Override
        public ParameterRegistry parameters() {
            return ParameterRegistry.of(List.of(
                    ParameterSpec.integer("individuals", 1000, 1, 1_000_000, "individuals", "engine", "N"),
                    ParameterSpec.real("weight", 1.0, 0.0, 10.0, "1", "engine", "w")));
        }

        @Override
        public List<MetricSpec> metrics() {
            return List.of(new MetricSpec("tick_seen", "1", "tick seen by the last phase"),
                    new MetricSpec("draws", "1", "weighted sum of this tick's counter-based draws"),
                    new MetricSpec("sequential", "1", "a draw of the sequential generator"));
        }

        @Override
        public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
            int n = parameters.getInt("individuals");
            double w = parameters.getDouble("weight");
            log.add("instantiate");
            return new ModelInstance() {
                long tickSeen;
                double draws;
                double sequential;

                @Override
                public List<Phase> phases() {
                    return List.of(Phase.of("first", ctx -> {
                        log.add("first " + ctx.tick());
                        sequential = ctx.random().nextDouble();
                    }), Phase.of("second", ctx -> {
                        log.add("second " + ctx.tick());
                        tickSeen = ctx.tick();
                        long key = CounterRandom.streamKey(ctx.seed(), ctx.tick(), 0);
                        draws = ctx.loop().run(n, 1, 0, (from, to, t) -> {
                            for (int i = from; i < to; i++) {
                                t.add(0, w * CounterRandom.uniform(key, i, 0));
                            }
                        }).sum(0);
                    }));
                }

                @Override
                public void observe(double[] row) {
                    log.add("observe " + tickSeen);
                    row[0] = tickSeen;
                    row[1] = draws;
                    row[2] = sequential;
                }

                @Override
                public int individuals() {
                    return n;
                }
            };
        }
    }

    private static Scenario scenario(Model model) {
        return new Scenario("logging-test", "a test", model, Map.of("individuals", "5000"));
    }

    private static String message(Runnable r) {
        return assertThrows(ConfigurationException.class, r::run).getMessage();
    }

    @Test
    void runConfigRejectsBadTicksAndThreads() {
        Scenario s = scenario(new LoggingModel());
        assertEquals("ticks: value 0 is out of range; allowed: a whole number from 1 to 10000000",
                message(() -> s.configure(Map.of(), 1, 0, 1)));
        assertEquals("ticks: value -1 is out of range; allowed: a whole number from 1 to 10000000",
                message(() -> s.configure(Map.of(), 1, -1, 1)));
        assertEquals("ticks: value 10000001 is out of range; allowed: a whole number from 1 to 10000000",
                message(() -> s.configure(Map.of(), 1, RunConfig.MAX_TICKS + 1, 1)));
        assertEquals("threads: value 0 is out of range; allowed: a whole number from 1 to 1024",
                message(() -> s.configure(Map.of(), 1, 10, 0)));
        assertEquals("threads: value 1025 is out of range; allowed: a whole number from 1 to 1024",
                message(() -> s.configure(Map.of(), 1, 10, 1025)));
        RunConfig ok = s.configure(Map.of(), 1, 10, 1);
        assertEquals("threads: value -2 is out of range; allowed: a whole number from 1 to 1024",
                message(() -> ok.withThreads(-2)));
        assertEquals("chunk size: value 0 is out of range; allowed: a whole number from 1 to 1073741824",
                message(() -> ok.withChunkSize(0)));
    }

    @Test
    void runConfigResolvesValuesAgainstTheScenario() {
        Scenario s = scenario(new LoggingModel());
        RunConfig c = s.configure(Map.of("weight", "2.50"), 7, 10, 2);
        assertEquals(5000, c.parameters().getInt("individuals"), "scenario default");
        assertEquals(2.5, c.parameters().getDouble("weight"), 0.0);
        assertEquals(RunConfig.DEFAULT_CHUNK, c.chunkSize());
        RunConfig d = c.withThreads(3).withChunkSize(17);
        assertEquals(new RunConfig(s.name(), s.model(), c.parameters(), 7, 10, 3, 17), d);
        assertEquals("unknown parameter 'wieght'; did you mean 'weight'? Known: individuals, weight",
                message(() -> s.configure(Map.of("wieght", "1"), 1, 10, 1)));
        Parameters foreign = ParameterRegistry.of(List.of(ParameterSpec.flag("x", true, "e", "d"))).resolve(Map.of());
        assertEquals("parameters were not resolved for scenario logging-test",
                assertThrows(IllegalArgumentException.class, () -> new RunConfig(s.name(), s.model(), foreign, 1, 10, 1, 1))
                        .getMessage());
    }

    @Test
    void phasesRunInScheduleOrderEveryTickThenTheRecorder() {
        LoggingModel model = new LoggingModel();
        Scenario s = scenario(model);
        List<String> ticked = new ArrayList<>();
        RunResult r = Runner.run(s.configure(Map.of(), 3, 3, 2),
                (tick, total) -> ticked.add(tick + "/" + total));
        assertEquals(List.of("instantiate", "observe 0",
                "first 1", "second 1", "observe 1",
                "first 2", "second 2", "observe 2",
                "first 3", "second 3", "observe 3"), model.log);
        assertEquals(List.of("1/3", "2/3", "3/3"), ticked);
        MetricSeries series = r.series();
        assertEquals(4, series.rows());
        assertArrayEquals(new long[] {0, 1, 2, 3}, series.ticks());
        assertArrayEquals(new double[] {0, 1, 2, 3}, series.column("tick_seen"));
    }

    @Test
    void manifestDescribesTheRun() {
        Scenario s = scenario(new LoggingModel());
        RunResult r = Runner.run(s.configure(Map.of("weight", "0.50"), 11, 5, 2).withChunkSize(333));
        Manifest m = r.manifest();
        assertEquals("logging-test", m.scenario());
        assertEquals("logging", m.model());
        assertEquals(Map.of("individuals", "5000", "weight", "0.5"), m.parameters());
        assertEquals(List.of("individuals", "weight"), List.copyOf(m.parameters().keySet()));
        assertEquals(11, m.seed());
        assertEquals(5, m.ticks());
        assertEquals(2, m.threads());
        assertEquals(333, m.chunkSize());
        assertEquals(5000, m.individuals());
        assertEquals(org.cloudnations.sim.engine.Provenance.libraryVersion(), m.libraryVersion());
        assertEquals(true, m.libraryVersion().matches("\\d+\\.\\d+\\.\\d+.*"),
                "a version from the filtered version.properties: " + m.libraryVersion());
        assertEquals(true, m.javaVersion().startsWith(System.getProperty("java.version")));
        assertEquals(true, m.wallSeconds() >= 0);
        java.time.Instant.parse(m.startedAt()); // ISO-8601
    }

    @Test
    void sameConfigurationGivesTheSameSeriesWhateverTheThreads() {
        Scenario s = scenario(new LoggingModel());
        RunConfig c = s.configure(Map.of(), 5, 20, 1);
        MetricSeries a = Runner.run(c).series();
        for (RunConfig other : List.of(c, c.withThreads(2), c.withThreads(3).withChunkSize(7))) {
            MetricSeries b = Runner.run(other).series();
            for (String name : a.names()) {
                assertArrayEquals(a.column(name), b.column(name), name + " with " + other.threads() + " threads");
            }
        }
        MetricSeries d = Runner.run(s.configure(Map.of(), 6, 20, 1)).series();
        assertNotEquals(a.last("draws"), d.last("draws"), "counter-based draws depend on the seed");
        assertNotEquals(a.last("sequential"), d.last("sequential"), "the sequential generator depends on the seed");
    }
}
