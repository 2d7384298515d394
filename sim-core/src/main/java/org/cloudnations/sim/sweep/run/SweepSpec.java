package org.cloudnations.sim.sweep.run;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Vary;

/**
 * Everything that defines a sweep's results (thread count is not part of it: it changes speed
 * only). Validated in the compact constructor with one-line {@link ConfigurationException}
 * messages that name the option and what is allowed.
 *
 * @param scenario the scenario
 * @param fixed parameter values set with {@code -P} (name to text), validated
 * @param varies the varied parameters, at least one, names distinct and not in {@code fixed}
 * @param design the design
 * @param samples points (random, lhs), base samples N (sobol) or trajectories r (morris); 0 for
 *                grid and oat, which take their points from the levels
 * @param levels Morris levels p (even, 2 to {@value #MAX_MORRIS_LEVELS}); 0 for other designs
 * @param replicates runs per design point, each with its own seed
 * @param ticks ticks per run
 * @param seed the base seed
 * @param seriesEvery write every k-th tick (and the last) of each run to the series file; 0 for none
 * @param bootstrap bootstrap resamples for confidence intervals of sensitivity indices
 * @param commandLine the command line, for the manifest
 * @param arms the arms every design point is run in, with the point's seeds (paired
 *             comparisons); empty for none, else at least two, each a map of parameter name to
 *             text; a parameter one arm sets and another does not takes its value when not set
 *             there. Arm parameters are neither varied nor fixed. Grid, random and lhs designs only.
 *             Each arm's parameters are kept in the order the scenario declares them.
 */
public record SweepSpec(Scenario scenario, Map<String, String> fixed, List<Vary> varies, DesignKind design,
                        int samples, int levels, int replicates, int ticks, long seed, int seriesEvery,
                        int bootstrap, String commandLine, List<Map<String, String>> arms) {
    /** The largest number of runs in one sweep. */
    public static final int MAX_RUNS = 100_000_000;
    /** The largest number of replicates. */
    public static final int MAX_REPLICATES = 1_000_000;
    /** The largest even number of Morris levels. */
    public static final int MAX_MORRIS_LEVELS = 100;
    /** Morris levels when not given. */
    public static final int DEFAULT_MORRIS_LEVELS = 4;
    /** Bootstrap resamples when not given. */
    public static final int DEFAULT_BOOTSTRAP = 1000;
    /** The largest number of bootstrap resamples. */
    public static final int MAX_BOOTSTRAP = 100_000;

    /**
     * Validates every field.
     *
     * @param scenario see {@link #scenario()}
     * @param fixed see {@link #fixed()}
     * @param varies see {@link #varies()}
     * @param design see {@link #design()}
     * @param samples see {@link #samples()}
     * @param levels see {@link #levels()}
     * @param replicates see {@link #replicates()}
     * @param ticks see {@link #ticks()}
     * @param seed see {@link #seed()}
     * @param seriesEvery see {@link #seriesEvery()}
     * @param bootstrap see {@link #bootstrap()}
     * @param commandLine see {@link #commandLine()}
     * @param arms see {@link #arms()}
     */
    public SweepSpec {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(commandLine, "commandLine");
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        varies = List.copyOf(varies);
        scenario.parameters().resolve(fixed);
        if (varies.isEmpty()) {
            throw ConfigurationException.about("{vary}: give at least one varied parameter, "
                    + "as NAME=LO:HI[:N] or NAME=V1,V2,...");
        }
        Set<String> seen = new HashSet<>();
        for (Vary v : varies) {
            if (!scenario.parameters().spec(v.name()).equals(v.spec())) {
                throw new IllegalArgumentException("--vary " + v + " was not parsed for scenario " + scenario.name());
            }
            if (!seen.add(v.name())) {
                throw variedTwice(v);
            }
            if (fixed.containsKey(v.name())) {
                throw ConfigurationException.about("{vary} " + v + ": '" + v.name() + "' is also set with {set}; "
                        + "allowed: either {set} or {vary} for a parameter");
            }
            if (v.levelsGiven() && !design.usesRangeLevels()) {
                throw ConfigurationException.about("{vary} " + v + ": levels ':" + v.levels() + "' apply to grid and "
                        + "oat designs only; write " + v.name() + "=" + v.lo() + ":" + v.hi() + " for a "
                        + design.label() + " design");
            }
        }
        if (design.needsSamples()) {
            check("{samples}", samples, 1, MAX_RUNS, "the " + design.label() + " design needs {samples} N");
        } else if (samples != 0) {
            throw ConfigurationException.about("{samples} applies to random, lhs, sobol and morris designs; the "
                    + design.label() + " design takes its points from the {vary} levels");
        }
        if (design == DesignKind.MORRIS) {
            if (levels < 2 || levels > MAX_MORRIS_LEVELS || levels % 2 != 0) {
                throw ConfigurationException.about("{levels}: value " + levels + " is not allowed; allowed: an even "
                        + "whole number from 2 to " + MAX_MORRIS_LEVELS);
            }
        } else if (levels != 0) {
            throw ConfigurationException.about("{levels} applies to the morris design only; give grid and oat "
                    + "levels as {vary} NAME=LO:HI:N");
        }
        if (design == DesignKind.SOBOL && varies.size() > 500) {
            throw ConfigurationException.about("{vary}: the sobol design takes at most 500 varied parameters");
        }
        check("{replicates}", replicates, 1, MAX_REPLICATES, null);
        check("{ticks}", ticks, 1, RunConfig.MAX_TICKS, null);
        check("{series_every}", seriesEvery, 0, RunConfig.MAX_TICKS, null);
        check("{bootstrap}", bootstrap, 0, MAX_BOOTSTRAP, null);
        arms = SweepArms.check(scenario, fixed, varies, design, arms);
    }

    /**
     * A sweep without arms: every design point is run once per replicate.
     *
     * @param scenario see {@link #scenario()}
     * @param fixed see {@link #fixed()}
     * @param varies see {@link #varies()}
     * @param design see {@link #design()}
     * @param samples see {@link #samples()}
     * @param levels see {@link #levels()}
     * @param replicates see {@link #replicates()}
     * @param ticks see {@link #ticks()}
     * @param seed see {@link #seed()}
     * @param seriesEvery see {@link #seriesEvery()}
     * @param bootstrap see {@link #bootstrap()}
     * @param commandLine see {@link #commandLine()}
     */
    public SweepSpec(Scenario scenario, Map<String, String> fixed, List<Vary> varies, DesignKind design,
                     int samples, int levels, int replicates, int ticks, long seed, int seriesEvery,
                     int bootstrap, String commandLine) {
        this(scenario, fixed, varies, design, samples, levels, replicates, ticks, seed, seriesEvery, bootstrap,
                commandLine, List.of());
    }

    private static void check(String what, long v, long min, long max, String missing) {
        if (v == 0 && missing != null) {
            throw ConfigurationException.about(missing + " (a whole number from " + min + " to " + max + ")");
        }
        if (v < min || v > max) {
            throw ConfigurationException.outOfRange(what, v, min, max);
        }
    }

    /**
     * @param v a vary whose parameter is already varied
     * @return the refusal, the same for {@code sim sweep} and the fluent API
     */
    public static ConfigurationException variedTwice(Vary v) {
        return ConfigurationException.about("{vary} " + v + ": '" + v.name() + "' is varied twice; allowed: each "
                + "parameter once");
    }
}
