package org.cloudnations.sim.model.exit;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.rule.Tolerance;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * The exit rule over all individuals (phase {@code exit}): (E1) incomes, (E2) the logit exit and
 * return choices of revisers, (E5) taxes and (E6) the tallies of members, exits and returns; and
 * the exit model's metrics, computed from those tallies.
 *
 * <p>Reads {@code individuals.skill, loyalty, digital, home}, {@code states.productivity,
 * population}, {@code communities.phi, cdf}, {@code global.mean_skill}; writes
 * {@code individuals.community} and {@code communities.members}.
 */
public final class ExitChoice implements Rule {
    /** Random stream of the revision and exit/return draws. */
    static final int STREAM = 10;

    static final MetricSpec CLOUD_SHARE = MetricSpec.share("cloud_share",
            "fraction of individuals in cloud communities");
    static final MetricSpec EXITS = MetricSpec.nonNegative("exits", "individuals/tick",
            "individuals who left the home economy this tick");
    static final MetricSpec RETURNS = MetricSpec.nonNegative("returns", "individuals/tick",
            "community members who returned home this tick");
    static final MetricSpec CLOUD_SKILL_RATIO = new MetricSpec("cloud_skill_ratio", "1",
            "mean skill of community members over mean skill of all (0 when no members)");
    static final MetricSpec MEAN_INCOME = new MetricSpec("mean_income", "income",
            "mean net income per individual");
    static final MetricSpec CLOUD_INCOME_SHARE = new MetricSpec("cloud_income_share", "1",
            "share of all net income earned in communities");
    static final MetricSpec TAX_PER_CAPITA = new MetricSpec("tax_per_capita", "income",
            "tax revenue of all states per individual");
    static final MetricSpec TAX_GINI = MetricSpec.index("tax_gini",
            "Gini coefficient of per-capita tax revenue across states");
    static final MetricSpec LARGEST_COMMUNITY_SHARE = MetricSpec.share("largest_community_share",
            "share of members in the largest community");
    static final MetricSpec COMMUNITY_HHI = MetricSpec.index("community_hhi",
            "Herfindahl-Hirschman index of community sizes");

    @Override
    public String name() {
        return "exit-choice";
    }

