package org.cloudnations.sim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cloudnations.sim.engine.InvariantViolationException;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Seeds;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.run.Shard;
import org.cloudnations.sim.sweep.run.SweepListener;
import org.cloudnations.sim.sweep.run.SweepPlan;
import org.cloudnations.sim.sweep.run.SweepRunner;
import org.cloudnations.sim.sweep.run.SweepSpec;
import org.cloudnations.sim.sweep.run.SweepSummary;

/**
 * Many runs of one {@link Simulation}, fluently: a thin layer over the sweep engine
 * ({@link org.cloudnations.sim.sweep}) that {@code sim sweep} uses. Some parameters are varied
 * (over lists of values or ranges), a design turns them into <em>points</em> (by default the grid
 * of every combination), and each point is run with several <em>replicates</em> (seeds). Results
 * are streamed, one run at a time, and nothing is kept: a sweep of any size needs the memory of one
 * run.
 *
 * <pre>{@code
 * Simulation.of("baseline").set("individuals", 20_000).ticks(100).sweep()
 *         .vary("digital_access", 0.2, 0.5, 0.8)
 *         .replicates(3)
 *         .forEach(run -> System.out.println(run.values() + " " + run.result().last("cloud_share")));
 * }</pre>
 *
 * <p>The points, their order, and the seeds are the engine's ({@link SweepPlan}): run {@code i}
 * is replicate {@code i mod replicates} of point {@code i / replicates}, its seed
 * {@link Seeds#run(long, long, long)} of (base seed, point, replicate). So a run here has the same
 * parameters, seed and metrics as the same run of {@code sim sweep} with the same scenario,
 * values, design, replicates, ticks and seed; and {@link #writeTo(Path, int)} writes the files
 * {@code sim sweep} writes. Without any varied parameter, a sweep is the replicates of its
 * base simulation (point 0).
 *
 * <p>Immutable: every method returns a new sweep.
 */
public final class Sweep {
    private final Simulation base;
    private final List<Vary> varies;
    private final DesignKind design;
    private final int samples;
    private final int replicates;
    private final int seriesEvery;
    private final List<Map<String, String>> arms;
    private volatile SweepPlan plan;

    private Sweep(Simulation base, List<Vary> varies, DesignKind design, int samples, int replicates,
                  int seriesEvery, List<Map<String, String>> arms) {
        this.base = base;
        this.varies = List.copyOf(varies);
        this.arms = List.copyOf(arms);
        this.design = design;
        this.samples = samples;
        this.replicates = replicates;
        this.seriesEvery = seriesEvery;
    }

    /**
     * A sweep of one point and one replicate around a base simulation, with a grid design.
     *
     * @param base the simulation whose parameters, seed, ticks and threads every run starts from
     * @return the sweep
     */
    public static Sweep over(Simulation base) {
        return new Sweep(Objects.requireNonNull(base, "base"), List.of(), DesignKind.GRID, 0, 1, 1, List.of());
    }

