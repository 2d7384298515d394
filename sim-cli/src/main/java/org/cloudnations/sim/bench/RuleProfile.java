package org.cloudnations.sim.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.World;
import org.cloudnations.sim.metric.MetricRecorder;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.rule.RuleTimes;
import org.cloudnations.sim.scenario.Scenario;

/**
 * Where a tick's time goes, rule by rule: each rule's share of the time all rules took (for an
 * individual pass, thread time summed over workers) and the share of the tick's wall time spent
 * outside the parallel loop (sequential rules, and the passes' sequential set-up and reading of
 * tallies). With a serial share {@code s} measured on one thread, Amdahl's law bounds the speed-up
 * on {@code k} threads by {@code 1 / (s + (1 - s) / k)}; {@link #amdahl} gives that bound, so a
 * two-thread result can be read against it.
 */
public final class RuleProfile {
    private RuleProfile() {
    }

    /**
     * One profile.
     *
     * @param individuals population size
     * @param threads threads
     * @param ticks ticks timed
     * @param wallNsPerTick mean wall time of a tick
     * @param serialShare share of the wall time spent outside the parallel loop
     * @param ruleShares each rule's share of the summed rule time, in rule order
     */
    public record Profile(int individuals, int threads, int ticks, double wallNsPerTick, double serialShare,
                          Map<String, Double> ruleShares) {
    }

    /**
     * Profiles a scenario whose model is a {@link RuleSet}.
     *
     * @param scenario the scenario
     * @param individuals population size
     * @param threads threads
     * @param warmup ticks before timing
     * @param ticks ticks timed
     * @param seed seed
     * @return the profile, or {@code null} when the scenario's model is not a rule set
     */
    public static Profile of(Scenario scenario, int individuals, int threads, int warmup, int ticks, long seed) {
        if (!(scenario.model() instanceof RuleSet rules)) {
            return null;
        }
        Parameters p = scenario.parameters().resolve(Map.of("individuals", Integer.toString(individuals)));
        RuleTimes times = new RuleTimes();
        try (ParallelLoop loop = new ParallelLoop(threads, RunConfig.DEFAULT_CHUNK)) {
            ModelInstance instance = rules.instantiateTimed(p, seed, loop, times);
            MetricRecorder recorder = new MetricRecorder(rules.metrics(), warmup + ticks);
            World world = new World(seed, instance, loop, recorder);
            world.start();
            for (int t = 0; t < warmup; t++) {
                world.schedule.step(world);
            }
            times.reset();
            long t0 = System.nanoTime();
            for (int t = 0; t < ticks; t++) {
                world.schedule.step(world);
            }
            long wall = System.nanoTime() - t0;
            Map<String, Long> byRule = times.nanosByRule();
            double total = byRule.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Double> shares = new LinkedHashMap<>();
            byRule.forEach((rule, ns) -> shares.put(rule, total > 0 ? ns / total : 0));
            return new Profile(individuals, threads, ticks, (double) wall / ticks,
                    wall > 0 ? (double) times.serialNanos() / wall : 0, shares);
        }
    }

    /**
     * Amdahl's bound on the speed-up.
     *
     * @param serialShare the serial share of the one-thread tick
     * @param threads threads
     * @return {@code 1 / (s + (1 - s) / k)}
     */
    public static double amdahl(double serialShare, int threads) {
        return 1 / (serialShare + (1 - serialShare) / threads);
    }
}
