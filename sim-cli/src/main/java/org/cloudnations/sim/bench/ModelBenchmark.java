package org.cloudnations.sim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Map;
import java.util.stream.Collectors;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ObjectPerAgentBaseline;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.World;
import org.cloudnations.sim.metric.MetricRecorder;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;

/**
 * Times a scenario's full tick (every phase) per individual, for the struct-of-arrays engine and
 * for the same rules run the usual MASON way (one {@link sim.engine.Steppable} per individual in a
 * {@link sim.engine.RandomSequence}: {@link RuleSet#instantiateObjectPerAgent} for a rule set, else
 * {@link ObjectPerAgentBaseline}), through the same MASON schedule, and measures bytes per
 * individual: for the engine on a rule set the column storage of its individuals table
 * ({@link RuleSet#bytesPerIndividual}), otherwise heap growth after a full collection.
 */
public final class ModelBenchmark {
    private ModelBenchmark() {
    }

    /**
     * One measurement.
     *
     * @param implementation "cloudnations" or "MASON RandomSequence"
     * @param individuals population size
     * @param threads threads
     * @param ticks ticks timed (after warm-up)
     * @param nsPerIndividualStep median wall time of a tick (all phases) divided by the population
     * @param bytesPerIndividual column storage per individual (the engine on a rule set), else heap
     *                           growth per individual when the population was built
     */
    public record Measurement(String implementation, int individuals, int threads, int ticks,
                              double nsPerIndividualStep, double bytesPerIndividual) {
    }

    /**
     * Times the engine on a scenario.
     *
     * @param scenario the scenario
     * @param individuals population size
     * @param threads threads
     * @param warmup ticks run before timing
     * @param ticks ticks timed
     * @param seed seed
     * @return the measurement
     */
    public static Measurement engine(Scenario scenario, int individuals, int threads, int warmup, int ticks,
                                     long seed) {
        return time(scenario, individuals, threads, warmup, ticks, seed, false);
    }

    /**
     * Times the MASON-way baseline of the same rules (always one thread: a {@code RandomSequence}
     * steps its agents one after the other).
     *
     * @param scenario a scenario whose model is a {@link RuleSet} or implements {@link ObjectPerAgentBaseline}
     * @param individuals population size
     * @param warmup ticks run before timing
     * @param ticks ticks timed
     * @param seed seed
     * @return the measurement
     */
    public static Measurement mason(Scenario scenario, int individuals, int warmup, int ticks, long seed) {
        return time(scenario, individuals, 1, warmup, ticks, seed, true);
    }

    private static Measurement time(Scenario scenario, int individuals, int threads, int warmup, int ticks,
                                    long seed, boolean objectPerAgent) {
        RuleSet rules = scenario.model() instanceof RuleSet r ? r : null;
        if (objectPerAgent && rules == null && !(scenario.model() instanceof ObjectPerAgentBaseline)) {
            throw new ConfigurationException("scenario " + scenario.name() + " has no MASON-way baseline; use --no-mason");
        }
        Parameters p = scenario.parameters().resolve(Map.of("individuals", Integer.toString(individuals)));
        long before = usedHeapAfterGc();
        try (ParallelLoop loop = new ParallelLoop(threads, org.cloudnations.sim.engine.RunConfig.DEFAULT_CHUNK)) {
            ModelInstance instance = !objectPerAgent ? scenario.model().instantiate(p, seed, loop)
                    : rules != null ? rules.instantiateObjectPerAgent(p, seed, loop)
                    : ((ObjectPerAgentBaseline) scenario.model()).instantiateObjectPerAgent(p, seed, loop);
            long after = usedHeapAfterGc();
            double bytes = !objectPerAgent && rules != null ? RuleSet.bytesPerIndividual(instance)
                    : (double) (after - before) / individuals;
            MetricRecorder recorder = new MetricRecorder(scenario.model().metrics(), warmup + ticks);
            World world = new World(seed, instance, loop, recorder);
            world.start();
            for (int t = 0; t < warmup; t++) {
                world.schedule.step(world);
            }
            double median = medianTickNanos(world, ticks);
            Reference.reachabilityFence(instance);
            return new Measurement(objectPerAgent ? "MASON RandomSequence" : "cloudnations", individuals, threads,
                    ticks, median / individuals, bytes);
        }
    }

    /**
     * Steps the world tick by tick and returns the median tick time: robust to a stray pause or
     * to another process taking a core for a moment.
     */
    private static double medianTickNanos(sim.engine.SimState world, int ticks) {
        long[] nanos = new long[ticks];
        for (int t = 0; t < ticks; t++) {
            long t0 = System.nanoTime();
            world.schedule.step(world);
            nanos[t] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        return ticks % 2 == 1 ? nanos[ticks / 2] : 0.5 * (nanos[ticks / 2 - 1] + nanos[ticks / 2]);
    }

    /** @return the JVM, garbage collectors, maximum heap and processor count, on one line */
    public static String environment() {
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        long max = Runtime.getRuntime().maxMemory();
        return String.format(java.util.Locale.ROOT, "JVM %s %s; GC %s; max heap %.1f GiB; %d processors",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), gcs,
                max / (double) (1L << 30), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs full collections until the heap settles, e.g. before a timing that a concurrent
     * collection of an earlier measurement's garbage would disturb.
     *
     * @return heap in use after repeated full collections
     */
    public static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
