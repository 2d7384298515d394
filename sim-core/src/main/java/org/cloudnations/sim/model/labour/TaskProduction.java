package org.cloudnations.sim.model.labour;

/**
 * Task-based production after Acemoglu &amp; Restrepo ("The race between man and machine", AER
 * 108(6) 2018, static model of their Section I, in the Cobb-Douglas case sigma = 1; "Automation
 * and new tasks", JEP 33(2) 2019), as pure functions. See docs/model.md, section "Task-based
 * production", equations (T1) to (T6). The AI economy uses it for firms' output (A12).
 *
 * <p>Tasks {@code i} lie on {@code [N - 1, N]} (measure one). Tasks below the automation frontier
 * {@code I} ({@code N - 1 <= I <= N}) are done by capital (AI agents), tasks above it by labour.
 * Output aggregates the tasks with unit elasticity:
 * {@code ln Y = ln B + integral over [N - 1, N] of ln y(i) di}, with {@code y(i) = k(i)} for
 * {@code i < I} and {@code y(i) = l(i)} for {@code i > I}. Given totals {@code K} and {@code L},
 * concavity of {@code ln} makes the even allocation optimal (Jensen):
 * {@code k(i) = K / (I - N + 1)}, {@code l(i) = L / (N - I)}. Integrating the constant pieces gives
 * (T1) {@code Y = B * (K / (I - N + 1))^(I - N + 1) * (L / (N - I))^(N - I)}.
 *
 * <p><b>Normalisation.</b> {@code B} here is the productivity of the task integral itself: it is
 * the output of one unit of each factor per task, and it does not move when {@code I} or {@code N}
 * move. ANCHORS writes {@code Y = B' * K^(I - N + 1) * L^(N - I)}; the two are the same function
 * of {@code K} and {@code L} with {@code B' = B / ((I - N + 1)^(I - N + 1) * (N - I)^(N - I))}
 * ({@link #anchorProductivity}), but {@code B'} depends on {@code I} and {@code N}, so holding
 * {@code B'} fixed while automating would not be the task model. Both forms give the same shares,
 * wage and rental rate ((T2) to (T4)), because the constant does not depend on {@code K} or
 * {@code L}. At the edges {@code (x / 0)^0 = 1} (the limit of {@code s * ln(x / s)} as
 * {@code s -> 0} is 0): {@code I = N - 1} gives {@code Y = B * L}, {@code I = N} gives
 * {@code Y = B * K}.
 */
public final class TaskProduction {
    private TaskProduction() {
    }

    /**
     * (T1) Output {@code Y = B * (K / (I - N + 1))^(I - N + 1) * (L / (N - I))^(N - I)}.
     *
     * @param productivity B, finite and positive
     * @param capital K, the capital (AI agents) employed, finite and positive
     * @param labour L, the labour employed, finite and positive
     * @param newTasks N, the upper end of the task range, finite
     * @param automation I, the automation frontier, in {@code [N - 1, N]}
     * @return Y
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double output(double productivity, double capital, double labour, double newTasks,
                                double automation) {
        checkPositive("productivity B", productivity);
        checkPositive("capital K", capital);
        checkPositive("labour L", labour);
        double sL = labourShare(newTasks, automation);
        double sK = 1.0 - sL;
        double capitalTerm = sK == 0.0 ? 1.0 : StrictMath.pow(capital / sK, sK);
        double labourTerm = sL == 0.0 ? 1.0 : StrictMath.pow(labour / sL, sL);
        return productivity * capitalTerm * labourTerm;
    }

    /**
     * (T2) Labour share of output {@code W * L / Y = N - I}, the measure of tasks done by labour.
     *
     * @param newTasks N, finite
     * @param automation I, in {@code [N - 1, N]}
     * @return N - I, in [0, 1]
     * @throws IllegalArgumentException if N is not finite or I is outside {@code [N - 1, N]}
     */
    public static double labourShare(double newTasks, double automation) {
        checkFrontiers(newTasks, automation);
        // clamp only against rounding of N - I when I = fl(N - 1)
        return Math.min(1.0, newTasks - automation);
    }

