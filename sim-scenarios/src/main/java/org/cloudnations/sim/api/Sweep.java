package org.cloudnations.sim.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.random.CounterRandom;

/**
 * Many runs of one {@link Simulation}: some parameters varied over lists of values (every
 * combination of them is a <em>point</em>), each point run with several <em>replicates</em>
 * (seeds). Results are streamed, one run at a time, and nothing is kept: a sweep of any size
 * needs the memory of one run.
 *
 * <pre>{@code
 * Simulation.of("baseline").set("individuals", 20_000).ticks(100).sweep()
 *         .vary("digital_access", 0.2, 0.5, 0.8)
 *         .replicates(3)
 *         .forEach(run -> System.out.println(run.values() + " " + run.result().last("cloud_share")));
 * }</pre>
 *
 * <p>Order: point by point, replicate by replicate within a point; points enumerate the
 * combinations with the first varied parameter changing slowest. Seeds: replicate {@code r} of
 * point {@code p} runs with {@link #seed(int, int)}, a SplitMix64 hash of (base seed, p, r), so
 * every run is reproducible on its own; with {@link #commonSeeds()} the seed does not depend on the
 * point (common random numbers: replicate {@code r} sees the same random streams at every point,
 * which makes response curves smoother).
 *
 * <p>Immutable: every method returns a new sweep.
 */
public final class Sweep {
    /** Largest number of replicates per point. */
    public static final int MAX_REPLICATES = 1_000_000;

    private final Simulation base;
    private final Map<String, List<String>> axes;
    private final int replicates;
    private final boolean common;

    private Sweep(Simulation base, Map<String, List<String>> axes, int replicates, boolean common) {
        this.base = base;
        this.axes = axes;
        this.replicates = replicates;
        this.common = common;
    }

    /**
     * A sweep of one point and one replicate around a base simulation.
     *
     * @param base the simulation whose parameters, seed, ticks and threads every run starts from
     * @return the sweep
     */
    public static Sweep over(Simulation base) {
        return new Sweep(Objects.requireNonNull(base, "base"), Map.of(), 1, false);
    }

