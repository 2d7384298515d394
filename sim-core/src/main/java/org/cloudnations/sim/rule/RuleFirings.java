package org.cloudnations.sim.rule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which rules of a run changed anything, for contract tests ({@link RuleSet#instantiateProbed}):
 * a rule fires when its binding or one of its steps changes a column of the world's tables, or
 * when one of its metrics changes from one tick to the next. Counts are the number of bindings and
 * ticks in which it fired.
 */
public final class RuleFirings {
    private final Map<String, Integer> fired = new LinkedHashMap<>();

    /** Creates an empty record. */
    public RuleFirings() {
    }

    void register(String rule) {
        fired.putIfAbsent(rule, 0);
    }

    void fire(String rule) {
        fired.merge(rule, 1, Integer::sum);
    }

    /** @return per rule (in rule order), how many times it fired */
    public Map<String, Integer> counts() {
        return Map.copyOf(fired);
    }

    /** @return the rules that never fired */
    public java.util.List<String> silent() {
        return fired.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }
}
