package org.cloudnations.sim.model.exit;

/**
 * The exit rule's equations as pure functions, shared by the struct-of-arrays kernel and the
 * object-per-agent MASON baseline so that both evaluate the same equations (the baseline differs
 * in storage, scheduling order and random generator, so its runs are not bit-identical).
 * See docs/model.md, section "Exit", equations (E1) to (E6).
 */
public final class ExitRule {
    private ExitRule() {
    }

    /**
     * (E1) Net income at home: {@code y_H = (1 - tau) * A_s * h}.
     *
     * @param netHome {@code (1 - tau) * A_s} of the home state
     * @param skill h
     * @return y_H
     */
    public static double homeIncome(double netHome, double skill) {
        return netHome * skill;
    }

    /**
     * (E2) Net income in community c: {@code y_C = (1 - tau_c) * d * h * phi_c}.
     *
     * @param netCloud {@code 1 - tau_c}
     * @param digital d
     * @param skill h
     * @param phi {@code phi_c}, the community's productivity this tick
     * @return y_C
     */
    public static double cloudIncome(double netCloud, double digital, double skill, double phi) {
        return netCloud * grossCloudIncome(digital, skill, phi);
    }

    /**
     * (E2) Gross income in community c, before cloud tax: {@code d * h * phi_c}.
     *
     * @param digital d
     * @param skill h
     * @param phi {@code phi_c}
     * @return gross income
     */
    public static double grossCloudIncome(double digital, double skill, double phi) {
        return digital * skill * phi;
    }

    /**
     * (E3) A community's productivity from its size last tick:
     * {@code phi_c = q * (1 + M_c / Mbar)^gamma}.
     *
     * @param q base productivity
     * @param members M_c
     * @param reference Mbar = N / C
     * @param gamma network exponent
     * @return phi_c
     */
    public static double productivity(double q, long members, double reference, double gamma) {
        return q * StrictMath.pow(1.0 + members / reference, gamma);
    }

    /**
     * (E5) Probability that a revising individual at home exits to a community:
     * {@code logistic(beta * (y_C - y_H - kappa - loyalty))}.
     *
     * @param beta choice intensity
     * @param cloud y_C
     * @param home y_H
     * @param movingCost kappa
     * @param loyalty the individual's loyalty
     * @return the probability
     */
    public static double exitProbability(double beta, double cloud, double home, double movingCost,
                                         double loyalty) {
        return logistic(beta * (cloud - home - movingCost - loyalty));
    }

    /**
     * (E6) Probability that a revising community member returns home:
     * {@code logistic(beta * (y_H - y_C - kappa))}.
     *
     * @param beta choice intensity
     * @param home y_H
     * @param cloud y_C
     * @param movingCost kappa
     * @return the probability
     */
    public static double returnProbability(double beta, double home, double cloud, double movingCost) {
        return logistic(beta * (home - cloud - movingCost));
    }

    /**
     * (E4) The candidate community for a uniform draw, by preferential attachment: index of the
     * first entry of the cumulative weights {@code cdf} (last entry 1) that exceeds {@code u}.
     *
     * @param cdf cumulative probabilities, non-decreasing, last entry 1
     * @param u a uniform draw in [0, 1)
     * @return the community index
     */
    public static int candidate(double[] cdf, double u) {
        return org.cloudnations.sim.random.Cdf.draw(cdf, u);
    }

    /**
     * The weight {@code exp(beta (value - best))} of an option of a multinomial logit whose best
     * option has value {@code best}. The best option's weight is exactly 1 and an option that is not
     * open ({@code value = -inf}) has weight 0 (also when {@code beta = 0}, where {@code 0 * -inf}
     * would be NaN), both without calling {@code StrictMath.exp}: the same bytes as the call
     * ({@code StrictMath.exp(0.0)} is exactly 1), for less time in the individuals' hot loops.
     *
     * @param beta the intensity of choice, finite
     * @param value the option's value, or {@code -inf} for an option that is not open
     * @param best the largest value over the options, finite
     * @return the weight, in [0, 1]
     */
    public static double logitWeight(double beta, double value, double best) {
        if (value == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        return value == best ? 1.0 : StrictMath.exp(beta * (value - best));
    }

    /**
     * The logistic function {@code 1 / (1 + e^-x)}.
     *
     * @param x the argument
     * @return the value in [0, 1]
     */
    public static double logistic(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }
}
