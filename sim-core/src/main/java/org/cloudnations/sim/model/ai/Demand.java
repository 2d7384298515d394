package org.cloudnations.sim.model.ai;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Tolerance;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A13) Platforms, capital income, taxes, dividend, demand and value (phase {@code accounts},
 * after {@link LabourIncomes}): the platforms take their cut and capture the share
 * {@code epsilon PP / (1 + PP)} of the commons output (PP: last tick's platform power); the
 * models' revenue goes to their owners; each state taxes its firms' positive capital income and
 * pays the data dividend; demand (workers spend {@code c_W}, owners {@code c_K}, states all) against
 * market output gives the demand gap; living labour hours against output give the value ratio.
 *
 * <p>Reads {@code firms.state}, {@code states.platform_take, unemployed}, {@code teams.owner_kind,
 * owner, revenue}, {@code global.output, wages, gig_output, crowd_output, freelance_output,
 * tool_fees, community_output, labour_tax}; adds to {@code firms.profit} and {@code
 * states.revenue}; writes {@code states.profit}, {@code global.platform_power, demand_gap}.
 */
public final class Demand implements Rule {
    static final MetricSpec WAGE_SHARE = new MetricSpec("wage_share", "1",
            "labour income (wages, elite premium, gig, crowd, freelance and community income) over output");
    static final MetricSpec VALUE_WEALTH_RATIO = new MetricSpec("value_wealth_ratio", "hours/output",
            "living labour hours (one per working individual) per unit of output: value over wealth");
    static final MetricSpec OUTPUT_PER_CAPITA = new MetricSpec("output_per_capita", "output/individual",
            "market output per individual");
    static final MetricSpec DEMAND_GAP = MetricSpec.share("demand_gap",
            "unsold share of output: max(0, 1 - demand / output)");
    static final MetricSpec PLATFORM_POWER = new MetricSpec("platform_power", "1",
            "platforms' revenue over all states' revenue");
    static final MetricSpec COMMONS_CAPTURED = new MetricSpec("commons_captured", "1",
            "share of commons output captured by platforms");
    static final MetricSpec BASIC_INCOME = new MetricSpec("basic_income", "income/individual",
            "data dividend paid per individual");

    @Override
    public String name() {
        return "ai-demand";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.INDIVIDUALS, AiParameters.RACING_TEAMS, AiParameters.PLATFORMS,
                AiParameters.PLATFORM_CUT, AiParameters.ENCLOSURE, AiParameters.CAPITAL_TAX_RATE,
                AiParameters.DATA_DIVIDEND, AiParameters.WAGE_CONSUMPTION, AiParameters.CAPITAL_CONSUMPTION);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(WAGE_SHARE, VALUE_WEALTH_RATIO, OUTPUT_PER_CAPITA, DEMAND_GAP, PLATFORM_POWER,
                COMMONS_CAPTURED, BASIC_INCOME);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Accounts(a);
    }

    /** The bound rule and this tick's totals. */
    private static final class Accounts implements RuleStep, RuleState {
        private final int size;
        private final int teams;
        private final int platforms;
        private final double cut;
        private final double enclosure;
        private final double capitalTaxRate;
        private final double dataDividend;
        private final double wageConsumption;
        private final double capitalConsumption;
        private final int[] firmState;
        private final double[] profit;
        private final double[] platformTake;
        private final long[] unemployed;
        private final double[] stateRevenue;
        private final double[] stateProfit;
        private final byte[] ownerKind;
        private final int[] owner;
        private final double[] revenue;
        private final double[] output;
        private final double[] wages;
        private final double[] gig;
        private final double[] crowd;
        private final double[] freelance;
        private final double[] toolFees;
        private final double[] community;
        private final double[] labourTax;
        private final double[] platformPower;
        private final double[] demandGap;
        private double supply;
        private double labourIncome;
        private long working;
        private double captureShare;
        private double dividend;

        Accounts(Assembly a) {
            Parameters p = a.parameters();
            size = p.getInt("individuals");
            teams = p.getInt("racing_teams");
            platforms = p.getInt("platforms");
            cut = platforms > 0 ? p.getDouble("platform_cut") : 0.0;
            enclosure = p.getDouble("enclosure");
            capitalTaxRate = p.getDouble("capital_tax_rate");
            dataDividend = p.getDouble("data_dividend");
            wageConsumption = p.getDouble("wage_consumption");
            capitalConsumption = p.getDouble("capital_consumption");
            Table firms = a.table(Tables.FIRMS);
            firmState = firms.ints("state");
            profit = firms.doubles("profit");
            Table states = a.table(Tables.STATES);
            platformTake = states.doubles("platform_take");
            unemployed = states.longs("unemployed");
            stateRevenue = states.doubles("revenue");
            stateProfit = states.doubles("profit");
            Table t = a.table(Tables.TEAMS);
            ownerKind = t.bytes("owner_kind");
            owner = t.ints("owner");
            revenue = t.doubles("revenue");
            Table global = a.table(Tables.GLOBAL);
            output = global.doubles("output");
            wages = global.doubles("wages");
            gig = global.doubles("gig_output");
            crowd = global.doubles("crowd_output");
            freelance = global.doubles("freelance_output");
            toolFees = global.doubles("tool_fees");
            community = global.doubles("community_output");
            labourTax = global.doubles("labour_tax");
            platformPower = global.doubles("platform_power");
            demandGap = global.doubles("demand_gap");
            a.metric(WAGE_SHARE, () -> supply > 0 ? labourIncome / supply : 0.0);
            a.metric(VALUE_WEALTH_RATIO, () -> supply > 0 ? working / supply : 0.0);
            a.metric(OUTPUT_PER_CAPITA, () -> supply / size);
            a.metric(DEMAND_GAP, () -> demandGap[0]);
            a.metric(PLATFORM_POWER, () -> platformPower[0]);
            a.metric(COMMONS_CAPTURED, () -> captureShare);
            a.metric(BASIC_INCOME, () -> dividend / size);
            a.identity("market output = labour income + capital income of firms and platforms + fee income of "
                    + "models not owned by firms", Tolerance.rounding(),
                    () -> new double[] {supply, -labourIncome, -sum(profit), -feesNotToFirms()});
            a.identity("the states' capital income sums to the firms' capital income", Tolerance.rounding(),
                    () -> new double[] {sum(stateProfit), -sum(profit)});
            a.identity("the states' revenue = labour tax + capital tax + fee income of models not owned by firms",
                    Tolerance.rounding(), () -> new double[] {sum(stateRevenue), -labourTax[0], -capitalTax(),
                        -feesNotToFirms()});
        }

        /**
         * @return the licence and tool fees of this tick paid to models owned by states or the
         *         community (checking mode)
         */
        private double feesNotToFirms() {
            double fees = 0;
            for (int j = 0; j < teams; j++) {
                if (revenue[j] > 0 && ownerKind[j] != Teams.FIRM) {
                    fees += revenue[j];
                }
            }
            return fees;
        }

        /** @return the capital tax of this tick, {@code tau_K} times the states' positive capital income */
        private double capitalTax() {
            double positive = 0;
            for (double p : stateProfit) {
                positive += Math.max(0.0, p);
            }
            return capitalTaxRate * positive;
        }

        private static double sum(double[] values) {
            double total = 0;
            for (double v : values) {
                total += v;
            }
            return total;
        }

        @Override
        public void step(TickContext context) {
            double pp = platformPower[0];
            captureShare = enclosure * pp / (1.0 + pp);
            double captured = platforms > 0 ? captureShare * community[0] : 0.0;
            for (int s = 0; s < platformTake.length; s++) {
                if (platformTake[s] > 0) {
                    profit[s % platforms] += platformTake[s];
                }
            }
            for (int k = 0; k < platforms; k++) {
                profit[k] += captured / platforms;
            }
            for (int j = 0; j < teams; j++) {
                if (revenue[j] > 0) {
                    if (ownerKind[j] == Teams.FIRM) {
                        profit[owner[j]] += revenue[j];
                    } else {
                        stateRevenue[owner[j]] += revenue[j];
                    }
                }
            }
            double platformRevenue = 0;
            for (int k = 0; k < platforms; k++) {
                platformRevenue += profit[k];
            }
            Arrays.fill(stateProfit, 0.0);
            for (int f = 0; f < firmState.length; f++) {
                stateProfit[firmState[f]] += profit[f];
            }
            double ownersSpending = 0;
            dividend = 0;
            for (int s = 0; s < stateProfit.length; s++) {
                double positive = Math.max(0.0, stateProfit[s]);
                double tax = capitalTaxRate * positive;
                double div = dataDividend * positive;
                stateRevenue[s] += tax;
                dividend += div;
                ownersSpending += capitalConsumption * Math.max(0.0, stateProfit[s] - tax - div);
            }
            double stateTotal = 0;
            for (double r : stateRevenue) {
                stateTotal += r;
            }
            platformPower[0] = stateTotal > 0 ? Math.max(0.0, platformRevenue) / stateTotal : 0.0;
            supply = output[0] + gig[0] + crowd[0] + freelance[0] + community[0] + captured;
            labourIncome = wages[0] + (1.0 - cut) * (gig[0] + crowd[0]) + freelance[0] - toolFees[0] + community[0];
            double demand = wageConsumption * (labourIncome - labourTax[0] + dividend) + ownersSpending + stateTotal;
            demandGap[0] = supply > 0 ? Math.max(0.0, 1.0 - demand / supply) : 0.0;
            long seekers = 0;
            for (long u : unemployed) {
                seekers += u;
            }
            working = size - seekers;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeDouble(supply);
            out.writeDouble(labourIncome);
            out.writeLong(working);
            out.writeDouble(captureShare);
            out.writeDouble(dividend);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            supply = in.readDouble();
            labourIncome = in.readDouble();
            working = in.readLong();
            captureShare = in.readDouble();
            dividend = in.readDouble();
        }
    }
}
