package org.cloudnations.sim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParamType;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.run.SweepListener;
import org.cloudnations.sim.sweep.run.SweepPlan;
import org.cloudnations.sim.sweep.run.SweepRunner;
import org.cloudnations.sim.sweep.run.SweepSpec;
import org.cloudnations.sim.sweep.run.SweepSummary;

/**
 * Sweep throughput: runs per minute of a whole {@code sim sweep} (the same {@link SweepRunner},
 * writing {@code runs.csv} and the per-tick series into a temporary folder) of small runs, on a
 * given number of worker threads.
 *
 * <p>The sweep is a grid over one parameter with two replicates per point, every run of
 * {@code individuals} individuals for {@code ticks} ticks. What a measurement includes: building
 * every run, stepping it, formatting and compressing its rows and committing them to disk; what it
 * excludes: the JVM's start and the JIT's first compilation of the model, which the caller pays
 * once with {@link #warmUp} (a sweep of thousands of runs pays them once too, so this is the rate
 * such a sweep runs at).
 */
public final class SweepThroughput {
    private SweepThroughput() {
    }

    /**
     * One timed sweep.
     *
     * @param threads worker threads
     * @param runs runs in the sweep
     * @param seconds wall time of the whole sweep, from planning to the last commit
     */
    public record Measurement(int threads, int runs, double seconds) {
        /** @return runs per minute */
        public double runsPerMinute() {
            return runs * 60.0 / seconds;
        }
    }

    /**
     * The parameter a throughput sweep varies: {@code digital_access} when the scenario has it,
     * else its first real-valued parameter.
     *
     * @param scenario the scenario
     * @return {@code NAME=LO:HI} over the parameter's whole range
     * @throws ConfigurationException when the scenario has no real-valued parameter
     */
    public static String defaultVary(Scenario scenario) {
        List<ParameterSpec> specs = scenario.parameters().specs();
        ParameterSpec chosen = specs.stream().filter(s -> s.name().equals("digital_access")).findFirst()
                .orElse(specs.stream().filter(s -> s.type() == ParamType.DOUBLE).findFirst().orElseThrow(
                        () -> new ConfigurationException("scenario " + scenario.name()
                                + " has no real-valued parameter to sweep; give --sweep-vary NAME=V1,V2,...")));
        return chosen.name() + "=" + chosen.minText() + ":" + chosen.maxText();
    }

    /**
     * Parses the varied parameter of a throughput sweep.
     *
     * @param scenario the scenario
     * @param vary {@code NAME=LO:HI} (given {@code points} levels) or {@code NAME=V1,V2,...}
     * @param points levels of a range, at least 2
     * @return the vary
     * @throws ConfigurationException a one-line message naming what is wrong and what is allowed
     */
    public static Vary parseVary(Scenario scenario, String vary, int points) {
        return Vary.parse(vary.contains(":") ? vary + ":" + points : vary, scenario.parameters());
    }

    /**
     * Runs a short sweep so that the JIT has compiled the model before anything is timed.
     *
     * @param scenario the scenario
     * @param vary {@code NAME=LO:HI} of the varied parameter
     * @param individuals individuals per run
     * @param ticks ticks per run
     * @param runs runs of the warm-up sweep
     * @param threads threads
     */
    public static void warmUp(Scenario scenario, String vary, int individuals, int ticks, int runs, int threads) {
        measure(scenario, vary, individuals, ticks, runs, threads, 1);
    }

    /**
     * Times one sweep.
     *
     * @param scenario the scenario
     * @param vary {@code NAME=LO:HI} of the varied parameter (levels are added)
     * @param individuals individuals per run
     * @param ticks ticks per run
     * @param runs runs, an even number (two replicates per point)
     * @param threads worker threads
     * @param seed the base seed
     * @return the measurement
     * @throws ConfigurationException for a bad parameter or vary
     */
    public static Measurement measure(Scenario scenario, String vary, int individuals, int ticks, int runs,
                                      int threads, long seed) {
        if (runs < 2 || runs % 2 != 0) {
            throw new ConfigurationException("--sweep-runs: value " + runs + " must be an even number of at least 2");
        }
        Vary parsed = parseVary(scenario, vary, runs / 2);
        SweepSpec spec = new SweepSpec(scenario, Map.of("individuals", Integer.toString(individuals)),
                List.of(parsed), DesignKind.GRID, 0, 0, 2, ticks, seed, 1, SweepSpec.DEFAULT_BOOTSTRAP,
                "bench sweep throughput");
        SweepPlan plan = SweepPlan.of(spec);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sim-bench-sweep");
            Path out = dir.resolve("sweep");
            long t0 = System.nanoTime();
            SweepSummary summary = SweepRunner.run(plan, out, threads, false, SweepListener.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (summary.failed() > 0) {
                throw new IllegalStateException(summary.failed() + " runs of the throughput sweep failed; first: "
                        + summary.firstFailure());
            }
            return new Measurement(threads, plan.runs(), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a benchmark for
        }
    }
}
