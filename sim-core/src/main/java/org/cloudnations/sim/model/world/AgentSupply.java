package org.cloudnations.sim.model.world;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.ai.Teams;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (W2) AI agents as actors (row 3.7). Every model j runs {@code A_j = kappa * N * ln(1 + a_j)}
 * agents: their number follows its capability (logarithmically, so that a runaway race cannot
 * give a runaway number). The agents of a model decide where to supply their work: firm
 * tasks (F), platform micro-work (P) or a machine community (C), by a logit over the expected
 * return per agent {@code r_o = V_o / (S_o(t-1) + A / 3)} (value of the option last tick over last
 * tick's agent supply plus an even-split prior), normalised by the best option:
 * {@code s_jo = exp(beta_A * r_o / max r) / sum over allowed o'}. The owner constrains the choice:
 * firm-owned models supply F and P, state-owned F and C, the community's model all three; with
 * machine communities off, no one supplies C. Machine communities are the agents supplying C:
 * their output is {@code M = q_M * S_C}; platform agents lower the crowd pay to
 * {@code c * D_P / (D_P + S_P)} with {@code D_P = platform_demand * N}.
 */
public final class AgentSupply implements Rule {
    static final MetricSpec MACHINE_AGENTS = MetricSpec.nonNegative("machine_agents", "agents",
            "AI agents working in machine communities");
    static final MetricSpec MACHINE_COMMUNITIES = MetricSpec.nonNegative("machine_communities", "communities",
            "machine communities: machine agents over agents_per_community");
    static final MetricSpec AGENT_FIRM_SHARE = new MetricSpec("agent_firm_share", "1",
            "share of AI agents' work supplied to firm tasks");
    static final MetricSpec CROWD_PAY = new MetricSpec("crowd_pay", "income",
            "crowd micro-work pay after AI agents' competition on platforms");

    private static final int F = 0;
    private static final int P = 1;
    private static final int C = 2;

    @Override
    public String name() {
        return "world-agents";
    }

    @Override
    public String phase() {
        return "agents";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(WorldParameters.AGENTS_PER_CAPABILITY, WorldParameters.AGENT_CHOICE,
                WorldParameters.MACHINE_COMMUNITIES, WorldParameters.MACHINE_PRODUCTIVITY,
                WorldParameters.AGENTS_PER_COMMUNITY, WorldParameters.PLATFORM_DEMAND, WorldParameters.CROWD_RATE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(MACHINE_AGENTS, MACHINE_COMMUNITIES, AGENT_FIRM_SHARE, CROWD_PAY);
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int n = a.table(Tables.INDIVIDUALS).size();
        double kappa = p.getDouble("agents_per_capability");
        double beta = p.getDouble("agent_choice");
        boolean machines = p.getBoolean("machine_communities");
        double qM = p.getDouble("machine_productivity");
        double perCommunity = p.getDouble("agents_per_community");
        double demand = p.getDouble("platform_demand") * n;
        double crowdRate = p.getDouble("crowd_rate");
        Table tt = a.table(Tables.TEAMS);
        double[] cap = tt.doubles(Columns.CAPABILITY);
        boolean[] exists = tt.booleans(Columns.EXISTS);
        byte[] ownerKind = tt.bytes(Columns.OWNER_KIND);
        double[] agents = tt.doubles(Columns.AGENTS);
        Table global = a.table(Tables.GLOBAL);
        double[] firmAgents = global.doubles(Columns.FIRM_AGENTS);
        double[] platformAgents = global.doubles(Columns.PLATFORM_AGENTS);
        double[] machineAgents = global.doubles(Columns.MACHINE_AGENTS);
        double[] machineOutput = global.doubles(Columns.MACHINE_OUTPUT);
        double[] crowdPay = global.doubles(Columns.CROWD_PAY);
        double[] automatedValue = global.doubles(Columns.AUTOMATED_VALUE);
        double[] communityValue = global.doubles(Columns.COMMUNITY_VALUE);
        a.metric(MACHINE_AGENTS, () -> machineAgents[0]);
        a.metric(MACHINE_COMMUNITIES, () -> machineAgents[0] / perCommunity);
        a.metric(AGENT_FIRM_SHARE, () -> {
            double all = firmAgents[0] + platformAgents[0] + machineAgents[0];
            return all > 0 ? firmAgents[0] / all : 0.0;
        });
        a.metric(CROWD_PAY, () -> crowdPay[0]);
        return context -> {
            double total = 0;
            for (int j = 0; j < cap.length; j++) {
                agents[j] = exists[j] ? kappa * n * StrictMath.log1p(cap[j]) : 0.0;
                total += agents[j];
            }
            double prior = total / 3.0 + 1e-9;
            double[] value = {automatedValue[0], crowdRate * demand, communityValue[0]};
            double[] supply = {firmAgents[0], platformAgents[0], machineAgents[0]};
            double[] r = new double[3];
            double best = 0;
            for (int o = 0; o < 3; o++) {
                r[o] = value[o] / (supply[o] + prior);
                best = Math.max(best, r[o]);
            }
            double[] next = new double[3];
            double[] weight = new double[3];
            for (int j = 0; j < cap.length; j++) {
                if (agents[j] == 0.0) {
                    continue;
                }
                double sum = 0;
                for (int o = 0; o < 3; o++) {
                    boolean allowed = allowed(ownerKind[j], o, machines);
                    weight[o] = allowed ? StrictMath.exp(beta * (best > 0 ? r[o] / best : 0.0)) : 0.0;
                    sum += weight[o];
                }
                for (int o = 0; o < 3; o++) {
                    next[o] += agents[j] * weight[o] / sum;
                }
            }
            firmAgents[0] = next[F];
            platformAgents[0] = next[P];
            machineAgents[0] = next[C];
            machineOutput[0] = qM * next[C];
            crowdPay[0] = crowdRate * demand / (demand + next[P]);
        };
    }

    /**
     * The owner's constraint on where a model's agents work.
     *
     * @param ownerKind the model's owner kind
     * @param option 0 firm tasks, 1 platform work, 2 machine community
     * @param machines whether machine communities are allowed
     * @return whether the model's agents may supply the option
     */
    static boolean allowed(byte ownerKind, int option, boolean machines) {
        if (option == C && !machines) {
            return false;
        }
        return switch (ownerKind) {
            case Teams.FIRM -> option != C;
            case Teams.STATE -> option != P;
            default -> true;
        };
    }
}
