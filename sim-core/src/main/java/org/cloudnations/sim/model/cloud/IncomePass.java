package org.cloudnations.sim.model.cloud;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.Tolerance;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * The bound {@link Incomes} rule (C14) and its metrics.
 *
 * <p>Reads {@code individuals.skill, digital, residence, unit, e_residency, kind, flags};
 * {@code states.tax, labour_factor, cloud_tax, state_gain}; {@code firms.integrating_weight};
 * {@code communities.phi}; {@code global.crowd_demand, crisis_multiplier, cloud_crisis_multiplier,
 * elite, elite_transfer, mean_skill}. Writes {@code individuals.wealth}; {@code firms.employees};
 * {@code states.seekers, crowd, cloud_residents, tax_revenue, gdp, cloud_assets};
 * {@code communities.members, output}.
 */
final class IncomePass implements IndividualPass, RuleState {
    private final float[] skill;
    private final float[] digital;
    private final float[] wealth;
    private final int[] residence;
    private final int[] unit;
    private final int[] eResidency;
    private final byte[] kind;
    private final byte[] flags;
    private final double[] tax;
    private final double[] labourFactor;
    private final double[] cloudTax;
    private final double[] stateGain;
    private final double[] integratingWeight;
    private final double[] phi;
    private final double[] crowdDemand;
    private final double[] crisisMultiplier;
    private final double[] cloudCrisisMultiplier;
    private final int[] elite;
    private final double[] eliteTransferPerMember;
    // what it stores
    private final long[] firmEmployees;
    private final long[] seekers;
    private final long[] crowd;
    private final long[] cloudResidents;
    private final double[] taxRevenue;
    private final double[] gdp;
    private final double[] cloudAssets;
    private final long[] members;
    private final double[] output;
    // parameters
    private final double benefit;
    private final double crowdRateParameter;
    private final double fee;
    private final double saving;
    private final double[] capitalFactor;
    private final double[] topFactor;
    private final double n;
    private final double meanSkill;
    // tally slots
    private final int sIncome;
    private final int sCloudIncome;
    private final int sCloudSkill;
    private final int sEliteIncome;
    private final int sFees;
    private final int sTax;
    private final int sGdp;
    private final int sAssets;
    private final int sOutput;
    private final int cElite;
    private final int cFirmEmp;
    private final int cSeek;
    private final int cMembers;
    private final int cCrowd;
    private final int cCloudRes;
    private final int cIncomeBins;
    private final int cWealthBins;
    // this tick's values
    private double crowdRate;
    private double crisis;
    private double cloudCrisis;
    private int eliteCommunity;
    private double eliteTransfer;
    // the tallies of the last tick
    private double income;
    private double cloudIncome;
    private double cloudSkill;
    private double eliteIncome;
    private double fees;
    private long eliteMembers;
    /**
     * The individuals' wealth before this tick's pass, for the saving identity (checking mode; 0 at
     * first; NaN after a checkpoint is restored, when it is unknown: the identity resumes a tick later).
     */
    private double wealthBefore;
    private final long[] incomeBins = new long[Bins.COUNT];
    private final long[] wealthBins = new long[Bins.COUNT];

