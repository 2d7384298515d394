package org.cloudnations.sim.model.ai;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A14) Capability and power (phase {@code accounts}, last): each state's capability (its teams'
 * best, or its firms' mean), its sovereign capability (its teams' best or the free frontier), and
 * the power composite of economic, military, financial and communicative shares; the Gini
 * coefficients of capability across firms and states, the open models' share of users and the
 * power HHI.
 *
 * <p>Reads {@code firms.state, capability}, {@code states.output, profit}, {@code teams.home, open,
 * capability, users}, {@code global.free_model}; writes nothing.
 */
public final class Power implements Rule {
    static final MetricSpec GINI_FIRMS = MetricSpec.index("ai_capability_gini_firms",
            "Gini coefficient of AI capability used across firms");
    static final MetricSpec GINI_STATES = MetricSpec.index("ai_capability_gini_states",
            "Gini coefficient of AI capability across states");
    static final MetricSpec OPEN_SHARE = MetricSpec.share("open_share", "share of AI users on open models");
    static final MetricSpec POWER_HHI = MetricSpec.index("power_hhi",
            "Herfindahl-Hirschman index of states' power composite (economic, military, financial, communicative)");

    @Override
    public String name() {
        return "ai-power";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.RACING_TEAMS);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(GINI_FIRMS, GINI_STATES, OPEN_SHARE, POWER_HHI);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Composite(a);
    }

    /** The bound rule and this tick's results. */
    private static final class Composite implements RuleStep, RuleState {
        private final int teams;
        private final int[] firmState;
        private final double[] firmCapability;
        private final double[] stateOutput;
        private final double[] stateProfit;
        private final int[] home;
        private final boolean[] open;
        private final double[] capability;
        private final long[] users;
        private final int[] freeModel;
        private final double[] stateCap;
        private final double[] firmCount;
        private final double[] comm;
        private final double[] sovereign;
        private final double[] military;
        private final double[] financial;
        private final double[] power;
        private double openShare;
        private double hhi;

        Composite(Assembly a) {
            teams = a.parameters().getInt("racing_teams");
            Table firms = a.table(Tables.FIRMS);
            firmState = firms.ints("state");
            firmCapability = firms.doubles("capability");
            Table states = a.table(Tables.STATES);
            stateOutput = states.doubles("output");
            stateProfit = states.doubles("profit");
            Table t = a.table(Tables.TEAMS);
            home = t.ints("home");
            open = t.booleans("open");
            capability = t.doubles("capability");
            users = t.longs("users");
            freeModel = a.table(Tables.GLOBAL).ints("free_model");
            int s0 = states.size();
            stateCap = new double[s0];
            firmCount = new double[s0];
            comm = new double[s0];
            sovereign = new double[s0];
            military = new double[s0];
            financial = new double[s0];
            power = new double[s0];
            a.metric(GINI_FIRMS, () -> Math.max(0.0, Inequality.gini(firmCapability)));
            a.metric(GINI_STATES, () -> Math.max(0.0, Inequality.gini(stateCap)));
            a.metric(OPEN_SHARE, () -> openShare);
            a.metric(POWER_HHI, () -> hhi);
        }

        @Override
        public void step(TickContext context) {
            Arrays.fill(stateCap, 0.0);
            Arrays.fill(firmCount, 0.0);
            Arrays.fill(comm, 0.0);
            for (int f = 0; f < firmState.length; f++) {
                stateCap[firmState[f]] += firmCapability[f];
                firmCount[firmState[f]]++;
            }
            long allUsers = 0;
            long openUsers = 0;
            for (int j = 0; j < users.length; j++) {
                allUsers += users[j];
                if (open[j]) {
                    openUsers += users[j];
                }
            }
            int free = freeModel[0];
            double freeCapability = free < 0 ? 0.0 : capability[free];
            for (int s = 0; s < stateCap.length; s++) {
                stateCap[s] = firmCount[s] > 0 ? stateCap[s] / firmCount[s] : 0.0;
                sovereign[s] = freeCapability;
            }
            for (int j = 0; j < teams; j++) {
                int h = home[j];
                stateCap[h] = Math.max(stateCap[h], capability[j]);
                sovereign[h] = Math.max(sovereign[h], capability[j]);
                comm[h] += users[j];
            }
            for (int s = 0; s < stateCap.length; s++) {
                military[s] = stateOutput[s] * sovereign[s];
                financial[s] = Math.max(0.0, stateProfit[s]);
            }
            double[] econShare = shares(stateOutput, 0);
            double[] milShare = shares(military, 0);
            double[] finShare = shares(financial, 0);
            double[] commShare = shares(comm, allUsers);
            for (int s = 0; s < power.length; s++) {
                power[s] = 0.25 * (econShare[s] + milShare[s] + finShare[s] + commShare[s]);
            }
            hhi = Inequality.hhi(power);
            openShare = allUsers > 0 ? (double) openUsers / allUsers : 0.0;
        }

        /** @return each value over the total ({@code total} if positive, else the values' sum); zeros if none */
        private static double[] shares(double[] values, double total) {
            double sum = total;
            if (!(sum > 0)) {
                sum = 0;
                for (double v : values) {
                    sum += v;
                }
            }
            double[] out = new double[values.length];
            if (sum > 0) {
                for (int k = 0; k < values.length; k++) {
                    out[k] = values[k] / sum;
                }
            }
            return out;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeDouble(openShare);
            out.writeDouble(hhi);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            openShare = in.readDouble();
            hhi = in.readDouble();
        }
    }
}
