package org.cloudnations.sim.sweep.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.sweep.design.ArmedDesign;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Vary;

/**
 * The arms of a paired sweep ({@link SweepSpec#arms()}): validation, and the complete canonical
 * arms the design crosses its points with.
 */
final class SweepArms {
    private SweepArms() {
    }

    /**
     * Validates the arms of a sweep.
     *
     * @return the arms, copied, in order, each with its parameters in the scenario's order (unknown
     *     names last, sorted, for the refusal)
     * @throws ConfigurationException naming the arm and what is allowed
     */
    static List<Map<String, String>> check(Scenario scenario, Map<String, String> fixed, List<Vary> varies,
                                           DesignKind design, List<Map<String, String>> arms) {
        List<Map<String, String>> copy = new ArrayList<>();
        for (Map<String, String> a : arms) {
            // in the order the scenario declares its parameters, whatever the order given (a Map.of has none)
            Map<String, String> ordered = new LinkedHashMap<>();
            scenario.parameters().names().stream().filter(a::containsKey).forEach(n -> ordered.put(n, a.get(n)));
            a.keySet().stream().filter(n -> !ordered.containsKey(n)).sorted().forEach(n -> ordered.put(n, a.get(n)));
            copy.add(Collections.unmodifiableMap(ordered));
        }
        if (copy.isEmpty()) {
            return List.of();
        }
        if (copy.size() == 1) {
            throw ConfigurationException.about("{arm} " + text(copy.get(0)) + ": a paired sweep needs at least "
                    + "two arms; allowed: {arm} repeated, e.g. {arm} NAME=V1 {arm} NAME=V2");
        }
        if (design != DesignKind.GRID && design != DesignKind.RANDOM && design != DesignKind.LHS) {
            throw ConfigurationException.about("{arm}: arms apply to grid, random and lhs designs; the "
                    + design.label() + " design computes indices from its own points");
        }
        Set<String> varied = new LinkedHashSet<>();
        varies.forEach(v -> varied.add(v.name()));
        for (Map<String, String> a : copy) {
            if (a.isEmpty()) {
                throw ConfigurationException.about("{arm}: an arm is empty; allowed: NAME=VALUE[,NAME=VALUE...]");
            }
            for (String name : a.keySet()) {
                if (varied.contains(name)) {
                    throw ConfigurationException.about("{arm} " + text(a) + ": '" + name + "' is also varied with "
                            + "{vary}; allowed: a parameter either in the arms or varied");
                }
                if (fixed.containsKey(name)) {
                    throw ConfigurationException.about("{arm} " + text(a) + ": '" + name + "' is also set with "
                            + "{set}; allowed: a parameter either in the arms or set");
                }
            }
            Map<String, String> values = new LinkedHashMap<>(fixed);
            values.putAll(a);
            try {
                scenario.parameters().resolve(values);
            } catch (ConfigurationException e) {
                throw ConfigurationException.about("{arm} " + text(a) + ": " + e.getMessage());
            }
        }
        if (new LinkedHashSet<>(complete(scenario.parameters(), fixed, copy)).size() < copy.size()) {
            throw ConfigurationException.about("{arm}: two arms are the same run; allowed: arms that differ in "
                    + "at least one value");
        }
        return List.copyOf(copy);
    }

    /**
     * The arms with a canonical value for every parameter any arm sets (a parameter an arm does
     * not set takes its value without arms).
     *
     * @param registry the scenario's parameters
     * @param fixed the fixed parameters
     * @param arms validated arms
     * @return the complete arms, in order
     */
    static List<ArmedDesign.Arm> complete(ParameterRegistry registry, Map<String, String> fixed,
                                          List<Map<String, String>> arms) {
        Set<String> names = new LinkedHashSet<>();
        arms.forEach(a -> names.addAll(a.keySet()));
        List<ArmedDesign.Arm> out = new ArrayList<>();
        for (Map<String, String> a : arms) {
            Map<String, String> values = new LinkedHashMap<>(fixed);
            values.putAll(a);
            Map<String, String> text = registry.resolve(values).asText();
            Map<String, String> arm = new LinkedHashMap<>();
            names.forEach(n -> arm.put(n, text.get(n)));
            out.add(new ArmedDesign.Arm(arm));
        }
        return out;
    }

    /**
     * @param arm an arm
     * @return {@code NAME=VALUE,...} as given
     */
    static String text(Map<String, String> arm) {
        StringBuilder b = new StringBuilder();
        arm.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }
}
