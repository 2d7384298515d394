package org.cloudnations.sim.figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sweep that makes a figure's data: exactly what fingerprints a {@code sim sweep}. Checked
 * against the scenario by {@link SweepAdapter#prepare}.
 *
 * @param scenario the scenario's name
 * @param design grid, random, lhs, sobol, oat or morris
 * @param vary varied parameters as {@code sim sweep --vary} takes them
 * @param fixed parameters fixed for every run (name to text)
 * @param samples samples of random, lhs, sobol and morris designs; 0 for grid and oat
 * @param levels Morris levels; 0 for the default
 * @param replicates runs per design point
 * @param ticks ticks per run
 * @param seed the base seed
 * @param bootstrap bootstrap resamples of sensitivity intervals
 * @param arms the arms every design point runs in with its seeds (a robustness map's treatment
 *             and control, each completed to the same parameters), or empty
 */
record SweepDefinition(String scenario, String design, List<String> vary, Map<String, String> fixed, int samples,
                       int levels, int replicates, int ticks, long seed, int bootstrap,
                       List<Map<String, String>> arms) {
    SweepDefinition {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(design, "design");
        vary = List.copyOf(vary);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        arms = arms.stream().map(a -> Collections.unmodifiableMap(new LinkedHashMap<>(a))).toList();
    }

    /** @return the same sweep as {@code sim sweep} arguments, for messages and the gallery */
    String arguments() {
        StringBuilder b = new StringBuilder(scenario);
        vary.forEach(v -> b.append(" --vary ").append(v));
        for (Map<String, String> arm : arms) {
            StringBuilder a = new StringBuilder();
            arm.forEach((k, v) -> a.append(a.length() == 0 ? "" : ",").append(k).append('=').append(v));
            b.append(" --arm ").append(a);
        }
        if (!"grid".equals(design)) {
            b.append(" --design ").append(design);
        }
        if (samples > 0) {
            b.append(" --samples ").append(samples);
        }
        if (levels > 0) {
            b.append(" --levels ").append(levels);
        }
        if (design.equals("sobol") || design.equals("morris")) {
            b.append(" --bootstrap ").append(bootstrap);
        }
        b.append(" --replicates ").append(replicates).append(" --ticks ").append(ticks).append(" --seed ").append(seed);
        fixed.forEach((k, v) -> b.append(" -P ").append(k).append('=').append(v));
        return b.toString();
    }
}
