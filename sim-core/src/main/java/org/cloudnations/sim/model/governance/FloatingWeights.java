package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.CONTRIBUTION_WEIGHT;
import static org.cloudnations.sim.model.governance.GovernanceParameters.WEIGHTING;
import static org.cloudnations.sim.model.governance.GovernanceParameters.WEIGHT_ADJUSTMENT;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G2) Floating weights, after the vote (phase {@code governance}): with
 * {@code weighting = contribution},
 * {@code w_u <- (1 - lambda) w_u + lambda (alpha X_u / sum X + (1 - alpha) n_u / sum n)}, normalised
 * to sum 1 ({@link Weights#floatTowardsContribution}), and the voting power per member follows;
 * with {@code identity} the weights stay fixed. Also the share of weight held by the top quarter of
 * contributors.
 *
 * <p>Reads {@code units.contribution, members}; writes {@code units.weight, power}.
 */
public final class FloatingWeights implements Rule {
    static final MetricSpec CONTRIBUTOR_WEIGHT_SHARE = new MetricSpec("contributor_weight_share", "1",
            "share of weight held by the quarter of units contributing most this tick");

    @Override
    public String name() {
        return "floating-weights";
    }

    @Override
    public String phase() {
        return "governance";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(WEIGHTING, CONTRIBUTION_WEIGHT, WEIGHT_ADJUSTMENT);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CONTRIBUTOR_WEIGHT_SHARE);
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        Table units = a.table(UnitLayout.UNITS);
        double[] weight = units.doubles("weight");
        double[] power = units.doubles("power");
        double[] contribution = units.doubles("contribution");
        long[] members = units.longs("members");
        int n = a.table(Tables.INDIVIDUALS).size();
        boolean floating = p.getEnum("weighting", Weighting.class) == Weighting.CONTRIBUTION;
        double alpha = p.getDouble("contribution_weight");
        double lambda = p.getDouble("weight_adjustment");
        double[] share = new double[1];
        a.keep(RuleState.of(share));
        a.metric(CONTRIBUTOR_WEIGHT_SHARE, () -> share[0]);
        return context -> {
            if (context.tick() == 0) {
                return;
            }
            if (floating) {
                Weights.floatTowardsContribution(weight, contribution, members, alpha, lambda);
                Weights.power(weight, members, n, power);
            }
            share[0] = Weights.topContributorShare(weight, contribution);
        };
    }
}
