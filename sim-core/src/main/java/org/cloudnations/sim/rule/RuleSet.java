package org.cloudnations.sim.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudnations.sim.engine.Model;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ObjectPerAgentBaseline;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;

/**
 * A model assembled from rules: the rules run each tick in list order; its parameters are the
 * union of the rules' parameters and its metrics the union of their metrics (in the order given,
 * or in rule order). Assembling checks the rules' declarations: unique rule names, no random
 * stream drawn by two rules or for two uses, identical declarations of shared parameters and no
 * metric computed by two rules. {@link #with} adds a rule of one's own to a shipped set.
 */
public final class RuleSet implements Model, ObjectPerAgentBaseline {
    private final String name;
    private final List<Rule> rules;
    private final ParameterRegistry parameters;
    private final List<MetricSpec> metrics;
    private final List<String> chartMetrics;

    private RuleSet(String name, List<Rule> rules, List<String> metricOrder, List<String> chartMetrics) {
        this.name = Objects.requireNonNull(name, "name");
        this.rules = List.copyOf(rules);
        if (this.rules.isEmpty()) {
            throw new IllegalArgumentException("rule set " + name + " has no rules");
        }
        Map<String, Rule> byName = new HashMap<>();
        Map<Integer, String> streams = new HashMap<>();
        Map<String, ParameterSpec> params = new LinkedHashMap<>();
        Map<String, ParameterSpec> paramOwner = new HashMap<>();
        Map<String, MetricSpec> declared = new LinkedHashMap<>();
        Map<String, String> metricOwner = new HashMap<>();
        for (Rule r : this.rules) {
            if (byName.putIfAbsent(r.name(), r) != null) {
                throw new IllegalArgumentException("rule set " + name + " lists rule " + r.name() + " twice");
            }
            for (StreamUse u : r.streams()) {
                String user = r.name() + " (" + u.use() + ")";
                String other = streams.putIfAbsent(u.number(), user);
                if (other != null) {
                    throw new IllegalArgumentException("random stream " + u.number() + " is drawn by both " + other
                            + " and " + user + "; give each use its own stream number");
                }
            }
            for (ParameterSpec p : r.parameters()) {
                ParameterSpec before = params.putIfAbsent(p.name(), p);
                if (before != null && !before.equals(p)) {
                    throw new IllegalArgumentException("parameter " + p.name() + " is declared differently by rule "
                            + r.name() + " than before: " + p + " vs " + before);
                }
                paramOwner.putIfAbsent(p.name(), p);
            }
            for (MetricSpec m : r.metrics()) {
                String other = metricOwner.putIfAbsent(m.name(), r.name());
                if (other != null) {
                    throw new IllegalArgumentException("metric " + m.name() + " is declared by both " + other + " and "
                            + r.name());
                }
                declared.put(m.name(), m);
            }
        }
        this.parameters = ParameterRegistry.of(List.copyOf(params.values()));
        List<MetricSpec> ordered = new ArrayList<>();
        for (String m : metricOrder) {
            MetricSpec spec = declared.remove(m);
            if (spec == null) {
                throw new IllegalArgumentException("rule set " + name + " orders metric " + m
                        + ", which no rule declares (or which is listed twice)");
            }
            ordered.add(spec);
        }
        ordered.addAll(declared.values()); // metrics not ordered explicitly keep rule order, after the rest
        this.metrics = List.copyOf(ordered);
        List<String> names = this.metrics.stream().map(MetricSpec::name).toList();
        for (String m : chartMetrics) {
            if (!names.contains(m)) {
                throw new IllegalArgumentException("chart metric " + m + " is not a metric of " + name);
            }
        }
        this.chartMetrics = List.copyOf(chartMetrics);
    }

