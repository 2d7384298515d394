package org.cloudnations.sim.sweep.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.param.ParameterRegistry;

/**
 * A design crossed with arms, for paired comparisons: every point of the inner design is run once
 * per arm, and all arms of a point share the point's seeds ({@link #seedPoint}), so the arms of a
 * point differ only in their arm parameters (common random numbers). Point {@code i} of this
 * design is arm {@code i mod A} of inner point {@code i / A}, A the number of arms; the arm
 * parameters follow the inner design's varied parameters as list-valued columns.
 */
public final class ArmedDesign implements Design {
    private final Design inner;
    private final List<Arm> arms;
    private final List<Vary> varies;

    /**
     * @param inner the design of the context parameters
     * @param arms at least two arms, every one giving a value to the same parameters, none of them
     *             varied by {@code inner}
     * @param registry the scenario's parameters, for the arm columns
     * @throws IllegalArgumentException when the arms do not fit
     * @throws org.cloudnations.sim.param.ConfigurationException when points times arms exceed
     *     {@link Integer#MAX_VALUE}
     */
    public ArmedDesign(Design inner, List<Arm> arms, ParameterRegistry registry) {
        if (arms.size() < 2) {
            throw new IllegalArgumentException("a paired design needs at least two arms");
        }
        Designs.checkSize((long) inner.points() * arms.size(), Integer.MAX_VALUE, inner.kind().label() + " x arms");
        this.inner = inner;
        this.arms = List.copyOf(arms);
        List<String> names = new ArrayList<>(arms.get(0).values().keySet());
        List<Vary> all = new ArrayList<>(inner.varies());
        for (String name : names) {
            if (inner.varies().stream().anyMatch(v -> v.name().equals(name))) {
                throw new IllegalArgumentException("arm parameter " + name + " is also varied");
            }
            LinkedHashSet<String> values = new LinkedHashSet<>();
            for (Arm a : arms) {
                if (!a.values().keySet().equals(arms.get(0).values().keySet())) {
                    throw new IllegalArgumentException("every arm must set the same parameters: " + arms);
                }
                values.add(a.values().get(name));
            }
            all.add(new Vary(registry.spec(name), String.join(",", values), null, null, values.size(),
                    new ArrayList<>(values)));
        }
        this.varies = List.copyOf(all);
    }

    @Override
    public DesignKind kind() {
        return inner.kind();
    }

    @Override
    public List<Vary> varies() {
        return varies;
    }

    /** @return the arms, in order */
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int points() {
        return inner.points() * arms.size();
    }

    @Override
    public String[] point(int index) {
        Designs.checkIndex(index, points());
        String[] context = inner.point(index / arms.size());
        Arm arm = arms.get(index % arms.size());
        String[] out = new String[varies.size()];
        System.arraycopy(context, 0, out, 0, context.length);
        int k = context.length;
        for (String value : arm.values().values()) {
            out[k++] = value;
        }
        return out;
    }

    @Override
    public int seedPoint(int index) {
        Designs.checkIndex(index, points());
        return index / arms.size();
    }

    /**
     * One arm: canonical values of the arm parameters, in a fixed order.
     *
     * @param values parameter name to canonical value text
     */
    public record Arm(Map<String, String> values) {
        /**
         * Copies the values, keeping their order.
         *
         * @param values see {@link #values()}
         */
        public Arm {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an arm sets at least one parameter");
            }
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** @return {@code NAME=VALUE,NAME=VALUE}, as {@code sim sweep --arm} takes it */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            values.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
            return b.toString();
        }
    }
}