    /**
     * Varies a real-valued (or whole-number) parameter.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, double... values) {
        List<String> text = new ArrayList<>();
        for (double v : values) {
            text.add(Double.toString(v));
        }
        return vary(name, text);
    }

    /**
     * Varies a whole-number (or real-valued) parameter.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, long... values) {
        List<String> text = new ArrayList<>();
        for (long v : values) {
            text.add(Long.toString(v));
        }
        return vary(name, text);
    }

    /**
     * Varies a boolean parameter.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, boolean... values) {
        List<String> text = new ArrayList<>();
        for (boolean v : values) {
            text.add(Boolean.toString(v));
        }
        return vary(name, text);
    }

    /**
     * Varies a parameter over values given as text (the way to vary a choice parameter).
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, String... values) {
        return vary(name, List.of(values));
    }

    /**
     * Varies a parameter over values given as numbers, booleans or text.
     *
     * @param name a parameter of the scenario, not varied yet
     * @param values its values, at least one, each validated
     * @return the new sweep
     * @throws ConfigurationException for an unknown or already varied name, no values, or a bad value
     */
    public Sweep vary(String name, List<?> values) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        base.scenario().parameters().spec(name);
        if (axes.containsKey(name)) {
            throw new ConfigurationException("parameter '" + name + "' is already varied; allowed: each parameter"
                    + " varied once, with all its values in one call");
        }
        if (values.isEmpty()) {
            throw new ConfigurationException("parameter '" + name + "': no values to vary over; allowed: one or"
                    + " more values");
        }
        List<String> canonical = new ArrayList<>();
        for (Object v : values) {
            canonical.add(base.set(name, Simulation.text(name, v)).get(name));
        }
        Map<String, List<String>> next = new LinkedHashMap<>(axes);
        next.put(name, List.copyOf(canonical));
        return new Sweep(base, Collections.unmodifiableMap(next), replicates, common);
    }

    /**
     * @param n replicates (seeds) per point, 1 to {@value #MAX_REPLICATES}
     * @return the new sweep
     * @throws ConfigurationException for a count out of range
     */
    public Sweep replicates(int n) {
        if (n < 1 || n > MAX_REPLICATES) {
            throw new ConfigurationException("replicates: value " + n + " is out of range; allowed: a whole number"
                    + " from 1 to " + MAX_REPLICATES);
        }
        return new Sweep(base, axes, n, common);
    }

    /**
     * Uses common random numbers: replicate {@code r} runs with the same seed at every point.
     *
     * @return the new sweep
     */
    public Sweep commonSeeds() {
        return new Sweep(base, axes, replicates, true);
    }

    /** @return the base simulation */
    public Simulation base() {
        return base;
    }

    /** @return each varied parameter with its values as canonical text, in the order they were added */
    public Map<String, List<String>> axes() {
        return axes;
    }

    /** @return the replicates per point */
    public int replicates() {
        return replicates;
    }

    /** @return the number of points: the product of the numbers of values of the varied parameters */
    public int points() {
        long n = 1;
        for (List<String> v : axes.values()) {
            n *= v.size();
            if (n > Integer.MAX_VALUE) {
                throw new ConfigurationException("sweep has more than " + Integer.MAX_VALUE + " points; allowed: at"
                        + " most " + Integer.MAX_VALUE);
            }
        }
        return (int) n;
    }

    /**
     * @return the number of runs, points times replicates
     * @throws ConfigurationException when that exceeds {@link Integer#MAX_VALUE}
     */
    public int size() {
        long n = (long) points() * replicates;
        if (n > Integer.MAX_VALUE) {
            throw new ConfigurationException("sweep has " + n + " runs; allowed: at most " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    /**
     * @param point a point index, 0 to {@code points() - 1}
     * @return the varied parameters' values at that point, in the order they were added
     */
    public Map<String, String> point(int point) {
        int points = points();
        if (point < 0 || point >= points) {
            throw new IndexOutOfBoundsException("point " + point + " of " + points);
        }
        List<String> names = new ArrayList<>(axes.keySet());
        String[] chosen = new String[names.size()];
        int rest = point;
        for (int i = names.size() - 1; i >= 0; i--) {
            List<String> values = axes.get(names.get(i));
            chosen[i] = values.get(rest % values.size());
            rest /= values.size();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < chosen.length; i++) {
            m.put(names.get(i), chosen[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The seed of one run: {@code mix64(mix64(mix64(base) ^ p') + r)} with {@code mix64} the
     * SplitMix64 finaliser ({@link CounterRandom#mix64(long)}), {@code base} the base simulation's
     * seed, {@code r} the replicate and {@code p'} the point plus one ({@code 0} with common seeds).
     *
     * @param point the point index
     * @param replicate the replicate index
     * @return the seed
     */
    public long seed(int point, int replicate) {
        long p = common ? 0L : point + 1L;
        return CounterRandom.mix64(CounterRandom.mix64(CounterRandom.mix64(base.config().seed()) ^ p) + replicate);
    }

    /**
     * The runs as a lazy, ordered stream: each run is made when the stream reaches it, and its result
     * is not kept by the sweep. A parallel stream makes several runs at once (each still
     * reproducible).
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
     */
    public Run run(int point, int replicate) {
        if (replicate < 0 || replicate >= replicates) {
            throw new IndexOutOfBoundsException("replicate " + replicate + " of " + replicates);
        }
        Map<String, String> values = point(point);
        long seed = seed(point, replicate);
        Result result = base.set(values).seed(seed).run();
        return new Run(point, replicate, values, seed, result);
    }

    /** @return a one-line description: the base, the axes, replicates and the number of runs */
    @Override
    public String toString() {
        return "Sweep[" + base + ", vary " + axes + ", " + replicates + " replicates" + (common ? " (common seeds)" : "")
                + ", " + size() + " runs]";
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
        /** Validates indices and copies the values. */
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
                throw new ConfigurationException(org.cloudnations.sim.param.Names.unknown("varied parameter", name,
                        values.keySet()));
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