    @Override
    public String phase() {
        return "exit";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("moving_cost", 0.2, 0.0, 10.0, "income", "0.2",
                        "kappa, cost of moving between home economy and a community, either way"),
                ParameterSpec.real("choice_intensity", 10.0, 0.0, 100.0, "1/income", "0.2",
                        "beta, intensity of choice of the logit exit and return probabilities"),
                ParameterSpec.real("revision_rate", 0.05, 0.0, 1.0, "1/tick", "0.2",
                        "r, probability that an individual reconsiders its affiliation in a tick"),
                ParameterSpec.real("tax_rate", 0.3, 0.0, 0.95, "1", "0.2",
                        "tau, states' tax rate on income earned in the home economy"),
                ParameterSpec.real("cloud_tax_rate", 0.0, 0.0, 0.95, "1", "0.8",
                        "tau_c, tax rate on cloud income (0: cloud income escapes tax)"));
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CLOUD_SHARE, EXITS, RETURNS, CLOUD_SKILL_RATIO, MEAN_INCOME, CLOUD_INCOME_SHARE,
                TAX_PER_CAPITA, TAX_GINI, LARGEST_COMMUNITY_SHARE, COMMUNITY_HHI);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "revision and the exit/return draws"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound rule: its columns, slots and the tallies of the last tick. */
    private static final class Pass implements IndividualPass, RuleState {
        private final float[] skill;
        private final float[] loyalty;
        private final float[] digital;
        private final int[] home;
        private final int[] community;
        private final double[] productivity;
        private final double[] netHome;
        private final double[] taxHome;
        private final long[] population;
        private final long[] members;
        private final double[] phi;
        private final double[] cdf;
        private final double[] taxRevenue;
        private final double meanSkill;
        private final double n;
        private final double beta;
        private final double kappa;
        private final double cloudTax;
        private final double netCloud;
        private final double revisionRate;
        private final Stream stream;
        private final int sIncome;
        private final int sCloudIncome;
        private final int sCloudSkill;
        private final int sTax;
        private final int cExits;
        private final int cReturns;
        private final int cMembers;
        private long key;
        private double rate;
        private long exits;
        private long returns;
        private double income;
        private double cloudIncome;
        private double cloudSkill;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            Table people = a.table(Tables.INDIVIDUALS);
            Table states = a.table(Tables.STATES);
            Table communities = a.table(Tables.COMMUNITIES);
            skill = people.floats("skill");
            loyalty = people.floats("loyalty");
            digital = people.floats("digital");
            home = people.ints("home");
            community = people.ints("community");
            Arrays.fill(community, -1);
            double tau = p.getDouble("tax_rate");
            productivity = states.doubles("productivity");
            netHome = new double[states.size()];
            taxHome = new double[states.size()];
            for (int s = 0; s < netHome.length; s++) {
                netHome[s] = (1.0 - tau) * productivity[s];
                taxHome[s] = tau * productivity[s];
            }
            population = states.longs("population");
            taxRevenue = states.doubles("tax_revenue");
            members = communities.longs("members");
            phi = communities.doubles("phi");
            cdf = communities.doubles("cdf");
            meanSkill = a.table(Tables.GLOBAL).doubles("mean_skill")[0];
            n = people.size();
            beta = p.getDouble("choice_intensity");
            kappa = p.getDouble("moving_cost");
            cloudTax = p.getDouble("cloud_tax_rate");
            netCloud = 1.0 - cloudTax;
            revisionRate = p.getDouble("revision_rate");
            stream = a.stream(STREAM);
            sIncome = a.sums("income", 1);
            sCloudIncome = a.sums("cloud_income", 1);
            sCloudSkill = a.sums("cloud_skill", 1);
            sTax = a.sums("tax", states.size());
            cExits = a.counts("exits", 1);
            cReturns = a.counts("returns", 1);
            cMembers = a.counts("members", communities.size());
            bindMetrics(a);
        }

        @Override
        public void step(TickContext context) {
            key = stream.key(context.tick());
            rate = context.tick() == 0 ? 0.0 : revisionRate; // tick 0: account incomes before anyone revises
        }

        /** (E1), (E2), (E4) to (E6) for individuals {@code from} to {@code to - 1}. */
        @Override
        public void apply(int from, int to, Accumulator tally) {
            for (int i = from; i < to; i++) {
                final int s = home[i];
                final double h = skill[i];
                final double d = digital[i];
                int c = community[i];
                final double yHome = ExitRule.homeIncome(netHome[s], h);
                if (rate > 0 && CounterRandom.uniform(key, i, 0) < rate) {
                    if (c == -1) {
                        int candidate = ExitRule.candidate(cdf,
                                CounterRandom.uniform(key, i, 1));
                        double yCloud = ExitRule.cloudIncome(netCloud, d, h, phi[candidate]);
                        if (CounterRandom.uniform(key, i, 2)
                                < ExitRule.exitProbability(beta, yCloud, yHome, kappa, loyalty[i])) {
                            c = candidate;
                            tally.increment(cExits);
                        }
                    } else {
                        double yCloud = ExitRule.cloudIncome(netCloud, d, h, phi[c]);
                        if (CounterRandom.uniform(key, i, 2)
                                < ExitRule.returnProbability(beta, yHome, yCloud, kappa)) {
                            c = -1;
                            tally.increment(cReturns);
                        }
                    }
                    community[i] = c;
                }
                double y;
                if (c == -1) {
                    y = yHome;
                    tally.add(sTax + s, taxHome[s] * h);
                } else {
                    double gross = ExitRule.grossCloudIncome(d, h, phi[c]);
                    y = netCloud * gross;
                    tally.add(sTax + s, cloudTax * gross);
                    tally.add(sCloudIncome, y);
                    tally.add(sCloudSkill, h);
                    tally.increment(cMembers + c);
                }
                tally.add(sIncome, y);
            }
        }

        @Override
        public void finish(Accumulator a) {
            for (int c = 0; c < members.length; c++) {
                members[c] = a.count(cMembers + c);
            }
            for (int s = 0; s < taxRevenue.length; s++) {
                taxRevenue[s] = a.sum(sTax + s);
            }
            exits = a.count(cExits);
            returns = a.count(cReturns);
            income = a.sum(sIncome);
            cloudIncome = a.sum(sCloudIncome);
            cloudSkill = a.sum(sCloudSkill);
        }

        private static double sumOf(double[] values) {
            double total = 0;
            for (double v : values) {
                total += v;
            }
            return total;
        }

        private long inCloud() {
            long total = 0;
            for (long m : members) {
                total += m;
            }
            return total;
        }

        /**
         * The gross income of everyone in the tick just accounted, recomputed from the columns
         * (checking mode only): home output {@code A_s h_i} at home, {@code d_i h_i phi_c} in a
         * community.
         */
        private double grossIncome() {
            double total = 0;
            for (int i = 0; i < community.length; i++) {
                int c = community[i];
                total += c == -1 ? productivity[home[i]] * skill[i]
                        : ExitRule.grossCloudIncome(digital[i], skill[i], phi[c]);
            }
            return total;
        }

        private void bindMetrics(Assembly a) {
            a.metric(CLOUD_SHARE, () -> inCloud() / n);
            a.invariant("community members are at most N", () -> inCloud() <= (long) n);
            a.identity("net income + taxes credited to the home states = gross income",
                    Tolerance.tallied(2L * (long) n),
                    () -> new double[] {income, sumOf(taxRevenue), -grossIncome()});
            a.metric(EXITS, () -> exits);
            a.metric(RETURNS, () -> returns);
            a.metric(CLOUD_SKILL_RATIO, () -> {
                long in = inCloud();
                return in == 0 ? 0 : (cloudSkill / in) / meanSkill;
            });
            a.metric(MEAN_INCOME, () -> income / n);
            a.metric(CLOUD_INCOME_SHARE, () -> income == 0 ? 0 : cloudIncome / income);
            a.metric(TAX_PER_CAPITA, () -> sumOf(taxRevenue) / n);
            a.metric(TAX_GINI, () -> {
                double[] perCapita = new double[taxRevenue.length];
                for (int s = 0; s < perCapita.length; s++) {
                    perCapita[s] = population[s] == 0 ? 0 : taxRevenue[s] / population[s];
                }
                return Inequality.gini(perCapita);
            });
            a.metric(LARGEST_COMMUNITY_SHARE, () -> {
                long in = inCloud();
                long largest = 0;
                for (long m : members) {
                    largest = Math.max(largest, m);
                }
                return in == 0 ? 0 : (double) largest / in;
            });
            a.metric(COMMUNITY_HHI, () -> Inequality.hhi(members));
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeLong(key);
            out.writeDouble(rate);
            out.writeLong(exits);
            out.writeLong(returns);
            out.writeDouble(income);
            out.writeDouble(cloudIncome);
            out.writeDouble(cloudSkill);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            key = in.readLong();
            rate = in.readDouble();
            exits = in.readLong();
            returns = in.readLong();
            income = in.readDouble();
            cloudIncome = in.readDouble();
            cloudSkill = in.readDouble();
        }
    }
}
