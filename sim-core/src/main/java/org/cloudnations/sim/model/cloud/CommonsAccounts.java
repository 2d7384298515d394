package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.COMMONS_DEPRECIATION;
import static org.cloudnations.sim.model.cloud.CloudParameters.CONTRIBUTION_SHARE;
import static org.cloudnations.sim.model.cloud.CloudParameters.ELITE_TRANSFER;
import static org.cloudnations.sim.model.cloud.CloudParameters.MACHINE_OUTPUT;
import static org.cloudnations.sim.model.cloud.CloudParameters.RARITY_EXPONENT;

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
 * The communities' accounts (phase {@code accounts}): (C4) machine communities' automated output
 * {@code O^M_c = machine_output Mbar phi_c chi_C}; (C5) the commons stock {@code K <- (1 - delta) K
 * + s_K sum_c (O_c + O^M_c)}; (C9) influence {@code I_c = (O_c + O^M_c) R_c^eta} and the elite, the
 * most influential community with members; (C14) the elite transfer per member, {@code lambda_E}
 * times all tax revenue over the elite's members, paid next tick.
 *
 * <p>Reads {@code communities.members, output, phi, machine, rarity}, {@code states.tax_revenue},
 * {@code global.cloud_crisis_multiplier}; writes {@code communities.automated, influence} and
 * {@code global.commons, elite, elite_transfer}.
 */
public final class CommonsAccounts implements Rule {
    static final MetricSpec COMMONS_STOCK = new MetricSpec("commons_stock", "income/individual",
            "commons stock K per individual");
    static final MetricSpec MACHINE_OUTPUT_SHARE = new MetricSpec("machine_output_share", "1",
            "share of community output made by automated contributors");
    static final MetricSpec RARITY_INFLUENCE_PREMIUM = new MetricSpec("rarity_influence_premium", "1",
            "rare-capability communities' share of influence over their share of output (0 if none produce)");

    @Override
    public String name() {
        return "cloud-commons-accounts";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(MACHINE_OUTPUT, COMMONS_DEPRECIATION, CONTRIBUTION_SHARE, RARITY_EXPONENT, ELITE_TRANSFER);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(COMMONS_STOCK, MACHINE_OUTPUT_SHARE, RARITY_INFLUENCE_PREMIUM);
    }

    /**
     * Binds the columns and metrics; no elite before the first accounts.
     *
     * @param a the run being assembled
     * @return the accounts step (C4, C5, C9, C14)
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        Table table = a.table(Tables.COMMUNITIES);
        Table global = a.table(Tables.GLOBAL);
        int communities = table.size();
        double n = a.table(Tables.INDIVIDUALS).size();
        long[] members = table.longs(People.MEMBERS);
        double[] output = table.doubles(People.OUTPUT);
        double[] phi = table.doubles(People.PHI);
        boolean[] machine = table.booleans(People.MACHINE);
        double[] rarity = table.doubles(People.RARITY);
        double[] automated = table.doubles(People.AUTOMATED);
        double[] influence = table.doubles(People.INFLUENCE);
        double[] taxRevenue = a.table(Tables.STATES).doubles(People.TAX_REVENUE);
        double[] cloudCrisis = global.doubles(People.CLOUD_CRISIS_MULTIPLIER);
        double[] commons = global.doubles(People.COMMONS);
        int[] elite = global.ints(People.ELITE);
        double[] eliteTransfer = global.doubles(People.ELITE_TRANSFER);
        elite[0] = -1;
        double machineOutput = p.getDouble("machine_output");
        double depreciation = p.getDouble("commons_depreciation");
        double share = p.getDouble("contribution_share");
        double eta = p.getDouble("rarity_exponent");
        double transfer = p.getDouble("elite_transfer");
        double reference = n / communities;
        double[] machineTotal = new double[1];
        a.keep(RuleState.of(machineTotal));
        a.metric(COMMONS_STOCK, () -> commons[0] / n);
        a.metric(MACHINE_OUTPUT_SHARE, () -> {
            double human = 0;
            for (int c = 0; c < communities; c++) {
                human += output[c];
            }
            double m = machineTotal[0];
            return human + m == 0 ? 0 : m / (human + m);
        });
        a.metric(RARITY_INFLUENCE_PREMIUM, () -> {
            // (C9) rare communities' share of influence over their share of output
            double rareInfluence = 0;
            double allInfluence = 0;
            double rareOutput = 0;
            double allOutput = 0;
            for (int c = 0; c < communities; c++) {
                double produced = output[c] + automated[c];
                allInfluence += influence[c];
                allOutput += produced;
                if (rarity[c] > 1 + 1e-9) {
                    rareInfluence += influence[c];
                    rareOutput += produced;
                }
            }
            return rareOutput == 0 || allInfluence == 0 ? 0
                    : (rareInfluence / allInfluence) / (rareOutput / allOutput);
        });
        return context -> {
            double totalOutput = 0;
            double machineSum = 0;
            double best = -1;
            int chosen = -1;
            for (int c = 0; c < communities; c++) {
                // (C4) machine communities' automated contributors produce like unit-skill members
                automated[c] = machine[c] ? machineOutput * reference * phi[c] * cloudCrisis[0] : 0;
                machineSum += automated[c];
                totalOutput += output[c] + automated[c];
                influence[c] = (output[c] + automated[c]) * StrictMath.pow(rarity[c], eta);
                if (influence[c] > best && members[c] > 0) {
                    best = influence[c];
                    chosen = c;
                }
            }
            machineTotal[0] = machineSum;
            elite[0] = chosen;
            commons[0] = (1 - depreciation) * commons[0] + share * totalOutput;
            double totalTax = 0;
            for (double v : taxRevenue) {
                totalTax += v;
            }
            long eliteSize = chosen >= 0 ? members[chosen] : 0;
            eliteTransfer[0] = eliteSize > 0 ? transfer * totalTax / eliteSize : 0;
        };
    }
}
