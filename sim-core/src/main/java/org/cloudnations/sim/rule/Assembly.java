package org.cloudnations.sim.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.cloudnations.sim.engine.Invariant;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * One run being assembled from a rule set: what a rule's {@link Rule#bind} asks for. It hands out
 * tables and columns (recording which rule uses which), named tally slots, the rule's declared
 * random streams and metric bindings, and refuses what the rule did not declare.
 */
public final class Assembly {
    private final Parameters parameters;
    private final long seed;
    private final ParallelLoop loop;
    private final Tables tables = new Tables();
    private final Map<String, Integer> sumSlots = new LinkedHashMap<>();
    private final Map<String, Integer> countSlots = new LinkedHashMap<>();
    private final Map<String, DoubleSupplier> metricCode = new LinkedHashMap<>();
    private final List<String> collectors = new ArrayList<>();
    private final List<Invariant> invariants = new ArrayList<>();
    private final Map<String, RuleState> kept = new LinkedHashMap<>();
    private int sums;
    private int counts;
    private Rule rule;

    Assembly(Parameters parameters, long seed, ParallelLoop loop) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.seed = seed;
        this.loop = Objects.requireNonNull(loop, "loop");
    }

    /** @return the run's validated parameters */
    public Parameters parameters() {
        return parameters;
    }

    /** @return the run seed */
    public long seed() {
        return seed;
    }

    /** @return the parallel loop, for parallel initialisation of columns */
    public ParallelLoop loop() {
        return loop;
    }

    /**
     * Creates a table, or returns it when an earlier rule created it with the same size.
     *
     * @param name the table (see {@link Tables} for the usual names)
     * @param size its rows
     * @return the table
     */
    public Table createTable(String name, int size) {
        Table t = tables.create(name, size);
        t.actingFor(ruleName());
        return t;
    }

    /**
     * @param name a table an earlier rule created
     * @return the table
     * @throws IllegalArgumentException naming this rule when no earlier rule created it
     */
    public Table table(String name) {
        if (!tables.has(name)) {
            throw new IllegalArgumentException("rule " + ruleName() + " uses table " + name
                    + ", which no rule before it creates");
        }
        Table t = tables.get(name);
        t.actingFor(ruleName());
        return t;
    }

    /** @return the world's tables (read-only use: names and sizes) */
    public Tables tables() {
        return tables;
    }

    /**
     * Reserves named real-valued tally slots.
     *
     * @param name a name unique in the run, e.g. {@code tax} (prefixed with the rule's name)
     * @param n how many consecutive slots (e.g. one per state)
     * @return the first slot
     */
    public int sums(String name, int n) {
        return reserve(sumSlots, name, n, true);
    }

    /**
     * Reserves named integer tally slots.
     *
     * @param name a name unique in the run (prefixed with the rule's name)
     * @param n how many consecutive slots
     * @return the first slot
     */
    public int counts(String name, int n) {
        return reserve(countSlots, name, n, false);
    }

    /**
     * Declares that this rule collects ids ({@link org.cloudnations.sim.engine.Accumulator#collect})
     * in its pass. Two collecting rules cannot share a pass: their ids would mix.
     */
    public void collects() {
        collectors.add(ruleName());
    }

    /**
     * @param number a stream this rule declared in {@link Rule#streams()}
     * @return the bound stream
     * @throws IllegalArgumentException when the rule did not declare it
     */
    public Stream stream(int number) {
        for (StreamUse u : rule.streams()) {
            if (u.number() == number) {
                return new Stream(seed, number);
            }
        }
        throw new IllegalArgumentException("rule " + ruleName() + " draws from random stream " + number
                + " without declaring it in streams()");
    }

    /**
     * Binds a declared metric to the code that computes it (called when the tick is recorded).
     *
     * @param spec a metric this rule declared in {@link Rule#metrics()}
     * @param value its value now
     */
    public void metric(MetricSpec spec, DoubleSupplier value) {
        if (!rule.metrics().contains(spec)) {
            throw new IllegalArgumentException("rule " + ruleName() + " computes metric " + spec.name()
                    + " without declaring it in metrics()");
        }
        if (metricCode.putIfAbsent(spec.name(), Objects.requireNonNull(value, "value")) != null) {
            throw new IllegalArgumentException("metric " + spec.name() + " is computed twice (again by rule "
                    + ruleName() + ")");
        }
    }

    /**
     * Declares a condition this rule's state must satisfy after every tick; the checking mode
     * ({@link org.cloudnations.sim.engine.RunConfig#check()}) verifies it and names this rule when
     * it fails. Costs nothing when the checking mode is off.
     *
     * @param name what must hold, in words, e.g. {@code labour counts sum to N}
     * @param holds evaluates it on the current tables and tallies
     */
    public void invariant(String name, BooleanSupplier holds) {
        invariants.add(new Invariant(ruleName(), name, holds));
    }

    /**
     * Declares an accounting identity of this rule's quantities: signed terms that sum to zero
     * within a tolerance after every tick (e.g. net income, plus taxes, minus gross income). The
     * checking mode verifies it like an {@link #invariant}; the terms are computed only then.
     *
     * @param name the identity in words, e.g. {@code net income + taxes = gross income}; the
     *             tolerance is appended to it
     * @param tolerance how closely the terms must balance
     * @param terms computes the signed terms on the current tables and tallies
     */
    public void identity(String name, Tolerance tolerance, Supplier<double[]> terms) {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(terms, "terms");
        invariant(name + " (" + tolerance + ")", () -> tolerance.balances(terms.get()));
    }

    /**
     * Registers state this rule keeps between ticks outside the tables, so that checkpoints save
     * and restore it (see {@link RuleState}; a step that implements {@link RuleState} is registered
     * without this call).
     *
     * @param state the state, e.g. {@link RuleState#of} over the arrays its step captures
     */
    public void keep(RuleState state) {
        String key = ruleName() + "#" + kept.size();
        kept.put(key, Objects.requireNonNull(state, "state"));
    }

    Map<String, RuleState> kept() {
        return kept;
    }

    void bindFor(Rule r) {
        this.rule = r;
    }

    Map<String, DoubleSupplier> metricCode() {
        return metricCode;
    }

    List<Invariant> invariants() {
        return invariants;
    }

    List<String> collectors() {
        return collectors;
    }

    int sumSlotCount() {
        return sums;
    }

    int countSlotCount() {
        return counts;
    }

    private int reserve(Map<String, Integer> slots, String name, int n, boolean sum) {
        if (n < 0) {
            throw new IllegalArgumentException("rule " + ruleName() + ": negative slot count for " + name);
        }
        String key = ruleName() + "." + name;
        if (slots.containsKey(key)) {
            throw new IllegalArgumentException("rule " + ruleName() + " reserves tally slots " + name + " twice");
        }
        int first = sum ? sums : counts;
        slots.put(key, first);
        if (sum) {
            sums += n;
        } else {
            counts += n;
        }
        return first;
    }

    private String ruleName() {
        return rule == null ? "?" : rule.name();
    }
}
