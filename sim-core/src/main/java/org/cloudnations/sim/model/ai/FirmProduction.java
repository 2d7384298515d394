package org.cloudnations.sim.model.ai;

import org.cloudnations.sim.model.labour.TaskProduction;

/**
 * A firm's task-based production in the AI economy, (A7) and (A12) of docs/model.md: the
 * automation frontier a model of capability {@code a} reaches, and output and the competitive wage
 * from {@link TaskProduction} (Acemoglu and Restrepo's Cobb-Douglas task aggregator).
 */
final class FirmProduction {
    private FirmProduction() {
    }

    /**
     * (A7) The task frontier {@code N(t) = 1 + nu t}.
     *
     * @param newTaskRate nu
     * @param tick t
     * @return N
     */
    static double taskFrontier(double newTaskRate, long tick) {
        return 1.0 + newTaskRate * tick;
    }

    /**
     * (A7) The labour share {@code N - I = clip(1 - lambda_I ln(1 + a) + nu t, floor, 1)}: the
     * measure of tasks on {@code [N - 1, N]} a model of capability {@code a} cannot do.
     *
     * @param reach lambda_I
     * @param capability a, non-negative
     * @param newTaskRate nu
     * @param tick t
     * @param floor the least labour share (mu_M for firms, 0 for crowd micro-tasks)
     * @return N - I
     */
    static double labourShare(double reach, double capability, double newTaskRate, long tick, double floor) {
        double share = 1.0 - reach * StrictMath.log1p(capability) + newTaskRate * tick;
        return Math.max(floor, Math.min(1.0, share));
    }

    /**
     * (A12) Output {@code Y = B (K / (I - N + 1))^(I - N + 1) (L / (N - I))^(N - I)}, 0 without labour.
     * A firm without AI capital ({@code K = 0}: it had no initial employees, {@code H^0 = 0}) takes
     * the aggregator's limit {@code K -> 0}: nothing when some tasks are automated, {@code B L}
     * when none is.
     *
     * @param productivity B
     * @param capital K, non-negative
     * @param labour L, non-negative
     * @param newTasks N
     * @param automation I, in [N - 1, N]
     * @return Y
     */
    static double output(double productivity, double capital, double labour, double newTasks, double automation) {
        if (labour <= 0 || productivity <= 0) {
            return 0.0;
        }
        if (capital <= 0) {
            return TaskProduction.labourShare(newTasks, automation) < 1.0 ? 0.0 : productivity * labour;
        }
        return TaskProduction.output(productivity, capital, labour, newTasks, automation);
    }

    /**
     * (A12) The competitive wage per efficiency unit {@code W = (N - I) Y / L}, 0 without labour.
     *
     * @param output Y
     * @param labour L
     * @param newTasks N
     * @param automation I
     * @return W
     */
    static double wage(double output, double labour, double newTasks, double automation) {
        return labour > 0 ? TaskProduction.labourShare(newTasks, automation) * output / labour : 0.0;
    }
}
