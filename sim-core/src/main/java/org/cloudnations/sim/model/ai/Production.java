package org.cloudnations.sim.model.ai;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A12) Production and wages (phase {@code accounts}, first): each firm's output from its AI
 * capital and this tick's labour ({@link FirmProduction}, times the crisis factor and the
 * disasters' output loss), the competitive wage, the wage bill with the elite premium, capital
 * income net of the licence fee (the fee goes to the licensed model's revenue) and the employees
 * as users of the firm's model (A14).
 *
 * <p>Reads {@code firms.state, capital, automation, labour_plain, labour_elite, jobs, model,
 * licensed, licence_fee}, {@code states.productivity, output_loss}, {@code global.crisis,
 * new_tasks, premium, elite_jobs}; writes {@code firms.labour, wage, profit}, {@code
 * states.wage_bill, output}, {@code teams.revenue, users} (both reset here each tick) and {@code
 * global.wages, output}.
 */
public final class Production implements Rule {
    static final MetricSpec ELITE_WAGE_RATIO = new MetricSpec("elite_wage_ratio", "1",
            "mean wage of employed elite AI talent over the mean wage of other employees");

    @Override
    public String name() {
        return "ai-production";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(ELITE_WAGE_RATIO);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Accounts(a);
    }

    /** The bound rule. */
    private static final class Accounts implements RuleStep, RuleState {
        private final int[] firmState;
        private final double[] capital;
        private final double[] automation;
        private final double[] labourPlain;
        private final double[] labourElite;
        private final long[] jobs;
        private final int[] model;
        private final boolean[] licensed;
        private final double[] licenceFee;
        private final double[] labour;
        private final double[] wage;
        private final double[] profit;
        private final double[] productivity;
        private final double[] outputLoss;
        private final double[] stateBill;
        private final double[] stateOutput;
        private final double[] revenue;
        private final long[] users;
        private final double[] crisis;
        private final double[] newTasks;
        private final double[] premium;
        private final long[] eliteJobs;
        private final double[] wagesTotal;
        private final double[] outputTotal;
        private double eliteWageRatio;

        Accounts(Assembly a) {
            Table firms = a.table(Tables.FIRMS);
            firmState = firms.ints("state");
            capital = firms.doubles("capital");
            automation = firms.doubles("automation");
            labourPlain = firms.doubles("labour_plain");
            labourElite = firms.doubles("labour_elite");
            jobs = firms.longs("jobs");
            model = firms.ints("model");
            licensed = firms.booleans("licensed");
            licenceFee = firms.doubles("licence_fee");
            labour = firms.doubles("labour");
            wage = firms.doubles("wage");
            profit = firms.doubles("profit");
            Table states = a.table(Tables.STATES);
            productivity = states.doubles("productivity");
            outputLoss = states.doubles("output_loss");
            stateBill = states.doubles("wage_bill");
            stateOutput = states.doubles("output");
            Table teams = a.table(Tables.TEAMS);
            revenue = teams.doubles("revenue");
            users = teams.longs("users");
            Table global = a.table(Tables.GLOBAL);
            crisis = global.doubles("crisis");
            newTasks = global.doubles("new_tasks");
            premium = global.doubles("premium");
            eliteJobs = global.longs("elite_jobs");
            wagesTotal = global.doubles("wages");
            outputTotal = global.doubles("output");
            a.metric(ELITE_WAGE_RATIO, () -> eliteWageRatio);
        }

        @Override
        public void step(TickContext context) {
            double chi = crisis[0];
            double n = newTasks[0];
            double pi = premium[0];
            Arrays.fill(stateBill, 0.0);
            Arrays.fill(stateOutput, 0.0);
            Arrays.fill(revenue, 0.0);
            Arrays.fill(users, 0L);
            double wages = 0;
            double output = 0;
            double eliteWages = 0;
            double plainWages = 0;
            long employed = 0;
            for (int f = 0; f < firmState.length; f++) {
                int s = firmState[f];
                double plain = labourPlain[f];
                double top = labourElite[f];
                double l = plain + top;
                employed += jobs[f];
                labour[f] = l;
                double y = FirmProduction.output(productivity[s] * chi * outputLoss[s], capital[f], l, n,
                        automation[f]);
                double w = FirmProduction.wage(y, l, n, automation[f]);
                wage[f] = w;
                double bill = w * l + pi * w * top;
                eliteWages += w * (1.0 + pi) * top;
                plainWages += w * plain;
                wages += bill;
                stateBill[s] += bill;
                output += y;
                profit[f] = y - bill;
                if (licensed[f]) {
                    double fee = licenceFee[f];
                    profit[f] -= fee;
                    revenue[model[f]] += fee;
                }
                if (model[f] >= 0) {
                    users[model[f]] += jobs[f];
                }
                stateOutput[s] += y;
            }
            wagesTotal[0] = wages;
            outputTotal[0] = output;
            long elite = eliteJobs[0];
            long nonElite = employed - elite;
            eliteWageRatio = elite > 0 && nonElite > 0 && plainWages > 0
                    ? (eliteWages / elite) / (plainWages / nonElite) : 0.0;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeDouble(eliteWageRatio);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            eliteWageRatio = in.readDouble();
        }
    }
}
