package org.cloudnations.sim.rule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.AgentSequence;
import org.cloudnations.sim.engine.IndividualKernel;
import org.cloudnations.sim.engine.Invariant;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * One run of a {@link RuleSet}: binds every rule in order, groups consecutive
 * {@link IndividualPass}es into one loop over the individuals, runs the initial pass (tick 0) and
 * then offers one {@link Phase} per rule or group. Metrics are read through the code each rule
 * bound to them, in the rule set's column order.
 *
 * <p>Options: the MASON way (an {@link AgentSequence} steps individual passes from tick 1 on);
 * timing per rule ({@link RuleTimes}); probing which rules change the world ({@link RuleFirings},
 * which runs each pass of a fused group in a loop of its own so that each rule's effect can be
 * seen, and hands each the group's combined tallies).
 */
final class RuleWorld implements ModelInstance {
    private final Tables tables;
    private final List<Phase> phases = new ArrayList<>();
    private final DoubleSupplier[] metricCode;
    private final int individuals;
    private final int sumSlots;
    private final int countSlots;
    private final AgentSequence agents;
    private final RuleTimes times;
    private final RuleFirings firings;
    private final String[] metricOwner;
    private final String[] ruleNames;
    private double[] lastRow;
    private final List<Invariant> invariants = new ArrayList<>();
    /** The rules' own state between ticks, by owner ("rule#k"), in binding order. */
    private final Map<String, RuleState> kept;
    /** The row of the last {@link #observe}, read by the metric invariants. */
    private double[] observed;

    RuleWorld(RuleSet set, Parameters parameters, long seed, ParallelLoop loop, boolean objectPerAgent,
              RuleTimes times, RuleFirings firings) {
        this.times = times;
        this.firings = firings;
        Assembly a = new Assembly(parameters, seed, loop);
        List<Rule> rules = set.rules();
        String[] names = rules.stream().map(Rule::name).toArray(String[]::new);
        this.ruleNames = names;
        if (times != null) {
            times.init(names);
        }
        List<RuleStep> steps = new ArrayList<>();
        for (Rule r : rules) {
            a.bindFor(r);
            long before = firings == null ? 0 : fingerprint(a.tables());
            RuleStep step = r.bind(a);
            if (step == null) {
                throw new IllegalStateException("rule " + r.name() + " bound no step");
            }
            steps.add(step);
            if (step instanceof RuleState state) {
                a.keep(state);
            }
            for (MetricSpec m : r.metrics()) {
                if (!a.metricCode().containsKey(m.name())) {
                    throw new IllegalStateException("rule " + r.name() + " declares metric " + m.name()
                            + " but binds no code to it");
                }
            }
            if (firings != null) {
                firings.register(r.name());
                if (fingerprint(a.tables()) != before) {
                    firings.fire(r.name());
                }
            }
        }
        this.tables = a.tables();
        this.kept = new LinkedHashMap<>(a.kept());
        this.sumSlots = a.sumSlotCount();
        this.countSlots = a.countSlotCount();
        this.individuals = tables.has(Tables.INDIVIDUALS) ? tables.get(Tables.INDIVIDUALS).size() : 0;
        this.agents = objectPerAgent && individuals > 0 ? new AgentSequence(individuals, seed) : null;
        Map<String, DoubleSupplier> code = a.metricCode();
        List<MetricSpec> specs = set.metrics();
        this.metricCode = new DoubleSupplier[specs.size()];
        this.metricOwner = new String[specs.size()];
        for (int k = 0; k < specs.size(); k++) {
            metricCode[k] = code.get(specs.get(k).name());
            for (Rule r : rules) {
                if (r.metrics().contains(specs.get(k))) {
                    metricOwner[k] = r.name();
                }
            }
        }
        invariants.addAll(a.invariants());
        for (int k = 0; k < specs.size(); k++) {
            MetricSpec m = specs.get(k);
            int column = k;
            invariants.add(new Invariant(metricOwner[k] == null ? "?" : metricOwner[k],
                    "metric " + m.name() + " is " + m.rangeText(),
                    () -> observed == null || m.admits(observed[column])));
        }
        // phases: a sequential rule alone, consecutive individual passes together
        for (int k = 0; k < rules.size(); ) {
            if (steps.get(k) instanceof IndividualPass) {
                int end = k;
                List<IndividualPass> group = new ArrayList<>();
                List<Integer> index = new ArrayList<>();
                StringBuilder name = new StringBuilder();
                while (end < rules.size() && steps.get(end) instanceof IndividualPass p) {
                    group.add(p);
                    index.add(end);
                    name.append(name.length() == 0 ? "" : "+").append(rules.get(end).name());
                    end++;
                }
                List<String> inGroup = rules.subList(k, end).stream().map(Rule::name).toList();
                long collecting = a.collectors().stream().filter(inGroup::contains).count();
                if (collecting > 1) {
                    throw new IllegalStateException("rules " + name + " share one pass but more than one collects ids");
                }
                IndividualPass[] passes = group.toArray(new IndividualPass[0]);
                int[] ids = index.stream().mapToInt(Integer::intValue).toArray();
                phases.add(passes.length == 1 ? observed(name.toString(), ctx -> runPasses(ctx, passes, ids))
                        : Phase.of(name.toString(), ctx -> runPasses(ctx, passes, ids)));
                k = end;
            } else {
                RuleStep s = steps.get(k);
                int id = k;
                phases.add(observed(rules.get(k).name(), ctx -> {
                    long t0 = times == null ? 0 : System.nanoTime();
                    s.step(ctx);
                    if (times != null) {
                        long ns = System.nanoTime() - t0;
                        times.add(id, ns);
                        times.addSerial(ns);
                    }
                }));
                k++;
            }
        }
        // the initial pass: tick 0, no sequential generator
        TickContext initial = new TickContext(0, seed, loop, null);
        for (Phase p : phases) {
            p.step(initial);
        }
        if (times != null) {
            times.reset();
        }
    }

    /** With probing on, a phase that records whether the rule {@code rule} changed the tables. */
    private Phase observed(String name, java.util.function.Consumer<TickContext> step) {
        if (firings == null) {
            return Phase.of(name, step);
        }
        return Phase.of(name, ctx -> {
            long before = fingerprint(tables);
            step.accept(ctx);
            if (fingerprint(tables) != before) {
                firings.fire(name);
            }
        });
    }

    private void runPasses(TickContext ctx, IndividualPass[] passes, int[] ids) {
        if (firings != null && passes.length > 1) {
            probePasses(ctx, passes, ids);
            return;
        }
        long t0 = times == null ? 0 : System.nanoTime();
        for (int k = 0; k < passes.length; k++) {
            long s0 = times == null ? 0 : System.nanoTime();
            passes[k].step(ctx);
            if (times != null) {
                times.add(ids[k], System.nanoTime() - s0);
            }
        }
        long serialSoFar = times == null ? 0 : System.nanoTime() - t0;
        IndividualKernel kernel;
        if (times != null) {
            kernel = (from, to, tally) -> {
                for (int k = 0; k < passes.length; k++) {
                    long c0 = System.nanoTime();
                    passes[k].apply(from, to, tally);
                    times.add(ids[k], System.nanoTime() - c0);
                }
            };
        } else if (passes.length == 1) {
            kernel = passes[0]::apply;
        } else {
            kernel = (from, to, tally) -> {
                for (IndividualPass p : passes) {
                    p.apply(from, to, tally);
                }
            };
        }
        Accumulator total = agents == null || ctx.tick() == 0
                ? ctx.loop().run(individuals, sumSlots, countSlots, kernel)
                : agents.run(sumSlots, countSlots, kernel);
        long f0 = times == null ? 0 : System.nanoTime();
        for (int k = 0; k < passes.length; k++) {
            long s0 = times == null ? 0 : System.nanoTime();
            passes[k].finish(total);
            if (times != null) {
                times.add(ids[k], System.nanoTime() - s0);
            }
        }
        if (times != null) {
            times.addSerial(serialSoFar + System.nanoTime() - f0);
        }
    }

    /**
     * Probing: the passes of one group each in a loop of their own, so that each pass's change to
     * the tables can be seen; then every pass reads the combined tallies of the group, as in the
     * fused loop (a pass may read what another collected).
     */
    private void probePasses(TickContext ctx, IndividualPass[] passes, int[] ids) {
        List<Accumulator> parts = new ArrayList<>();
        for (IndividualPass p : passes) {
            p.step(ctx);
        }
        for (int k = 0; k < passes.length; k++) {
            IndividualPass p = passes[k];
            long before = fingerprint(tables);
            parts.add(Accumulator.combine(List.of(ctx.loop().run(individuals, sumSlots, countSlots, p::apply))));
            if (fingerprint(tables) != before) {
                firings.fire(ruleNames[ids[k]]);
            }
        }
        Accumulator total = Accumulator.combine(parts);
        for (int k = 0; k < passes.length; k++) {
            long before = fingerprint(tables);
            passes[k].finish(total);
            if (fingerprint(tables) != before) {
                firings.fire(ruleNames[ids[k]]);
            }
        }
    }

    @Override
    public List<Phase> phases() {
        return phases;
    }

    @Override
    public void observe(double[] row) {
        observed = row;
        for (int k = 0; k < metricCode.length; k++) {
            row[k] = metricCode[k].getAsDouble();
        }
        if (firings != null) {
            if (lastRow != null) {
                for (int k = 0; k < row.length; k++) {
                    if (Double.compare(row[k], lastRow[k]) != 0 && metricOwner[k] != null) {
                        firings.fire(metricOwner[k]);
                    }
                }
            }
            lastRow = row.clone();
        }
    }

    @Override
    public List<Invariant> invariants() {
        return List.copyOf(invariants);
    }

    @Override
    public int individuals() {
        return individuals;
    }

    /**
     * Writes every table, then each rule's own {@link RuleState} (owner, length, bytes).
     */
    @Override
    public void save(DataOutputStream out) throws IOException {
        refuseObjectPerAgent();
        tables.writeTo(out);
        out.writeInt(kept.size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Map.Entry<String, RuleState> e : kept.entrySet()) {
            bytes.reset();
            DataOutputStream state = new DataOutputStream(bytes);
            e.getValue().save(state);
            state.flush();
            out.writeUTF(e.getKey());
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        }
    }

    /**
     * Reads what {@link #save} wrote; each rule's state must be read back to its last byte.
     */
    @Override
    public void restore(DataInputStream in) throws IOException {
        refuseObjectPerAgent();
        tables.readFrom(in);
        int stored = in.readInt();
        if (stored != kept.size()) {
            throw new StreamCorruptedException(stored + " rule states stored where " + kept.size() + " are kept: "
                    + kept.keySet());
        }
        for (Map.Entry<String, RuleState> e : kept.entrySet()) {
            String owner = in.readUTF();
            if (!owner.equals(e.getKey())) {
                throw new StreamCorruptedException("state of " + owner + " stored where " + e.getKey() + "'s is");
            }
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            ByteArrayInputStream source = new ByteArrayInputStream(bytes);
            e.getValue().restore(new DataInputStream(source));
            if (source.available() != 0) {
                throw new StreamCorruptedException("state of " + owner + " has " + source.available()
                        + " bytes its rule did not read");
            }
        }
    }

    private void refuseObjectPerAgent() {
        if (agents != null) {
            throw new UnsupportedOperationException("an object-per-agent instance cannot be checkpointed");
        }
    }

    /** @return the bytes of column storage per individual */
    double bytesPerIndividual() {
        Table t = tables.has(Tables.INDIVIDUALS) ? tables.get(Tables.INDIVIDUALS) : null;
        return t == null ? 0 : t.bytesPerRow();
    }

    /** A hash of every column of every table: changes when any value or column changes. */
    private static long fingerprint(Tables tables) {
        long h = 17;
        for (Table t : tables.all()) {
            for (String c : t.columns()) {
                h = 31 * h + c.hashCode();
                h = 31 * h + t.contentHash(c);
            }
        }
        return h;
    }
}
