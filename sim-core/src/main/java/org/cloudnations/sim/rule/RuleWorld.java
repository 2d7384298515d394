package org.cloudnations.sim.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.AgentSequence;
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
 */
final class RuleWorld implements ModelInstance {
    private final Tables tables;
    private final List<Phase> phases = new ArrayList<>();
    private final DoubleSupplier[] metricCode;
    private final int individuals;
    private final int sumSlots;
    private final int countSlots;
    private final AgentSequence agents;

    RuleWorld(RuleSet set, Parameters parameters, long seed, ParallelLoop loop, boolean objectPerAgent) {
        Assembly a = new Assembly(parameters, seed, loop);
        List<Rule> rules = set.rules();
        List<RuleStep> steps = new ArrayList<>();
        for (Rule r : rules) {
            a.bindFor(r);
            RuleStep step = r.bind(a);
            if (step == null) {
                throw new IllegalStateException("rule " + r.name() + " bound no step");
            }
            steps.add(step);
            for (MetricSpec m : r.metrics()) {
                if (!a.metricCode().containsKey(m.name())) {
                    throw new IllegalStateException("rule " + r.name() + " declares metric " + m.name()
                            + " but binds no code to it");
                }
            }
        }
        this.tables = a.tables();
        this.sumSlots = a.sumSlotCount();
        this.countSlots = a.countSlotCount();
        this.individuals = tables.has(Tables.INDIVIDUALS) ? tables.get(Tables.INDIVIDUALS).size() : 0;
        this.agents = objectPerAgent && individuals > 0 ? new AgentSequence(individuals, seed) : null;
        Map<String, DoubleSupplier> code = a.metricCode();
        List<MetricSpec> specs = set.metrics();
        this.metricCode = new DoubleSupplier[specs.size()];
        for (int k = 0; k < specs.size(); k++) {
            metricCode[k] = code.get(specs.get(k).name());
        }
        // phases: a sequential rule alone, consecutive individual passes together
        for (int k = 0; k < rules.size(); ) {
            if (steps.get(k) instanceof IndividualPass) {
                int end = k;
                List<IndividualPass> group = new ArrayList<>();
                StringBuilder name = new StringBuilder();
                while (end < rules.size() && steps.get(end) instanceof IndividualPass p) {
                    group.add(p);
                    name.append(name.length() == 0 ? "" : "+").append(rules.get(end).name());
                    end++;
                }
                List<String> inGroup = rules.subList(k, end).stream().map(Rule::name).toList();
                long collecting = a.collectors().stream().filter(inGroup::contains).count();
                if (collecting > 1) {
                    throw new IllegalStateException("rules " + name + " share one pass but more than one collects ids");
                }
                IndividualPass[] passes = group.toArray(new IndividualPass[0]);
                phases.add(Phase.of(name.toString(), ctx -> runPasses(ctx, passes)));
                k = end;
            } else {
                RuleStep s = steps.get(k);
                phases.add(Phase.of(rules.get(k).name(), s::step));
                k++;
            }
        }
        // the initial pass: tick 0, no sequential generator
        TickContext initial = new TickContext(0, seed, loop, null);
        for (Phase p : phases) {
            p.step(initial);
        }
    }

    private void runPasses(TickContext ctx, IndividualPass[] passes) {
        for (IndividualPass p : passes) {
            p.step(ctx);
        }
        Accumulator total;
        if (passes.length == 1) {
            IndividualPass only = passes[0];
            total = agents == null || ctx.tick() == 0
                    ? ctx.loop().run(individuals, sumSlots, countSlots, only::apply)
                    : agents.run(sumSlots, countSlots, only::apply);
        } else {
            org.cloudnations.sim.engine.IndividualKernel kernel = (from, to, tally) -> {
                for (IndividualPass p : passes) {
                    p.apply(from, to, tally);
                }
            };
            total = agents == null || ctx.tick() == 0
                    ? ctx.loop().run(individuals, sumSlots, countSlots, kernel)
                    : agents.run(sumSlots, countSlots, kernel);
        }
        for (IndividualPass p : passes) {
            p.finish(total);
        }
    }

    @Override
    public List<Phase> phases() {
        return phases;
    }

    @Override
    public void observe(double[] row) {
        for (int k = 0; k < metricCode.length; k++) {
            row[k] = metricCode[k].getAsDouble();
        }
    }

    @Override
    public int individuals() {
        return individuals;
    }

    /** @return the run's tables (for benchmarks: bytes per individual) */
    Tables tables() {
        return tables;
    }

    /** @return the bytes of column storage per individual */
    double bytesPerIndividual() {
        Table t = tables.has(Tables.INDIVIDUALS) ? tables.get(Tables.INDIVIDUALS) : null;
        return t == null ? 0 : t.bytesPerRow();
    }
}
