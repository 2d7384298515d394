package org.cloudnations.sim.figure;

import java.util.Map;
import org.cloudnations.sim.model.labour.TaskProduction;

/**
 * Closed forms a figure may draw beside the model, as functions of the x value and the run's
 * parameters (the sweep's base values, with the series' parameter at its value).
 */
enum ClosedForm implements SpecName {
    /**
     * Acemoglu &amp; Restrepo (2018), (T2) of docs/model.md: the labour share {@code N - I}
     * ({@link TaskProduction#labourShare}) with {@code N = 1} (no new tasks) and the automation
     * frontier of (A7), {@code I - (N - 1) = lambda_I ln(1 + a_0)}, where x is the automation reach
     * {@code lambda_I} and {@code a_0} the parameter {@code initial_capability}.
     */
    TASK_LABOUR_SHARE("task-labour-share") {
        @Override
        double value(double x, Map<String, Double> parameters) {
            return TaskProduction.labourShare(1.0, x * StrictMath.log1p(parameters.get("initial_capability")));
        }
    },
    /**
     * The AI economy's risk rule (A2) of docs/model.md, the reduced form of Armstrong, Bostrom
     * &amp; Shulman's (2016) comparative statics, when teams know nothing of rivals' capabilities
     * ({@code capability_info = 0}) and all teams are rivals: with x the enmity e, R teams and base
     * risk x0, {@code x0 + (1 - x0) e (R - 1) / R}.
     */
    RACE_RISK_NO_INFORMATION("race-risk-no-information") {
        @Override
        double value(double x, Map<String, Double> parameters) {
            double teams = parameters.get("racing_teams");
            double base = parameters.get("base_risk");
            return base + (1 - base) * x * (teams - 1) / teams;
        }
    };

    private final String label;

    ClosedForm(String label) {
        this.label = label;
    }

    /**
     * @param x the x value
     * @param parameters the run's numeric parameters
     * @return the closed form's value
     */
    abstract double value(double x, Map<String, Double> parameters);

    @Override
    public String label() {
        return label;
    }
}
