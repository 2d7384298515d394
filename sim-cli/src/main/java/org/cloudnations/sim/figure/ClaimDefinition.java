package org.cloudnations.sim.figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claim a robustness map tests at every design point: the treatment exceeds the control by
 * more than the smallest effect that matters. Either two paired arms (the same run settings but
 * for the arms' parameters, with the same seeds), compared on one statistic; or one run compared
 * within itself, a statistic of the treatment against a statistic of the control or a constant.
 * A claim may add further conditions ({@code also}) on the same arms or runs: it holds where every
 * condition holds.
 *
 * @param treatment the treatment arm's parameters (name to text); empty for a within-run claim
 * @param control the control arm's parameters; empty for a within-run claim
 * @param statistic the treatment's statistic (and the control's, with arms)
 * @param controlStatistic the control's statistic in a within-run claim, or null
 * @param controlValue the constant the treatment is compared with in a within-run claim, or NaN
 * @param effect difference (treatment - control) or relative ((treatment - control) / |control|)
 * @param smallestEffect the effect the claim needs, finite and positive
 * @param also further conditions, each with this claim's arms and no conditions of its own
 */
record ClaimDefinition(Map<String, String> treatment, Map<String, String> control, RunStatistic statistic,
                       RunStatistic controlStatistic, double controlValue, Effect effect, double smallestEffect,
                       List<ClaimDefinition> also) {
    ClaimDefinition {
        treatment = Collections.unmodifiableMap(new LinkedHashMap<>(treatment));
        control = Collections.unmodifiableMap(new LinkedHashMap<>(control));
        also = List.copyOf(also);
        for (ClaimDefinition c : also) {
            if (!c.also().isEmpty() || !c.treatment().equals(treatment) || !c.control().equals(control)) {
                throw new IllegalArgumentException("a further condition has the claim's arms and no conditions");
            }
        }
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(effect, "effect");
        boolean arms = !treatment.isEmpty() || !control.isEmpty();
        int within = (controlStatistic != null ? 1 : 0) + (Double.isNaN(controlValue) ? 0 : 1);
        if (arms ? within != 0 || treatment.equals(control) : within != 1) {
            throw new IllegalArgumentException("a claim has two different arms, or one control statistic or value");
        }
        if (!(smallestEffect > 0 && Double.isFinite(smallestEffect))) {
            throw new IllegalArgumentException("smallest effect " + smallestEffect + ": allowed a positive number");
        }
    }

    /**
     * A claim of one condition.
     *
     * @param treatment see {@link #treatment()}
     * @param control see {@link #control()}
     * @param statistic see {@link #statistic()}
     * @param controlStatistic see {@link #controlStatistic()}
     * @param controlValue see {@link #controlValue()}
     * @param effect see {@link #effect()}
     * @param smallestEffect see {@link #smallestEffect()}
     */
    ClaimDefinition(Map<String, String> treatment, Map<String, String> control, RunStatistic statistic,
                    RunStatistic controlStatistic, double controlValue, Effect effect, double smallestEffect) {
        this(treatment, control, statistic, controlStatistic, controlValue, effect, smallestEffect, List.of());
    }

    /** @return this claim's first condition and its further ones, in order */
    List<ClaimDefinition> conditions() {
        List<ClaimDefinition> out = new java.util.ArrayList<>();
        out.add(also.isEmpty() ? this : new ClaimDefinition(treatment, control, statistic, controlStatistic,
                controlValue, effect, smallestEffect));
        out.addAll(also);
        return out;
    }

    /** @return whether the claim compares two arms (else two quantities of one run) */
    boolean paired() {
        return !treatment.isEmpty() || !control.isEmpty();
    }

    /** How the treatment and control statistics become the effect. */
    enum Effect implements SpecName {
        /** treatment - control. */
        DIFFERENCE("difference"),
        /** (treatment - control) / |control|: a share of the control's level. */
        RELATIVE("relative");

        private final String label;

        Effect(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /**
         * @param treatment the treatment's statistic
         * @param control the control's statistic
         * @return the effect; for a relative effect of a control at 0, the sign of the difference
         *         times infinity (0 when both are 0)
         */
        double of(double treatment, double control) {
            double d = treatment - control;
            if (this == DIFFERENCE) {
                return d;
            }
            return control == 0 ? (d == 0 ? 0 : d > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                    : d / Math.abs(control);
        }
    }
}
