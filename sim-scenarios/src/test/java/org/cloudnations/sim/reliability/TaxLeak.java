package org.cloudnations.sim.reliability;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;

/**
 * A test rule for the exit model (and any model with {@code states.tax_revenue}): after the model's
 * rules it credits state 0 with {@code leak} tax that nobody paid, so the exit model's income account
 * fails its check whenever {@code leak > 0}. (sim-cli's {@code SweepCheckTest} has its own copy: the
 * modules share no test classes.)
 */
public final class TaxLeak implements Rule {
    @Override
    public String name() {
        return "tax-leak";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.real("leak", 0.0, 0.0, 10.0, "income", "test",
                "tax credited to state 0 that nobody paid"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        double leak = a.parameters().getDouble("leak");
        double[] tax = a.table("states").doubles("tax_revenue");
        return context -> tax[0] += leak;
    }
}