    /**
     * Varies a real-valued (or whole-number) parameter over a list of values.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, distinct, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, double... values) {
        List<Object> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return vary(name, list);
    }

    /**
     * Varies a whole-number (or real-valued) parameter over a list of values.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, distinct, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, long... values) {
        List<Object> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return vary(name, list);
    }

    /**
     * Varies a boolean parameter.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, distinct
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, boolean... values) {
        List<Object> list = new ArrayList<>();
        for (boolean v : values) {
            list.add(v);
        }
        return vary(name, list);
    }

    /**
     * Varies a parameter over values given as text (the way to vary a choice parameter).
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, distinct, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, String... values) {
        return vary(name, List.of((Object[]) values));
    }

    /**
     * Varies a parameter over values given as numbers, booleans or text.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, distinct, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value, with
     *                                the message of {@code sim sweep --vary NAME=V1,V2,...}
     */
    public Sweep vary(String name, List<?> values) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        List<String> text = new ArrayList<>();
        for (Object v : values) {
            String t = Simulation.text(name, v);
            if (t.contains(",") || t.contains(":")) {
                throw new ConfigurationException("vary " + name + ": value '" + t + "' contains ',' or ':'; allowed:"
                        + " values without them (for a range use range(name, lo, hi, levels))");
            }
            text.add(t);
        }
        return add(name, String.join(",", text));
    }

    /**
     * Varies a numeric parameter over a range: {@code levels} evenly spaced values from {@code lo} to
     * {@code hi} in a grid or one-at-a-time design (computed in decimal, so 0.1 to 0.9 in 5 levels
     * gives exactly 0.1, 0.3, 0.5, 0.7, 0.9).
     *
     * @param name a numeric parameter of the scenario, not varied yet
     * @param lo the lower end, within the parameter's range
     * @param hi the upper end, above {@code lo} and within the parameter's range
     * @param levels the number of levels, 2 to {@value Vary#MAX_LEVELS}
     * @return the new sweep
     * @throws ConfigurationException for an unknown, non-numeric or already varied name, or a bad range
     */
    public Sweep range(String name, double lo, double hi, int levels) {
        return add(name, Simulation.text(name, lo) + ":" + Simulation.text(name, hi) + ":" + levels);
    }

    /**
     * Varies a numeric parameter over a range, for designs that place points anywhere in it (random,
     * lhs, sobol, morris); in a grid or one-at-a-time design it has {@value Vary#DEFAULT_LEVELS}
     * levels.
     *
     * @param name a numeric parameter of the scenario, not varied yet
     * @param lo the lower end, within the parameter's range
     * @param hi the upper end, above {@code lo} and within the parameter's range
     * @return the new sweep
     * @throws ConfigurationException for an unknown, non-numeric or already varied name, or a bad range
     */
    public Sweep range(String name, double lo, double hi) {
        return add(name, Simulation.text(name, lo) + ":" + Simulation.text(name, hi));
    }

    private Sweep add(String name, String text) {
        Vary v = Vary.parse(name + "=" + text, base.scenario().parameters());
        for (Vary existing : varies) {
            if (existing.name().equals(name)) {
                throw SweepSpec.variedTwice(v);
            }
        }
        List<Vary> next = new ArrayList<>(varies);
        next.add(v);
        return new Sweep(base, next, design, samples, replicates, seriesEvery, arms);
    }

    /**
     * Chooses the design that turns the varied parameters into points.
     *
     * @param name one of grid (the default), random, lhs, sobol, oat, morris
     * @return the new sweep
     * @throws ConfigurationException for an unknown name, with a suggestion
     */
    public Sweep design(String name) {
        return new Sweep(base, varies, DesignKind.parse(Objects.requireNonNull(name, "name")), samples, replicates,
                seriesEvery, arms);
    }

    /**
     * Sets the size of a random, lhs, sobol or morris design.
     *
     * @param n points (random, lhs), base samples (sobol) or trajectories (morris), 1 to
     *          {@value SweepSpec#MAX_RUNS}
     * @return the new sweep
     * @throws ConfigurationException for a count out of range
     */
    public Sweep samples(int n) {
        if (n < 1 || n > SweepSpec.MAX_RUNS) {
            throw ConfigurationException.outOfRange("{samples}", n, 1, SweepSpec.MAX_RUNS);
        }
        return new Sweep(base, varies, design, n, replicates, seriesEvery, arms);
    }

    /**
     * @param n replicates (seeds) per point, 1 to {@value SweepSpec#MAX_REPLICATES}
     * @return the new sweep
     * @throws ConfigurationException for a count out of range
     */
    public Sweep replicates(int n) {
        if (n < 1 || n > SweepSpec.MAX_REPLICATES) {
            throw ConfigurationException.outOfRange("{replicates}", n, 1, SweepSpec.MAX_REPLICATES);
        }
        return new Sweep(base, varies, design, samples, n, seriesEvery, arms);
    }

    /**
     * Sets which ticks {@link #writeTo(Path, int)} writes to the sweep's series file, as
     * {@code sim sweep --series-every} does; streamed runs always carry every tick.
     *
     * @param k every k-th tick (and the last), 1 (the default) to {@value RunConfig#MAX_TICKS}; 0 for no
     *          series file
     * @return the new sweep
     * @throws ConfigurationException for a value out of range
     */
    public Sweep seriesEvery(int k) {
        if (k < 0 || k > RunConfig.MAX_TICKS) {
            throw ConfigurationException.outOfRange("{series_every}", k, 0, RunConfig.MAX_TICKS);
        }
        return new Sweep(base, varies, design, samples, replicates, k, arms);
    }

    /**
     * Adds an arm of a paired sweep, as {@code sim sweep --arm} does: every design point is run once
     * per arm, and all arms of a point run with the point's seeds, so that the arms' difference at a
     * point is a paired comparison (the robustness maps of {@code sim figure} are built on it). Give
     * at least two arms; grid, random and lhs designs only; an arm's parameters must not be varied,
     * and their values replace the base simulation's. The arms are validated with the rest of the sweep, by
     * {@link #spec()} (and so by every method that runs it).
     *
     * <pre>{@code
     * Simulation.of("world").ticks(80).sweep()
     *         .range("migration_cost", 0.3, 1.2).design("lhs").samples(50)
     *         .arm(Map.of("ai_growth", 0.05)).arm(Map.of("ai_growth", 0.01))
     *         .forEach(run -> ...);   // runs 2k and 2k + 1 share their seed
     * }</pre>
     *
     * @param values parameter name to value (number, boolean or text), at least one
     * @return the new sweep
     */
    public Sweep arm(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((name, v) -> text.put(name, Simulation.text(name, v)));
        List<Map<String, String>> next = new ArrayList<>(arms);
        next.add(Collections.unmodifiableMap(text));
        return new Sweep(base, varies, design, samples, replicates, seriesEvery, next);
    }

    /** @return the arms of a paired sweep, in the order they were added (empty for none) */
    public List<Map<String, String>> arms() {
        return arms;
    }

    /** @return the base simulation */
    public Simulation base() {
        return base;
    }

    /** @return each varied parameter, in the order they were added */
    public List<Vary> varies() {
        return varies;
    }

    /** @return the replicates per point */
    public int replicates() {
        return replicates;
    }

    /**
     * The engine's description of this sweep, validated.
     *
     * @return the sweep specification
     * @throws ConfigurationException when nothing is varied, or the design and its settings do not fit
     *                                (e.g. a random design without {@link #samples(int)})
     */
    public SweepSpec spec() {
        if (varies.isEmpty()) {
            throw new ConfigurationException("sweep: nothing is varied" + (arms.isEmpty() ? "" : " (arms pair the "
                    + "runs of each point, they do not make points)") + "; allowed: vary(...) or range(...) at least"
                    + " one parameter first");
        }
        if (design.needsSamples() && samples == 0) {
            throw new ConfigurationException("sweep: the " + design.label() + " design needs samples(n); allowed:"
                    + " a whole number from 1 to " + SweepSpec.MAX_RUNS);
        }
        Map<String, String> fixed = new LinkedHashMap<>(base.parameters());
        varies.forEach(v -> fixed.remove(v.name()));
        arms.forEach(a -> a.keySet().forEach(fixed::remove));
        RunConfig c = base.config();
        return new SweepSpec(base.scenario(), fixed, varies, design, design.needsSamples() ? samples : 0,
                design == DesignKind.MORRIS ? SweepSpec.DEFAULT_MORRIS_LEVELS : 0, replicates, c.ticks(), c.seed(),
                seriesEvery, SweepSpec.DEFAULT_BOOTSTRAP, "org.cloudnations.sim.api.Sweep: " + this, arms);
    }

    /**
     * The engine's plan of this sweep: its design points, and for each run its parameters and seed.
     *
     * @return the plan
     * @throws ConfigurationException as {@link #spec()}, or when the sweep is too large
     */
    public SweepPlan plan() {
        SweepPlan p = plan;
        if (p == null) {
            p = SweepPlan.of(spec());
            plan = p;
        }
        return p;
    }

    /** @return the number of points of the design (1 when nothing is varied) */
    public int points() {
        return unplanned() ? 1 : plan().design().points();
    }

    /** @return the number of runs, points times replicates */
    public int size() {
        return unplanned() ? replicates : plan().runs();
    }

    /**
     * @param point a point index, 0 to {@code points() - 1}
     * @return the varied parameters' values at that point, as canonical text, in the order they were
     *         added, then (in a paired sweep) the arm's parameters, in the scenario's order
     */
    public Map<String, String> point(int point) {
        if (point < 0 || point >= points()) {
            throw new IndexOutOfBoundsException("point " + point + " of " + points());
        }
        Map<String, String> m = new LinkedHashMap<>();
        if (!unplanned()) {
            String[] values = plan().design().point(point);
            for (int i = 0; i < values.length; i++) {
                m.put(plan().design().varies().get(i).name(), values[i]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The seed of one run, the engine's {@link Seeds#run(long, long, long)} of (base seed, point,
     * replicate); in a paired sweep the point of the seed is the design point without its arm, so
     * every arm of a point has the same seeds.
     *
     * @param point the point index
     * @param replicate the replicate index
     * @return the seed
     */
    public long seed(int point, int replicate) {
        return Seeds.run(base.config().seed(), arms.isEmpty() ? point : plan().design().seedPoint(point), replicate);
    }

    /** Whether this sweep is only the replicates of its base simulation (nothing varied, no arms). */
    private boolean unplanned() {
        return varies.isEmpty() && arms.isEmpty();
    }

    /**
     * The runs as a lazy, ordered stream: each run is made when the stream reaches it, with the base
     * simulation's threads, and its result is not kept by the sweep. A parallel stream makes several
     * runs at once (each still reproducible).
     *
     * @return the stream of {@link #size()} runs
     */
    public Stream<Run> stream() {
        int perPoint = replicates;
        return IntStream.range(0, size()).mapToObj(i -> run(i / perPoint, i % perPoint));
    }

    /**
     * Makes every run in order, handing each result to {@code consumer} as soon as it is complete.
     *
     * @param consumer told of each run
     */
    public void forEach(Consumer<? super Run> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        stream().forEachOrdered(consumer);
    }

    /**
     * Makes one run of the sweep.
     *
     * @param point the point index, 0 to {@code points() - 1}
     * @param replicate the replicate, 0 to {@code replicates() - 1}
     * @return the run
     * @throws InvariantViolationException when the base simulation has {@link Simulation#check(boolean)
     *         check(true)} and the run fails an invariant; its message names the run (id, design point,
     *         replicate and seed) as {@code sim sweep --check} does
     */
    public Run run(int point, int replicate) {
        if (replicate < 0 || replicate >= replicates) {
            throw new IndexOutOfBoundsException("replicate " + replicate + " of " + replicates);
        }
        Map<String, String> values = point(point);
        long seed = seed(point, replicate);
        try {
            return new Run(point, replicate, values, seed, base.set(values).seed(seed).run());
        } catch (InvariantViolationException e) {
            int id = point * replicates + replicate;
            throw e.inRun(unplanned() ? "run " + id + " (replicate " + replicate + ", seed " + seed + ")"
                    : plan().describe(id));
        }
    }

    /**
     * Runs the whole sweep with the engine of {@code sim sweep} and writes its folder: {@code runs.csv}
     * (one row per run: point, replicate, seed, varied values, final metrics), the series file (see
     * {@link #seriesEvery(int)}), the sweep's manifest and, for sobol and morris designs,
     * {@code sensitivity.csv}. Runs are single-threaded, on
     * {@code threads} workers; the files do not depend on {@code threads}. With the base simulation's
     * {@link Simulation#check(boolean) check(true)} every run is in the checking mode, as with
     * {@code sim sweep --check}: the first run whose invariant fails stops the sweep with an
     * {@link org.cloudnations.sim.engine.InvariantViolationException} naming the run (design point,
     * replicate, seed), tick, rule and invariant; the runs before it are written and complete.
     *
     * @param dir the folder, missing or empty
     * @param threads worker threads, 1 to {@value RunConfig#MAX_THREADS}
     * @return what was done
     * @throws ConfigurationException as {@link #spec()}, or when the folder holds files
     * @throws IOException when the files cannot be written
     */
    public SweepSummary writeTo(Path dir, int threads) throws IOException {
        Objects.requireNonNull(dir, "dir");
        return SweepRunner.run(plan(), Shard.ALL, dir, threads, false, base.config().check(), SweepListener.NONE,
                () -> false);
    }

    /** @return a one-line description: the base, the varied parameters, design, replicates */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Sweep[").append(base).append(", vary ").append(varies)
                .append(", ").append(design.label());
        if (design.needsSamples()) {
            b.append(' ').append(samples).append(" samples");
        }
        if (!arms.isEmpty()) {
            b.append(", arms ").append(arms);
        }
        return b.append(", ").append(replicates).append(" replicates]").toString();
    }

    /**
     * One run of a sweep.
     *
     * @param point the point index
     * @param replicate the replicate index within the point
     * @param values the varied parameters' values at the point, as canonical text
     * @param seed the run's seed
     * @param result the run's result
     */
    public record Run(int point, int replicate, Map<String, String> values, long seed, Result result) {
        /**
         * Validates indices and copies the values.
         *
         * @param point the point index, 0 or more
         * @param replicate the replicate index, 0 or more
         * @param values the varied parameters' values
         * @param seed the run's seed
         * @param result the run's result
         */
        public Run {
            if (point < 0 || replicate < 0) {
                throw new IllegalArgumentException("sweep run: point " + point + " and replicate " + replicate
                        + " must be 0 or more");
            }
            Objects.requireNonNull(result, "result");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /**
         * @param name a varied parameter
         * @return its value at this run's point, as a number
         * @throws ConfigurationException when the parameter was not varied or is not numeric
         */
        public double value(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new ConfigurationException(Names.unknown("varied parameter", name, values.keySet()));
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new ConfigurationException("varied parameter '" + name + "': value '" + v
                        + "' is not a number; use values().get(name) for text");
            }
        }
    }
}
