package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.CLOUD_TAX_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.ELITE_TRANSFER;
import static org.cloudnations.sim.model.cloud.CloudParameters.EXIT_COST;
import static org.cloudnations.sim.model.cloud.CloudParameters.LEAGUE_DISCOUNT;
import static org.cloudnations.sim.model.cloud.CloudParameters.MAX_TAX_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.OFFSHORE_FEE;
import static org.cloudnations.sim.model.cloud.CloudParameters.SQUEEZE_EXIT_COST;
import static org.cloudnations.sim.model.cloud.CloudParameters.SQUEEZE_TAX_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.TAX_RATE;
import static org.cloudnations.sim.model.cloud.CloudParameters.TAX_REVERSION;
import static org.cloudnations.sim.model.cloud.CloudParameters.VOICE_RESPONSE;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (C3) voice lowers the tax rate, which reverts towards {@code tau_0}: {@code tau_s <- clamp(tau_s
 * - v V_s / pop_s + xi (tau_0 - tau_s), 0, tau_max)} from last tick's voice (not in tick 0); and (C1)
 * this tick's per-state values by policy: cloud tax, exit cost, league membership, the labour
 * factor {@code A_s chi}, public goods per resident {@code T_s (1 - lambda_E) / pop_s} and the list
 * of OFFSHORE states (phase {@code states}, after imitation).
 *
 * <p>Reads {@code states.productivity, policy, population, voice, tax_revenue},
 * {@code global.crisis_multiplier}; writes {@code states.tax, league, labour_factor, cloud_tax,
 * exit_cost, public_good, offshore_list} and {@code global.offshore_count}.
 */
public final class StateValues implements Rule {
    @Override
    public String name() {
        return "cloud-state-values";
    }

    @Override
    public String phase() {
        return "states";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(TAX_RATE, VOICE_RESPONSE, TAX_REVERSION, MAX_TAX_RATE, CLOUD_TAX_RATE, SQUEEZE_TAX_RATE,
                OFFSHORE_FEE, EXIT_COST, LEAGUE_DISCOUNT, SQUEEZE_EXIT_COST, ELITE_TRANSFER);
    }

    /**
     * Binds the states' columns and sets every tax rate to {@code tau_0}.
     *
     * @param a the run being assembled
     * @return the step (C3, C1)
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        Table stateTable = a.table(Tables.STATES);
        Table global = a.table(Tables.GLOBAL);
        int states = stateTable.size();
        double[] productivity = stateTable.doubles(People.PRODUCTIVITY);
        int[] policy = stateTable.ints(People.POLICY);
        long[] pop = stateTable.longs(People.POPULATION);
        long[] voice = stateTable.longs(People.VOICE);
        double[] taxRevenue = stateTable.doubles(People.TAX_REVENUE);
        double[] tax = stateTable.doubles(People.TAX);
        boolean[] league = stateTable.booleans(People.LEAGUE);
        double[] labourFactor = stateTable.doubles(People.LABOUR_FACTOR);
        double[] cloudTax = stateTable.doubles(People.CLOUD_TAX);
        double[] exitCost = stateTable.doubles(People.EXIT_COST);
        double[] publicGood = stateTable.doubles(People.PUBLIC_GOOD);
        int[] offshoreList = stateTable.ints(People.OFFSHORE_LIST);
        int[] offshoreCount = global.ints(People.OFFSHORE_COUNT);
        double[] crisis = global.doubles(People.CRISIS_MULTIPLIER);
        double taxRate = p.getDouble("tax_rate");
        double voiceResponse = p.getDouble("voice_response");
        double reversion = p.getDouble("tax_reversion");
        double maxTax = p.getDouble("max_tax_rate");
        double squeezeTax = p.getDouble("squeeze_tax_rate");
        double cloudTaxRate = p.getDouble("cloud_tax_rate");
        double offshoreFee = p.getDouble("offshore_fee");
        double kappa = p.getDouble("exit_cost");
        double leagueDiscount = p.getDouble("league_discount");
        double squeezeExitCost = p.getDouble("squeeze_exit_cost");
        double eliteTransfer = p.getDouble("elite_transfer");
        for (int s = 0; s < states; s++) {
            tax[s] = taxRate;
        }
        int squeeze = Policy.SQUEEZE.ordinal();
        int offshore = Policy.OFFSHORE.ordinal();
        int leagueCode = Policy.LEAGUE.ordinal();
        return context -> {
            if (context.tick() > 0) {
                // (C3) voice lowers the tax rate; the rate reverts towards tau_0
                for (int s = 0; s < states; s++) {
                    double v = pop[s] == 0 ? 0 : (double) voice[s] / pop[s];
                    tax[s] = Math.max(0, Math.min(maxTax, tax[s] - voiceResponse * v + reversion * (taxRate - tax[s])));
                }
            }
            double crisisMultiplier = crisis[0];
            int offshoreStates = 0;
            for (int s = 0; s < states; s++) {
                int pol = policy[s];
                league[s] = pol == leagueCode;
                if (pol == offshore) {
                    offshoreList[offshoreStates++] = s;
                }
                labourFactor[s] = productivity[s] * crisisMultiplier;
                // (C1) cloud tax and exit cost by policy
                cloudTax[s] = pol == squeeze ? squeezeTax
                        : pol == offshore ? Math.min(cloudTaxRate, offshoreFee) : cloudTaxRate;
                exitCost[s] = kappa * (league[s] ? 1 - leagueDiscount : 1) + (pol == squeeze ? squeezeExitCost : 0);
                publicGood[s] = pop[s] == 0 ? 0 : taxRevenue[s] * (1 - eliteTransfer) / pop[s];
            }
            offshoreCount[0] = offshoreStates;
        };
    }
}
