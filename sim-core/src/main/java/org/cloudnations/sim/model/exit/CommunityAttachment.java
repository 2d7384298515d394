package org.cloudnations.sim.model.exit;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (E3) community productivity {@code phi_c = q (1 + M_c / Mbar)^gamma} and (E4) attachment
 * weights {@code (M_c + 1) / (M + C)} from last tick's members, at the start of every tick
 * (phase {@code communities}).
 *
 * <p>Reads {@code communities.members}; writes {@code communities.phi, cdf}.
 */
public final class CommunityAttachment implements Rule {
    @Override
    public String name() {
        return "exit-attachment";
    }

    @Override
    public String phase() {
        return "communities";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ExitEndowment.INDIVIDUALS, ExitEndowment.COMMUNITIES,
                ParameterSpec.real("community_productivity", 1.1, 0.0, 10.0, "income", "0.1",
                        "q, productivity of a community member per unit of skill and digital access"),
                ParameterSpec.real("network_exponent", 0.5, 0.0, 2.0, "1", "0.1",
                        "gamma, returns to community size: phi = q (1 + M/Mbar)^gamma; above 1 increasing returns"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        Table communities = a.table(Tables.COMMUNITIES);
        long[] members = communities.longs("members");
        double[] phi = communities.doubles("phi");
        double[] cdf = communities.doubles("cdf");
        int c = communities.size();
        double reference = (double) a.parameters().getInt("individuals") / c;
        double q = a.parameters().getDouble("community_productivity");
        double gamma = a.parameters().getDouble("network_exponent");
        return context -> {
            long total = 0;
            for (int k = 0; k < c; k++) {
                phi[k] = ExitRule.productivity(q, members[k], reference, gamma);
                total += members[k];
            }
            double denominator = total + (double) c;
            double acc = 0;
            for (int k = 0; k < c; k++) {
                acc += members[k] + 1.0;
                cdf[k] = acc / denominator;
            }
            cdf[c - 1] = 1.0;
        };
    }
}