    IncomePass(Assembly a) {
        Parameters p = a.parameters();
        Table people = a.table(Tables.INDIVIDUALS);
        Table states = a.table(Tables.STATES);
        Table firms = a.table(Tables.FIRMS);
        Table communities = a.table(Tables.COMMUNITIES);
        Table global = a.table(Tables.GLOBAL);
        skill = people.floats(People.SKILL);
        digital = people.floats(People.DIGITAL);
        wealth = people.floats(People.WEALTH);
        residence = people.ints(People.RESIDENCE);
        unit = people.ints(People.UNIT);
        eResidency = people.ints(People.E_RESIDENCY);
        kind = people.bytes(People.KIND);
        flags = people.bytes(People.FLAGS);
        tax = states.doubles(People.TAX);
        labourFactor = states.doubles(People.LABOUR_FACTOR);
        cloudTax = states.doubles(People.CLOUD_TAX);
        stateGain = states.doubles(People.STATE_GAIN);
        integratingWeight = firms.doubles(People.INTEGRATING_WEIGHT);
        phi = communities.doubles(People.PHI);
        crowdDemand = global.doubles(People.CROWD_DEMAND);
        crisisMultiplier = global.doubles(People.CRISIS_MULTIPLIER);
        cloudCrisisMultiplier = global.doubles(People.CLOUD_CRISIS_MULTIPLIER);
        elite = global.ints(People.ELITE);
        eliteTransferPerMember = global.doubles(People.ELITE_TRANSFER);
        firmEmployees = firms.longs(People.EMPLOYEES);
        seekers = states.longs(People.SEEKERS);
        crowd = states.longs(People.CROWD_WORKERS);
        cloudResidents = states.longs(People.CLOUD_RESIDENTS);
        taxRevenue = states.doubles(People.TAX_REVENUE);
        gdp = states.doubles(People.GDP);
        cloudAssets = states.doubles(People.CLOUD_ASSETS);
        members = communities.longs(People.MEMBERS);
        output = communities.doubles(People.OUTPUT);
        benefit = p.getDouble("unemployment_benefit");
        crowdRateParameter = p.getDouble("crowd_rate");
        fee = p.getDouble("offshore_fee");
        saving = p.getDouble("saving_rate");
        capitalFactor = new double[] {1, 1 + p.getDouble("capital_premium")};
        topFactor = new double[] {1, 1 + p.getDouble("top_wage_premium")};
        n = people.size();
        meanSkill = global.doubles(People.MEAN_SKILL)[0];
        int s = states.size();
        int c = communities.size();
        sIncome = a.sums("income", 1);
        sCloudIncome = a.sums("cloud_income", 1);
        sCloudSkill = a.sums("cloud_skill", 1);
        sEliteIncome = a.sums("elite_income", 1);
        sFees = a.sums("fees", 1);
        sTax = a.sums("tax", s);
        sGdp = a.sums("gdp", s);
        sAssets = a.sums("cloud_assets", s);
        sOutput = a.sums("output", c);
        cElite = a.counts("elite_members", 1);
        cFirmEmp = a.counts("firm_employees", firms.size());
        cSeek = a.counts("seekers", s);
        cMembers = a.counts("members", c);
        cCrowd = a.counts("crowd", s);
        cCloudRes = a.counts("cloud_residents", s);
        cIncomeBins = a.counts("income_bins", Bins.COUNT);
        cWealthBins = a.counts("wealth_bins", Bins.COUNT);
        bindMetrics(a);
    }

    @Override
    public void step(TickContext context) {
        crowdRate = crowdRateParameter * crowdDemand[0];
        crisis = crisisMultiplier[0];
        cloudCrisis = cloudCrisisMultiplier[0];
        eliteCommunity = elite[0];
        eliteTransfer = eliteTransferPerMember[0];
    }

    /** (C14) for individuals {@code from} to {@code to - 1}. */
    @Override
    public void apply(int from, int to, Accumulator t) {
        final byte[] kind = this.kind;
        final int[] residence = this.residence;
        final float[] skill = this.skill;
        final float[] wealth = this.wealth;
        final double[] labourFactor = this.labourFactor;
        for (int i = from; i < to; i++) {
            final int s = residence[i];
            double y;
            switch (kind[i]) {
                case People.EMPLOYED: {
                    final int u = unit[i];
                    final byte f = flags[i];
                    final double cap = capitalFactor[f & People.CAPITAL];
                    y = taxedAtHome(t, s, cap * labourFactor[s] * skill[i] * (1 + integratingWeight[u] * stateGain[s])
                            * topFactor[(f & People.TOP) >> 1]);
                    t.increment(cFirmEmp + u);
                    break;
                }
                case People.JOB_SEEKER: {
                    y = benefit * labourFactor[s];
                    t.increment(cSeek + s);
                    break;
                }
                case People.COMMUNITY: {
                    final int u = unit[i];
                    final double h = skill[i];
                    final int e = eResidency[i];
                    double gross = digital[i] * h * phi[u] * cloudCrisis;
                    int taxer = e >= 0 ? e : s;
                    double paid = (e >= 0 ? fee : cloudTax[s]) * gross;
                    y = gross - paid;
                    t.add(sTax + taxer, paid);
                    t.add(sAssets + taxer, gross);
                    t.add(sOutput + u, gross);
                    t.add(sCloudIncome, y);
                    t.add(sCloudSkill, h);
                    t.increment(cMembers + u);
                    t.increment(cCloudRes + s);
                    if (e >= 0) {
                        t.add(sFees, paid);
                    }
                    if (u == eliteCommunity) {
                        y += eliteTransfer;
                        t.add(sEliteIncome, y);
                        t.increment(cElite);
                    }
                    break;
                }
                default: {
                    final double h = skill[i];
                    y = taxedAtHome(t, s, crowdRate * digital[i] * h * crisis);
                    t.increment(cCrowd + s);
                    break;
                }
            }
            double w = wealth[i] + saving * y;
            wealth[i] = (float) w;
            t.add(sIncome, y);
            t.increment(cIncomeBins + Bins.of(y));
            t.increment(cWealthBins + Bins.of(w));
        }
    }

    /**
     * Home-market income (employees, crowd workers): taxed at the state's rate, counted in its tax
     * revenue and home output.
     *
     * @return the net income
     */
    private double taxedAtHome(Accumulator t, int s, double gross) {
        double paid = tax[s] * gross;
        t.add(sTax + s, paid);
        t.add(sGdp + s, gross);
        return gross - paid;
    }

