package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.ELITE_TRANSFER;
import static org.cloudnations.sim.model.cloud.CloudParameters.POLICY_MUTATION;
import static org.cloudnations.sim.model.cloud.CloudParameters.POLICY_PERIOD;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (C2) Policy revision by pairwise proportional imitation (phase {@code states}, after the
 * crisis): every {@code policy_period} ticks each state, in index order, mutates to a random
 * policy with probability {@code policy_mutation}, or else compares itself with another state
 * drawn uniformly and copies its policy with probability {@code max(0, pi_r - pi_s) / (max pi -
 * min pi)}, where {@code pi_s = T_s (1 - lambda_E) / pop_s} is last tick's revenue per resident.
 * All states revise at once (from the policies before the revision). Draws from MASON's
 * sequential generator; tick 0 revises nothing.
 *
 * <p>Reads {@code states.population, tax_revenue}; writes {@code states.policy}. Its metrics
 * count the states of each policy.
 */
public final class PolicyImitation implements Rule {
    static final MetricSpec LEAGUE_SIZE = MetricSpec.nonNegative("league_size", "states", "states with policy LEAGUE");
    static final MetricSpec SHARE_SQUEEZE = MetricSpec.share("share_squeeze", "share of states with policy SQUEEZE");
    static final MetricSpec SHARE_NEUTRAL = MetricSpec.share("share_neutral", "share of states with policy NEUTRAL");
    static final MetricSpec SHARE_OFFSHORE = MetricSpec.share("share_offshore",
            "share of states with policy OFFSHORE");
    static final MetricSpec SHARE_LEAGUE = MetricSpec.share("share_league", "share of states with policy LEAGUE");

    @Override
    public String name() {
        return "cloud-policy-imitation";
    }

    @Override
    public String phase() {
        return "states";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(POLICY_PERIOD, POLICY_MUTATION, ELITE_TRANSFER);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(LEAGUE_SIZE, SHARE_SQUEEZE, SHARE_NEUTRAL, SHARE_OFFSHORE, SHARE_LEAGUE);
    }

    /**
     * Binds the states' policy, population and revenue columns.
     *
     * @param a the run being assembled
     * @return the imitation step (C2)
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        Table stateTable = a.table(Tables.STATES);
        int states = stateTable.size();
        int[] policy = stateTable.ints(People.POLICY);
        long[] pop = stateTable.longs(People.POPULATION);
        double[] taxRevenue = stateTable.doubles(People.TAX_REVENUE);
        int period = p.getInt("policy_period");
        double mutation = p.getDouble("policy_mutation");
        double eliteTransfer = p.getDouble("elite_transfer");
        a.metric(LEAGUE_SIZE, () -> count(policy, Policy.LEAGUE));
        a.metric(SHARE_SQUEEZE, () -> (double) count(policy, Policy.SQUEEZE) / states);
        a.metric(SHARE_NEUTRAL, () -> (double) count(policy, Policy.NEUTRAL) / states);
        a.metric(SHARE_OFFSHORE, () -> (double) count(policy, Policy.OFFSHORE) / states);
        a.metric(SHARE_LEAGUE, () -> (double) count(policy, Policy.LEAGUE) / states);
        return context -> {
            if (context.tick() == 0 || period <= 0 || context.tick() % period != 0) {
                return;
            }
            MersenneTwisterFast rng = context.random();
            double[] payoff = new double[states];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < states; s++) {
                payoff[s] = pop[s] == 0 ? 0 : taxRevenue[s] * (1 - eliteTransfer) / pop[s];
                lo = Math.min(lo, payoff[s]);
                hi = Math.max(hi, payoff[s]);
            }
            int[] next = policy.clone();
            for (int s = 0; s < states; s++) {
                if (rng.nextDouble() < mutation) {
                    next[s] = rng.nextInt(4);
                    continue;
                }
                int other = rng.nextInt(states - 1);
                if (other >= s) {
                    other++;
                }
                double probability = hi > lo ? Math.max(0, payoff[other] - payoff[s]) / (hi - lo) : 0;
                if (rng.nextDouble() < probability) {
                    next[s] = policy[other];
                }
            }
            System.arraycopy(next, 0, policy, 0, states);
        };
    }

    private static long count(int[] policy, Policy which) {
        long n = 0;
        for (int pol : policy) {
            n += pol == which.ordinal() ? 1 : 0;
        }
        return n;
    }
}
