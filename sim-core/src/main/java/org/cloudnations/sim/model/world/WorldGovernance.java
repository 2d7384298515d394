package org.cloudnations.sim.model.world;

import java.util.Arrays;
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
 * (W5) Governance on the world's states and communities, each part switchable. Contribution-weighted
 * votes (rows 2.1, 2.2): the S states and K communities hold weights that float towards their
 * share of last tick's contribution (a state's output, a community's valued output),
 * {@code w_u <- (1 - alpha_W) w_u + alpha_W c_u / sum c}; communities and non-SQUEEZE states vote
 * to cap every cloud tax at {@code tau_C}, which passes with more than half the weight. Risk pool
 * (row 2.7): a share of each AI-disaster loss is covered by a premium all states pay in proportion
 * to output. Edge diffusion (row 2.9): a cloud charter (no cloud tax) starts in the smallest state
 * and spreads to state s once the adopting share reaches {@code theta * pop_s / max pop}. Writes
 * each state's cloud tax rate: {@code tau_S} under SQUEEZE, {@code tau_C / 2} under OFFSHORE,
 * {@code tau_C} otherwise, then the cap and the charter.
 */
public final class WorldGovernance implements Rule {
    static final MetricSpec NON_STATE_WEIGHT = new MetricSpec("non_state_weight_share", "1",
            "vote weight held by communities");
    static final MetricSpec VOTE_PASSED = new MetricSpec("cap_vote_passed", "1",
            "1 when the weighted vote capped cloud taxes this tick");
    static final MetricSpec POOREST_LOSS = new MetricSpec("poorest_loss", "1",
            "output loss (after the pool) of the state with the least output");
    static final MetricSpec ADOPTION = MetricSpec.share("adoption_share", "share of states with the cloud charter");

    @Override
    public String name() {
        return "world-governance";
    }

    @Override
    public String phase() {
        return "states";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(WorldParameters.WEIGHTED_VOTES, WorldParameters.WEIGHT_SPEED, WorldParameters.RISK_POOL,
                WorldParameters.POOL_COVERAGE, WorldParameters.EDGE_DIFFUSION, WorldParameters.DIFFUSION_THRESHOLD,
                WorldParameters.CLOUD_TAX, WorldParameters.SQUEEZE_TAX);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(NON_STATE_WEIGHT, VOTE_PASSED, POOREST_LOSS, ADOPTION);
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        boolean votes = p.getBoolean("weighted_votes");
        double alpha = p.getDouble("weight_speed");
        boolean pool = p.getBoolean("risk_pool");
        double coverage = p.getDouble("pool_coverage");
        boolean diffusion = p.getBoolean("edge_diffusion");
        double theta = p.getDouble("diffusion_threshold");
        double tauC = p.getDouble("cloud_tax");
        double tauS = p.getDouble("squeeze_tax");
        Table st = a.table(Tables.STATES);
        int states = st.size();
        int[] policy = st.ints(Columns.POLICY);
        long[] population = st.longs(Columns.POPULATION);
        double[] gdp = st.doubles(Columns.GDP);
        double[] loss = st.doubles(Columns.OUTPUT_LOSS);
        boolean[] charter = st.booleans(Columns.CHARTER);
        double[] cloudTax = st.doubles(Columns.CLOUD_TAX_RATE);
        Table ct = a.table(Tables.COMMUNITIES);
        int communities = ct.size();
        double[] phi = ct.doubles(Columns.PRODUCTIVITY);
        double[] skillSum = ct.doubles(Columns.SKILL_SUM);
        double[] price = ct.doubles(Columns.PRICE);
        double[] weight = new double[states + communities];
        Arrays.fill(weight, 1.0 / weight.length);
        boolean[] passed = new boolean[1];
        double[] poorest = new double[1];
        a.keep(RuleState.of(weight, passed, poorest));
        a.metric(NON_STATE_WEIGHT, () -> {
            double w = 0;
            for (int k = 0; k < communities; k++) {
                w += weight[states + k];
            }
            return votes ? w : 0.0;
        });
        a.metric(VOTE_PASSED, () -> passed[0] ? 1.0 : 0.0);
        a.metric(POOREST_LOSS, () -> poorest[0]);
        a.metric(ADOPTION, () -> {
            int n = 0;
            for (boolean c : charter) {
                n += c ? 1 : 0;
            }
            return (double) n / states;
        });
        return context -> {
            passed[0] = false;
            if (votes && context.tick() > 0) {
                double[] contribution = new double[weight.length];
                double total = 0;
                for (int s = 0; s < states; s++) {
                    contribution[s] = gdp[s];
                    total += gdp[s];
                }
                for (int k = 0; k < communities; k++) {
                    contribution[states + k] = phi[k] * skillSum[k] * price[k];
                    total += contribution[states + k];
                }
                double yes = 0;
                for (int u = 0; u < weight.length; u++) {
                    if (total > 0) {
                        weight[u] = (1 - alpha) * weight[u] + alpha * contribution[u] / total;
                    }
                    yes += u >= states || policy[u] != Columns.SQUEEZE ? weight[u] : 0.0;
                }
                passed[0] = yes > 0.5;
            }
            if (pool && context.tick() > 0) {
                double covered = 0;
                double output = 0;
                for (int s = 0; s < states; s++) {
                    covered += coverage * (1.0 - loss[s]) * gdp[s];
                    output += gdp[s];
                }
                double premium = output > 0 ? covered / output : 0.0;
                for (int s = 0; s < states; s++) {
                    loss[s] = 1.0 - (1.0 - coverage) * (1.0 - loss[s]) - premium;
                }
            }
            int poorestState = 0;
            for (int s = 1; s < states; s++) {
                poorestState = gdp[s] < gdp[poorestState] ? s : poorestState;
            }
            poorest[0] = 1.0 - loss[poorestState];
            if (diffusion && context.tick() > 0) {
                diffuse(population, charter, theta);
            }
            for (int s = 0; s < states; s++) {
                double rate = policy[s] == Columns.SQUEEZE ? tauS : policy[s] == Columns.OFFSHORE ? tauC / 2 : tauC;
                rate = passed[0] ? Math.min(rate, tauC) : rate;
                cloudTax[s] = charter[s] ? 0.0 : rate;
            }
        };
    }

    /** The threshold step of the cloud charter; the smallest state adopts first (the edge). */
    private static void diffuse(long[] population, boolean[] charter, double theta) {
        int states = population.length;
        int smallest = 0;
        long largest = 1;
        int adopted = 0;
        for (int s = 0; s < states; s++) {
            smallest = population[s] < population[smallest] ? s : smallest;
            largest = Math.max(largest, population[s]);
            adopted += charter[s] ? 1 : 0;
        }
        if (adopted == 0) {
            charter[smallest] = true;
            return;
        }
        double share = (double) adopted / states;
        boolean[] next = charter.clone();
        for (int s = 0; s < states; s++) {
            if (!charter[s] && share >= theta * population[s] / largest) {
                next[s] = true;
            }
        }
        System.arraycopy(next, 0, charter, 0, states);
    }
}
