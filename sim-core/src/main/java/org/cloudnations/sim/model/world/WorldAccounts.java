package org.cloudnations.sim.model.world;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.exit.ExitRule;
import org.cloudnations.sim.model.labour.TaskProduction;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Tolerance;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.ColumnIO;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (W4) The accounts after the individuals' pass. Firms produce with tasks
 * ({@link TaskProduction}, N = 1, automation {@code I_f}): TFP {@code z_s * loss_s} times the
 * commons gain {@code 1 + theta_C C / (C + C_half)} of an integrating firm, labour the employees'
 * skill, capital {@code k_0 L_f} plus the agents supplied to firm tasks in proportion to
 * {@code I_f L_f}; the wage per unit of skill is the task model's. Communities: productivity
 * {@code phi_k = q (1 + M_k / Mbar)^gamma (1 + omega O)} ((E3) of the exit model times the open
 * model's tool level O), capability-type supply {@code Q_c} of human and machine output, price
 * {@code rho_c = (2 D / (D + Q_c))^eta}. States: job finding {@code m (1 - I_s)}, output, and the
 * power composite {@code w_Y Y_s + w_C C_s + w_A A_s} (each as a share of its total): output, the
 * cloud assets of OFFSHORE and LEAGUE states (their community members' income, row 0.10) and the AI
 * capability of the teams at home.
 */
public final class WorldAccounts implements Rule {
    static final MetricSpec WAGE_SHARE = new MetricSpec("wage_share", "1", "wage bill over firms' output");
    static final MetricSpec OUTPUT_PER_CAPITA = new MetricSpec("output_per_capita", "income",
            "firms' output plus home and community income, per individual");
    static final MetricSpec COMMUNITY_PRODUCTIVITY = new MetricSpec("community_productivity", "income",
            "member-weighted mean of phi_k, the communities' income per unit of skill before price");
    static final MetricSpec RARITY_PREMIUM = new MetricSpec("rarity_premium", "1",
            "member-weighted mean price rho of human communities' capability types");
    static final MetricSpec MACHINE_OUTPUT_SHARE = new MetricSpec("machine_output_share", "1",
            "machine communities' share of the communities' valued output");
    static final MetricSpec COMMONS = new MetricSpec("commons_stock", "income",
            "communities' valued output per individual (the commons firms integrate)");
    static final MetricSpec POWER_HHI = MetricSpec.index("power_hhi", "Herfindahl index of the states' power shares");
    static final MetricSpec AI_POWER_HHI = MetricSpec.index("ai_power_hhi",
            "Herfindahl index of the states' shares of home AI capability");
    static final MetricSpec POWER_LEAGUE = new MetricSpec("power_league", "1", "power share of the LEAGUE states");
    static final MetricSpec POWER_SQUEEZE = new MetricSpec("power_squeeze", "1", "power share of the SQUEEZE states");
    static final MetricSpec INCOME_LEAGUE = new MetricSpec("income_league", "income",
            "output per resident of the LEAGUE states");
    static final MetricSpec INCOME_SQUEEZE = new MetricSpec("income_squeeze", "income",
            "output per resident of the SQUEEZE states");

    @Override
    public String name() {
        return "world-accounts";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(WorldParameters.COMMONS_GAIN, WorldParameters.COMMONS_HALF, WorldParameters.CAPITAL_FLOOR,
                WorldParameters.MATCHING_RATE, WorldParameters.COMMUNITY_RATE, WorldParameters.COMMUNITY_RETURNS,
                WorldParameters.OPEN_BOOST, WorldParameters.CAPABILITY_DEMAND, WorldParameters.RARITY_ELASTICITY,
                WorldParameters.CAPABILITY_TYPES, WorldParameters.POWER_OUTPUT, WorldParameters.POWER_CLOUD,
                WorldParameters.POWER_AI);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(WAGE_SHARE, OUTPUT_PER_CAPITA, COMMUNITY_PRODUCTIVITY, RARITY_PREMIUM, MACHINE_OUTPUT_SHARE,
                COMMONS, POWER_HHI, AI_POWER_HHI, POWER_LEAGUE, POWER_SQUEEZE, INCOME_LEAGUE, INCOME_SQUEEZE);
    }

    @Override
    public RuleStep bind(Assembly a) {
        Accounts accounts = new Accounts(a);
        a.keep(accounts);
        a.metric(WAGE_SHARE, () -> accounts.wageShare);
        a.metric(OUTPUT_PER_CAPITA, () -> accounts.outputPerCapita);
        a.metric(COMMUNITY_PRODUCTIVITY, () -> accounts.communityProductivity);
        a.metric(RARITY_PREMIUM, () -> accounts.rarityPremium);
        a.metric(MACHINE_OUTPUT_SHARE, () -> accounts.machineShare);
        a.metric(COMMONS, () -> accounts.commons[0]);
        a.metric(POWER_HHI, () -> accounts.powerHhi);
        a.metric(AI_POWER_HHI, () -> accounts.aiHhi);
        a.metric(POWER_LEAGUE, () -> accounts.policyPower[Columns.LEAGUE]);
        a.metric(POWER_SQUEEZE, () -> accounts.policyPower[Columns.SQUEEZE]);
        a.metric(INCOME_LEAGUE, () -> accounts.policyIncome[Columns.LEAGUE]);
        a.metric(INCOME_SQUEEZE, () -> accounts.policyIncome[Columns.SQUEEZE]);
        a.identity("the states' output sums to the firms' output plus home income", Tolerance.rounding(),
                accounts::outputAccount);
        a.invariant("every firm's wage bill equals the labour share (1 - I_f) Y_f of its output, and is below it "
                + "when its labour is below 1 (to 1e-9 of the output)", accounts::wagesWithinLabourShare);
        return context -> accounts.run();
    }

    /** The bound accounts: firms, communities, states. */
    private static final class Accounts implements RuleState {
        private final int n;
        private final double thetaC;
        private final double cHalf;
        private final double k0;
        private final double matching;
        private final double q;
        private final double gamma;
        private final double omega;
        private final double demand;
        private final double eta;
        private final int types;
        private final double[] powerWeight;
        private final int[] firmState;
        private final boolean[] integrating;
        private final double[] automation;
        private final double[] labour;
        private final double[] firmWage;
        private final double[] firmOutput;
        private final double[] productivity;
        private final double[] loss;
        private final double[] stateWage;
        private final double[] jobFinding;
        private final double[] homeIncome;
        private final long[] stateMembers;
        private final long[] population;
        private final int[] policy;
        private final double[] gdp;
        private final double[] power;
        private final int[] type;
        private final long[] members;
        private final double[] skillSum;
        private final double[] phi;
        private final double[] price;
        private final double[] teamCap;
        private final int[] teamHome;
        private final double[] commons;
        private final double[] openTools;
        private final double[] firmAgents;
        private final double[] machineOutput;
        private final double[] automatedValue;
        private final double[] communityValue;
        private final double[] policyPower = new double[4];
        private final double[] policyIncome = new double[4];
        private double wageShare;
        private double outputPerCapita;
        private double communityProductivity;
        private double rarityPremium;
        private double machineShare;
        private double powerHhi;
        private double aiHhi;

        Accounts(Assembly a) {
            Parameters p = a.parameters();
            n = a.table(Tables.INDIVIDUALS).size();
            thetaC = p.getDouble("commons_gain");
            cHalf = p.getDouble("commons_half");
            k0 = p.getDouble("capital_floor");
            matching = p.getDouble("matching_rate");
            q = p.getDouble("community_rate");
            gamma = p.getDouble("community_returns");
            omega = p.getDouble("open_boost");
            types = p.getInt("capability_types");
            demand = p.getDouble("capability_demand") * n / types;
            eta = p.getDouble("rarity_elasticity");
            powerWeight = new double[] {p.getDouble("power_output"), p.getDouble("power_cloud"), p.getDouble("power_ai")};
            Table ft = a.table(Tables.FIRMS);
            firmState = ft.ints(Columns.STATE);
            integrating = ft.booleans(Columns.INTEGRATING);
            automation = ft.doubles(Columns.AUTOMATION);
            labour = ft.doubles(Columns.LABOUR);
            firmWage = ft.doubles(Columns.WAGE);
            firmOutput = ft.doubles(Columns.OUTPUT);
            Table st = a.table(Tables.STATES);
            productivity = st.doubles(Columns.PRODUCTIVITY);
            loss = st.doubles(Columns.OUTPUT_LOSS);
            stateWage = st.doubles(Columns.WAGE);
            jobFinding = st.doubles(Columns.JOB_FINDING);
            homeIncome = st.doubles(Columns.HOME_INCOME);
            stateMembers = st.longs(Columns.MEMBERS);
            population = st.longs(Columns.POPULATION);
            policy = st.ints(Columns.POLICY);
            gdp = st.doubles(Columns.GDP);
            power = st.doubles(Columns.POWER);
            Table ct = a.table(Tables.COMMUNITIES);
            type = ct.ints(Columns.TYPE);
            members = ct.longs(Columns.MEMBERS);
            skillSum = ct.doubles(Columns.SKILL_SUM);
            phi = ct.doubles(Columns.PRODUCTIVITY);
            price = ct.doubles(Columns.PRICE);
            Table tt = a.table(Tables.TEAMS);
            teamCap = tt.doubles(Columns.CAPABILITY);
            teamHome = tt.ints(Columns.HOME_STATE);
            Table global = a.table(Tables.GLOBAL);
            commons = global.doubles(Columns.COMMONS);
            openTools = global.doubles(Columns.OPEN_TOOLS);
            firmAgents = global.doubles(Columns.FIRM_AGENTS);
            machineOutput = global.doubles(Columns.MACHINE_OUTPUT);
            automatedValue = global.doubles(Columns.AUTOMATED_VALUE);
            communityValue = global.doubles(Columns.COMMUNITY_VALUE);
        }

        /** @return the output account's signed terms (checking mode only) */
        double[] outputAccount() {
            double firms = 0;
            for (double y : firmOutput) {
                firms += y;
            }
            double home = 0;
            double states = 0;
            for (int s = 0; s < gdp.length; s++) {
                home += homeIncome[s];
                states += gdp[s];
            }
            return new double[] {states, -firms, -home};
        }

        /**
         * (T3) firm by firm: the wage is posted at {@code L = max(L_f, 1)}, so a firm whose labour
         * is below one unit of skill pays less than the labour share (checking mode only).
         *
         * @return whether every firm's wage bill is the labour share of its output (below it when
         *         {@code L_f < 1})
         */
        boolean wagesWithinLabourShare() {
            for (int f = 0; f < labour.length; f++) {
                double bill = firmWage[f] * labour[f];
                double share = (1 - automation[f]) * firmOutput[f];
                double slack = Tolerance.ROUNDING * StrictMath.max(firmOutput[f], bill);
                boolean holds = labour[f] >= 1 ? StrictMath.abs(bill - share) <= slack : bill <= share + slack;
                if (!holds) {
                    return false;
                }
            }
            return true;
        }

        void run() {
            int states = gdp.length;
            double memberIncome = communities(states);
            double gain = thetaC * commons[0] / (commons[0] + cHalf);
            double automatedLabour = 0;
            for (int f = 0; f < labour.length; f++) {
                automatedLabour += automation[f] * labour[f];
            }
            double wageBill = 0;
            double output = 0;
            double automated = 0;
            double[] stateLabour = new double[states];
            double[] stateAutomation = new double[states];
            double[] stateWageBill = new double[states];
            Arrays.fill(gdp, 0.0);
            for (int f = 0; f < labour.length; f++) {
                int s = firmState[f];
                double tfp = productivity[s] * Math.max(loss[s], 1e-6) * (integrating[f] ? 1 + gain : 1.0);
                double l = Math.max(labour[f], 1.0);
                double i = automation[f];
                double k = k0 * l + (automatedLabour > 0 ? firmAgents[0] * i * l / automatedLabour : 0.0);
                firmWage[f] = TaskProduction.wage(tfp, k, l, 1.0, i);
                firmOutput[f] = labour[f] > 0 ? TaskProduction.output(tfp, k, labour[f], 1.0, i) : 0.0;
                wageBill += firmWage[f] * labour[f];
                output += firmOutput[f];
                automated += i * firmOutput[f];
                gdp[s] += firmOutput[f];
                stateLabour[s] += labour[f];
                stateAutomation[s] += i * labour[f];
                stateWageBill[s] += firmWage[f] * labour[f];
            }
            automatedValue[0] = automated;
            wageShare = output > 0 ? wageBill / output : 0.0;
            double home = 0;
            for (int s = 0; s < states; s++) {
                double meanAutomation = stateLabour[s] > 0 ? stateAutomation[s] / stateLabour[s] : 0.0;
                jobFinding[s] = matching * (1 - meanAutomation);
                stateWage[s] = stateLabour[s] > 0 ? stateWageBill[s] / stateLabour[s] : productivity[s];
                gdp[s] += homeIncome[s];
                home += homeIncome[s];
            }
            outputPerCapita = (output + home + communityValue[0]) / n;
            power(states, memberIncome);
        }

        /** @return the mean income of a community member, for the states' cloud assets */
        private double communities(int states) {
            double[] supply = new double[types];
            double machinePerType = machineOutput[0] / types;
            double reference = (double) n / members.length;
            double boost = 1 + omega * openTools[0];
            long allMembers = 0;
            double weighted = 0;
            for (int k = 0; k < members.length; k++) {
                phi[k] = ExitRule.productivity(q, members[k], reference, gamma) * boost;
                supply[type[k]] += phi[k] * skillSum[k];
                allMembers += members[k];
                weighted += phi[k] * members[k];
            }
            double[] typePrice = new double[types];
            double machineValue = 0;
            for (int c = 0; c < types; c++) {
                supply[c] += machinePerType;
                typePrice[c] = StrictMath.pow(2 * demand / (demand + supply[c]), eta);
                machineValue += machinePerType * typePrice[c];
            }
            double humanValue = 0;
            double premium = 0;
            for (int k = 0; k < members.length; k++) {
                price[k] = typePrice[type[k]];
                humanValue += phi[k] * skillSum[k] * price[k];
                premium += price[k] * members[k];
            }
            communityProductivity = allMembers > 0 ? weighted / allMembers : phi[0];
            rarityPremium = allMembers > 0 ? premium / allMembers : 0.0;
            machineShare = humanValue + machineValue > 0 ? machineValue / (humanValue + machineValue) : 0.0;
            communityValue[0] = humanValue + machineValue;
            commons[0] = communityValue[0] / n;
            return allMembers > 0 ? humanValue / allMembers : 0.0;
        }

        private void power(int states, double memberIncome) {
            double[][] parts = new double[3][states];
            for (int s = 0; s < states; s++) {
                parts[0][s] = gdp[s];
                boolean integrates = policy[s] == Columns.OFFSHORE || policy[s] == Columns.LEAGUE;
                parts[1][s] = integrates ? stateMembers[s] * memberIncome : 0.0;
            }
            for (int j = 0; j < teamCap.length - 2; j++) {
                if (teamHome[j] >= 0) {
                    parts[2][teamHome[j]] += teamCap[j];
                }
            }
            Arrays.fill(power, 0.0);
            for (int d = 0; d < 3; d++) {
                double total = 0;
                for (double v : parts[d]) {
                    total += v;
                }
                for (int s = 0; s < states && total > 0; s++) {
                    power[s] += powerWeight[d] * parts[d][s] / total;
                }
            }
            powerHhi = Inequality.hhi(power);
            aiHhi = Inequality.hhi(parts[2]);
            double totalPower = 0;
            for (double v : power) {
                totalPower += v;
            }
            Arrays.fill(policyPower, 0.0);
            double[] groupGdp = new double[4];
            long[] groupPop = new long[4];
            for (int s = 0; s < states; s++) {
                policyPower[policy[s]] += totalPower > 0 ? power[s] / totalPower : 0.0;
                groupGdp[policy[s]] += gdp[s];
                groupPop[policy[s]] += population[s];
            }
            for (int g = 0; g < 4; g++) {
                policyIncome[g] = groupPop[g] > 0 ? groupGdp[g] / groupPop[g] : 0.0;
            }
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            ColumnIO.write(out, policyPower);
            ColumnIO.write(out, policyIncome);
            out.writeDouble(wageShare);
            out.writeDouble(outputPerCapita);
            out.writeDouble(communityProductivity);
            out.writeDouble(rarityPremium);
            out.writeDouble(machineShare);
            out.writeDouble(powerHhi);
            out.writeDouble(aiHhi);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            ColumnIO.read(in, policyPower, "policyPower");
            ColumnIO.read(in, policyIncome, "policyIncome");
            wageShare = in.readDouble();
            outputPerCapita = in.readDouble();
            communityProductivity = in.readDouble();
            rarityPremium = in.readDouble();
            machineShare = in.readDouble();
            powerHhi = in.readDouble();
            aiHhi = in.readDouble();
        }
    }
}