    /**
     * (T2) Capital share of output {@code R * K / Y = I - N + 1}, computed as
     * {@code 1 - (N - I)} so that the two shares add to one.
     *
     * @param newTasks N, finite
     * @param automation I, in {@code [N - 1, N]}
     * @return I - N + 1, in [0, 1]
     * @throws IllegalArgumentException if N is not finite or I is outside {@code [N - 1, N]}
     */
    public static double capitalShare(double newTasks, double automation) {
        return 1.0 - labourShare(newTasks, automation);
    }

    /**
     * (T3) The competitive wage, the marginal product of labour:
     * {@code W = dY/dL = (N - I) * Y / L}. Zero when every task is automated ({@code I = N}).
     *
     * @param productivity B
     * @param capital K
     * @param labour L
     * @param newTasks N
     * @param automation I
     * @return W
     * @throws IllegalArgumentException as {@link #output}
     */
    public static double wage(double productivity, double capital, double labour, double newTasks,
                              double automation) {
        double y = output(productivity, capital, labour, newTasks, automation);
        return labourShare(newTasks, automation) * y / labour;
    }

    /**
     * (T4) The competitive rental rate of capital, its marginal product:
     * {@code R = dY/dK = (I - N + 1) * Y / K}. Zero when no task is automated ({@code I = N - 1}).
     * With (T3), factor payments exhaust output: {@code W * L + R * K = Y}.
     *
     * @param productivity B
     * @param capital K
     * @param labour L
     * @param newTasks N
     * @param automation I
     * @return R
     * @throws IllegalArgumentException as {@link #output}
     */
    public static double rental(double productivity, double capital, double labour, double newTasks,
                                double automation) {
        double y = output(productivity, capital, labour, newTasks, automation);
        return capitalShare(newTasks, automation) * y / capital;
    }

    /**
     * (T5) The constant of the ANCHORS form {@code Y = B' * K^(I - N + 1) * L^(N - I)}:
     * {@code B' = B / ((I - N + 1)^(I - N + 1) * (N - I)^(N - I))}, with {@code 0^0 = 1}.
     *
     * @param productivity B, finite and positive
     * @param newTasks N, finite
     * @param automation I, in {@code [N - 1, N]}
     * @return B'
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double anchorProductivity(double productivity, double newTasks, double automation) {
        checkPositive("productivity B", productivity);
        double sL = labourShare(newTasks, automation);
        double sK = 1.0 - sL;
        return productivity / (StrictMath.pow(sK, sK) * StrictMath.pow(sL, sL));
    }

    /**
     * (T6) Value against wealth (row 4.1): living labour hours per unit of output,
     * {@code H / Y}. With L measured in hours, {@code H = L}; it falls when output grows faster
     * than the hours worked, as under automation with cheap capital.
     *
     * @param labourHours H, finite and non-negative
     * @param output Y, finite and positive
     * @return H / Y
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double valueWealthRatio(double labourHours, double output) {
        checkNonNegative("labour hours H", labourHours);
        checkPositive("output Y", output);
        return labourHours / output;
    }

    /**
     * (T6) The wage share (row 4.2): wage bill over output, {@code W * L / Y}; equal to
     * {@code N - I} (T2) under competitive factor pricing.
     *
     * @param wageBill W * L, finite and non-negative
     * @param output Y, finite and positive
     * @return the wage share
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static double wageShare(double wageBill, double output) {
        checkNonNegative("wage bill W*L", wageBill);
        checkPositive("output Y", output);
        return wageBill / output;
    }

    private static void checkFrontiers(double newTasks, double automation) {
        if (!Double.isFinite(newTasks)) {
            throw new IllegalArgumentException("task frontier N = " + newTasks + " must be finite");
        }
        double lowest = newTasks - 1.0;
        if (!(automation >= lowest && automation <= newTasks)) {
            throw new IllegalArgumentException("automation frontier I = " + automation
                    + " must be in [N - 1, N] = [" + lowest + ", " + newTasks + "]");
        }
    }

    private static void checkPositive(String name, double value) {
        if (!(Double.isFinite(value) && value > 0.0)) {
            throw new IllegalArgumentException(name + " = " + value + " must be finite and in (0, +inf)");
        }
    }

    private static void checkNonNegative(String name, double value) {
        if (!(Double.isFinite(value) && value >= 0.0)) {
            throw new IllegalArgumentException(name + " = " + value + " must be finite and in [0, +inf)");
        }
    }
}