    /**
     * A rule set whose metrics come in rule order and whose first four metrics are charted.
     *
     * @param name the model's name
     * @param rules the rules, in the order they run each tick
     * @return the rule set
     */
    public static RuleSet of(String name, List<Rule> rules) {
        RuleSet draft = new RuleSet(name, rules, List.of(), List.of());
        return new RuleSet(name, rules, List.of(),
                draft.metrics.stream().limit(4).map(MetricSpec::name).toList());
    }

    /**
     * @param name the model's name
     * @param rules the rules, in the order they run each tick
     * @param metricOrder the CSV column order of (some of) the metrics; the rest follow in rule order
     * @param chartMetrics the metrics drawn by default
     * @return the rule set
     */
    public static RuleSet of(String name, List<Rule> rules, List<String> metricOrder, List<String> chartMetrics) {
        return new RuleSet(name, rules, metricOrder, chartMetrics);
    }

    /**
     * This rule set with one more rule, run last in each tick; its metrics become the last columns.
     *
     * @param rule the new rule
     * @return a new rule set of the same name
     */
    public RuleSet with(Rule rule) {
        return withAfter(rules.get(rules.size() - 1).name(), rule);
    }

    /**
     * This rule set with one more rule, run right after {@code after}; its metrics become the last
     * columns.
     *
     * @param after the name of a rule of this set
     * @param rule the new rule
     * @return a new rule set of the same name
     */
    public RuleSet withAfter(String after, Rule rule) {
        List<Rule> next = new ArrayList<>();
        boolean found = false;
        for (Rule r : rules) {
            next.add(r);
            if (r.name().equals(after)) {
                next.add(rule);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("rule set " + name + " has no rule " + after + "; rules: " + ruleNames());
        }
        return new RuleSet(name, next, metrics.stream().map(MetricSpec::name).toList(), chartMetrics);
    }

    /** @return the rules, in the order they run each tick */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the rules' names, in order */
    public List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ParameterRegistry parameters() {
        return parameters;
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public List<String> chartMetrics() {
        return chartMetrics;
    }

    @Override
    public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
        return new RuleWorld(this, parameters, seed, loop, false, null, null);
    }

    /**
     * Bytes of column storage per individual of a run of a rule set: the columns of its
     * {@code individuals} table (for benchmarks).
     *
     * @param instance an instance made by {@link #instantiate} or {@link #instantiateObjectPerAgent}
     * @return bytes per individual, 0 without an individuals table
     * @throws IllegalArgumentException for an instance of a model that is not a rule set
     */
    public static double bytesPerIndividual(ModelInstance instance) {
        if (!(instance instanceof RuleWorld world)) {
            throw new IllegalArgumentException("not an instance of a rule set: " + instance);
        }
        return world.bytesPerIndividual();
    }

    @Override
    public ModelInstance instantiateObjectPerAgent(Parameters parameters, long seed, ParallelLoop loop) {
        return new RuleWorld(this, parameters, seed, loop, true, null, null);
    }

    /**
     * An instance that records, from tick 1 on, the time each rule takes (for benchmarks). Its
     * output is the same as {@link #instantiate}'s.
     *
     * @param parameters validated parameters
     * @param seed the run seed
     * @param loop the parallel loop
     * @param times filled with the time per rule
     * @return the instance
     */
    public ModelInstance instantiateTimed(Parameters parameters, long seed, ParallelLoop loop, RuleTimes times) {
        return new RuleWorld(this, parameters, seed, loop, false, Objects.requireNonNull(times, "times"), null);
    }

    /**
     * An instance that records which rules change the world (for contract tests); every individual
     * pass runs in a loop of its own, which gives the same output more slowly.
     *
     * @param parameters validated parameters
     * @param seed the run seed
     * @param loop the parallel loop
     * @param firings filled with the rules that fired
     * @return the instance
     */
    public ModelInstance instantiateProbed(Parameters parameters, long seed, ParallelLoop loop, RuleFirings firings) {
        return new RuleWorld(this, parameters, seed, loop, false, null, Objects.requireNonNull(firings, "firings"));
    }
}