    @Override
    public void finish(Accumulator a) {
        for (int f = 0; f < firmEmployees.length; f++) {
            firmEmployees[f] = a.count(cFirmEmp + f);
        }
        for (int s = 0; s < seekers.length; s++) {
            seekers[s] = a.count(cSeek + s);
            crowd[s] = a.count(cCrowd + s);
            cloudResidents[s] = a.count(cCloudRes + s);
            taxRevenue[s] = a.sum(sTax + s);
            gdp[s] = a.sum(sGdp + s);
            cloudAssets[s] = a.sum(sAssets + s);
        }
        for (int c = 0; c < members.length; c++) {
            members[c] = a.count(cMembers + c);
            output[c] = a.sum(sOutput + c);
        }
        income = a.sum(sIncome);
        cloudIncome = a.sum(sCloudIncome);
        cloudSkill = a.sum(sCloudSkill);
        eliteIncome = a.sum(sEliteIncome);
        fees = a.sum(sFees);
        eliteMembers = a.count(cElite);
        for (int b = 0; b < Bins.COUNT; b++) {
            incomeBins[b] = a.count(cIncomeBins + b);
            wealthBins[b] = a.count(cWealthBins + b);
        }
    }

    private long inCloud() {
        long total = 0;
        for (long m : members) {
            total += m;
        }
        return total;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /** Nothing: the run's state is in the columns; the wealth before the tick is checking-mode bookkeeping. */
    @Override
    public void save(DataOutputStream out) {
        // nothing to write
    }

    /** The wealth before the tick is unknown after a restore: the saving identity resumes a tick later. */
    @Override
    public void restore(DataInputStream in) {
        wealthBefore = Double.NaN;
    }

    /**
     * The terms of the saving account (checking mode only, once per tick): wealth now, minus wealth
     * before the tick, minus {@code s_w} times net income. Wealth starts at 0 ({@link CloudSetup}).
     */
    private double[] savingAccount() {
        double now = 0;
        for (float w : wealth) {
            now += w;
        }
        double[] terms = Double.isNaN(wealthBefore) ? new double[] {0.0}
                : new double[] {now, -wealthBefore, -saving * income};
        wealthBefore = now;
        return terms;
    }

    /** The terms of the income account (checking mode only), from this tick's tallies. */
    private double[] incomeAccount() {
        double benefits = 0;
        for (int s = 0; s < seekers.length; s++) {
            benefits += benefit * labourFactor[s] * seekers[s];
        }
        return new double[] {income, -sum(gdp), -sum(cloudAssets), sum(taxRevenue), -benefits,
            -eliteTransfer * eliteMembers};
    }

    private void bindMetrics(Assembly a) {
        a.metric(Incomes.CLOUD_SHARE, () -> inCloud() / n);
        a.metric(Incomes.CROWD_SHARE, () -> sum(crowd) / n);
        a.invariant("the four labour states' counts (employees, seekers, crowd, cloud residents) sum to N",
                () -> sum(firmEmployees) + sum(seekers) + sum(crowd) + sum(cloudResidents) == (long) n);
        a.invariant("community members are at most N", () -> inCloud() <= (long) n);
        a.identity("net income = home gross income + community gross income - taxes + benefits + elite transfer",
                Tolerance.tallied(3L * (long) n), this::incomeAccount);
        a.identity("wealth grows by the saving rate times net income", Tolerance.floatStorage((long) n),
                this::savingAccount);
        a.identity("community gross income by taxing state = community output by community", Tolerance.rounding(),
                () -> new double[] {sum(cloudAssets), -sum(output)});
        a.metric(Incomes.UNEMPLOYMENT, () -> {
            long employed = sum(firmEmployees);
            long seeking = sum(seekers);
            return employed + seeking == 0 ? 0 : (double) seeking / (employed + seeking);
        });
        a.metric(Incomes.CLOUD_SKILL_RATIO, () -> {
            long in = inCloud();
            return in == 0 ? 0 : (cloudSkill / in) / meanSkill;
        });
        a.metric(Incomes.MEAN_INCOME, () -> income / n);
        a.metric(Incomes.INCOME_GINI, () -> Bins.gini(incomeBins));
        a.metric(Incomes.WEALTH_GINI, () -> Bins.gini(wealthBins));
        a.metric(Incomes.LARGEST_COMMUNITY_SHARE, () -> {
            long in = inCloud();
            long largest = 0;
            for (long m : members) {
                largest = Math.max(largest, m);
            }
            return in == 0 ? 0 : (double) largest / in;
        });
        a.metric(Incomes.OFFSHORE_FEES, () -> fees / n);
        a.metric(Incomes.ELITE_INCOME_RATIO,
                () -> eliteMembers == 0 || income == 0 ? 0 : (eliteIncome / eliteMembers) / (income / n));
    }
}
