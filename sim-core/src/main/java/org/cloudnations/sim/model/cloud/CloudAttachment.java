package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.COMMUNITY_PRODUCTIVITY;
import static org.cloudnations.sim.model.cloud.CloudParameters.MACHINE_OUTPUT;
import static org.cloudnations.sim.model.cloud.CloudParameters.NETWORK_EXPONENT;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (C4) community productivity {@code phi_c = q (1 + (M_c + m_c) / Mbar)^gamma}, where machine
 * communities add {@code m_c = machine_output Mbar} automated contributors, and the attachment
 * weights {@code (M_c + 1) / (M + C)} of a revising individual's candidate community, both from
 * last tick's members (phase {@code communities}).
 *
 * <p>Reads {@code communities.members, machine}; writes {@code communities.phi, cdf}.
 */
public final class CloudAttachment implements Rule {
    @Override
    public String name() {
        return "cloud-attachment";
    }

    @Override
    public String phase() {
        return "communities";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(COMMUNITY_PRODUCTIVITY, NETWORK_EXPONENT, MACHINE_OUTPUT);
    }

    /**
     * Binds the communities' columns.
     *
     * @param a the run being assembled
     * @return the step (C4)
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        Table table = a.table(Tables.COMMUNITIES);
        int communities = table.size();
        long[] members = table.longs(People.MEMBERS);
        boolean[] machine = table.booleans(People.MACHINE);
        double[] phi = table.doubles(People.PHI);
        double[] cdf = table.doubles(People.CDF);
        double reference = (double) a.table(Tables.INDIVIDUALS).size() / communities;
        double machineContributors = p.getDouble("machine_output") * reference;
        double q = p.getDouble("community_productivity");
        double gamma = p.getDouble("network_exponent");
        return context -> {
            long total = 0;
            for (int c = 0; c < communities; c++) {
                double effective = members[c] + (machine[c] ? machineContributors : 0);
                phi[c] = q * StrictMath.pow(1.0 + effective / reference, gamma);
                total += members[c];
            }
            double acc = 0;
            double denominator = total + (double) communities;
            for (int c = 0; c < communities; c++) {
                acc += members[c] + 1.0;
                cdf[c] = acc / denominator;
            }
            cdf[communities - 1] = 1.0;
        };
    }
}
