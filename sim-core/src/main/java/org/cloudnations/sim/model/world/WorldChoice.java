package org.cloudnations.sim.model.world;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.ColumnIO;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (W3) The one choice rule of the world's individuals, over one set of states: the six labour forms
 * of the AI economy, of which "community contributor" is membership of a cloud community, with the
 * cloud model's home state, loyalty, voice and migration. See {@link Choice} for the utilities and
 * docs/model.md for the equations. In a tick each individual: is displaced with its firm's
 * {@code d_f} (then revises for sure); revises with probability {@code rho}; a revising home worker
 * may first migrate; then picks a form by the logit over the six utilities; a loyal employee
 * ({@code lambda > lambda_V}) who would exit voices instead. Finally each individual's income is
 * taxed by its home state and tallied.
 */
public final class WorldChoice implements Rule {
    /** Random stream of the individuals' draws in a tick. */
    static final int STREAM = 142;

    static final MetricSpec CLOUD_SHARE = MetricSpec.share("cloud_share", "share of individuals in cloud communities");
    static final MetricSpec EXITS = MetricSpec.nonNegative("exits", "individuals/tick", "moves into a cloud community");
    static final MetricSpec EXITS_DISPLACED = MetricSpec.nonNegative("exits_displaced", "individuals/tick",
            "moves into a cloud community by individuals displaced this tick");
    static final MetricSpec DISPLACED = MetricSpec.nonNegative("displaced", "individuals/tick",
            "employees whose tasks were automated this tick");
    static final MetricSpec VOICE = MetricSpec.nonNegative("voice", "individuals/tick", "loyal employees who voiced instead of exiting");
    static final MetricSpec MIGRATIONS = MetricSpec.nonNegative("migrations", "individuals/tick", "moves to another home state");
    static final MetricSpec[] FORM_SHARES = {
        MetricSpec.share("employed", "share employed by firms"),
        MetricSpec.share("gig", "share in gig work"),
        MetricSpec.share("crowd", "share in crowd micro-work"),
        MetricSpec.share("freelance", "share freelancing"),
        MetricSpec.share("community", "share contributing to a cloud community (= cloud_share)"),
        MetricSpec.share("unemployed", "share unemployed")};
    static final MetricSpec MEAN_INCOME = new MetricSpec("mean_income", "income", "mean gross income");

    @Override
    public String name() {
        return "world-choice";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(WorldParameters.REVISION_RATE, WorldParameters.CHOICE_INTENSITY,
                WorldParameters.UNEMPLOYMENT_BENEFIT, WorldParameters.GIG_RATE, WorldParameters.GIG_ASSIST,
                WorldParameters.FREELANCE_RATE, WorldParameters.FREELANCE_TOOLS, WorldParameters.LOYALTY_COST,
                WorldParameters.VOICE_THRESHOLD, WorldParameters.EXIT_COST, WorldParameters.MIGRATION_RATE,
                WorldParameters.MIGRATION_COST, WorldParameters.TAX_RATE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CLOUD_SHARE, EXITS, EXITS_DISPLACED, DISPLACED, VOICE, MIGRATIONS, FORM_SHARES[0],
                FORM_SHARES[1], FORM_SHARES[2], FORM_SHARES[3], FORM_SHARES[4], FORM_SHARES[5], MEAN_INCOME);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "displacement, revision, migration, job, community and the logit choice"));
    }

    @Override
    public IndividualPass bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound pass. */
    private static final class Pass implements IndividualPass, RuleState {
        private final Choice choice;
        private final int n;
        private final float[] skill;
        private final float[] loyalty;
        private final int[] home;
        private final int[] unit;
        private final byte[] form;
        private final org.cloudnations.sim.rule.Stream stream;
        private final double rho;
        private final double migrationRate;
        private final double lambdaV;
        private final long[] employees;
        private final double[] labour;
        private final long[] population;
        private final long[] stateMembers;
        private final double[] taxRevenue;
        private final double[] homeIncome;
        private final long[] members;
        private final double[] skillSum;
        private final double[] contributorSkill;
        private final int firms;
        private final int states;
        private final int communities;
        private final int sFirmLabour;
        private final int sCommunitySkill;
        private final int sTax;
        private final int sHomeIncome;
        private final int sIncome;
        private final int cEmployees;
        private final int cMembers;
        private final int cPopulation;
        private final int cStateMembers;
        private final int cForms;
        private final int cEvents;
        private final long[] forms = new long[Columns.FORMS];
        private final long[] events = new long[5];
        private double income;
        private long tick;
        private long key;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            choice = new Choice(a);
            Table people = a.table(Tables.INDIVIDUALS);
            n = people.size();
            skill = people.floats(Columns.SKILL);
            loyalty = people.floats(Columns.LOYALTY);
            home = people.ints(Columns.HOME);
            unit = people.ints(Columns.UNIT);
            form = people.bytes(Columns.FORM);
            stream = a.stream(STREAM);
            rho = p.getDouble("revision_rate");
            migrationRate = p.getDouble("migration_rate");
            lambdaV = p.getDouble("voice_threshold");
            Table ft = a.table(Tables.FIRMS);
            firms = ft.size();
            employees = ft.longs(Columns.EMPLOYEES);
            labour = ft.doubles(Columns.LABOUR);
            Table st = a.table(Tables.STATES);
            states = st.size();
            population = st.longs(Columns.POPULATION);
            stateMembers = st.longs(Columns.MEMBERS);
            taxRevenue = st.doubles(Columns.TAX_REVENUE);
            homeIncome = st.doubles(Columns.HOME_INCOME);
            Table ct = a.table(Tables.COMMUNITIES);
            communities = ct.size();
            members = ct.longs(Columns.MEMBERS);
            skillSum = ct.doubles(Columns.SKILL_SUM);
            contributorSkill = a.table(Tables.GLOBAL).doubles(Columns.CONTRIBUTOR_SKILL);
            sFirmLabour = a.sums("firm_labour", firms);
            sCommunitySkill = a.sums("community_skill", communities);
            sTax = a.sums("tax", states);
            sHomeIncome = a.sums("home_income", states);
            sIncome = a.sums("income", 1);
            cEmployees = a.counts("employees", firms);
            cMembers = a.counts("members", communities);
            cPopulation = a.counts("population", states);
            cStateMembers = a.counts("state_members", states);
            cForms = a.counts("forms", Columns.FORMS);
            cEvents = a.counts("events", events.length);
            a.metric(CLOUD_SHARE, () -> (double) forms[Columns.COMMUNITY] / n);
            a.metric(EXITS, () -> events[0]);
            a.metric(EXITS_DISPLACED, () -> events[1]);
            a.metric(DISPLACED, () -> events[2]);
            a.metric(VOICE, () -> events[3]);
            a.metric(MIGRATIONS, () -> events[4]);
            for (int f = 0; f < Columns.FORMS; f++) {
                int which = f;
                a.metric(FORM_SHARES[f], () -> (double) forms[which] / n);
            }
            a.metric(MEAN_INCOME, () -> income / n);
            a.invariant("the six labour forms' counts sum to N", () -> sum(forms) == (long) n);
            a.invariant("the states' populations sum to N", () -> sum(population) == (long) n);
            a.invariant("community members are at most N", () -> sum(members) <= (long) n);
        }

        private static long sum(long[] counts) {
            long s = 0;
            for (long c : counts) {
                s += c;
            }
            return s;
        }

        @Override
        public void step(TickContext context) {
            tick = context.tick();
            key = stream.key(tick);
            choice.fix();
        }

        @Override
        public void apply(int from, int to, Accumulator tally) {
            for (int i = from; i < to; i++) {
                int s = home[i];
                byte f = form[i];
                int u = unit[i];
                double h = skill[i];
                if (tick > 0) {
                    boolean displaced = f == Columns.EMPLOYED && CounterRandom.uniform(key, i, 0) < choice.displacement(u);
                    if (displaced) {
                        f = Columns.UNEMPLOYED;
                        u = -1;
                        tally.increment(cEvents + 2);
                    }
                    if (displaced || CounterRandom.uniform(key, i, 1) < rho) {
                        if (f != Columns.COMMUNITY && CounterRandom.uniform(key, i, 2) < migrationRate) {
                            int target = (int) (CounterRandom.uniform(key, i, 3) * states);
                            if (choice.migrationGain(s, target, h) > 0) {
                                s = target;
                                home[i] = s;
                                if (f == Columns.EMPLOYED) {
                                    f = Columns.UNEMPLOYED;
                                    u = -1;
                                }
                                tally.increment(cEvents + 4);
                            }
                        }
                        int candidate = f == Columns.COMMUNITY ? u : choice.community(CounterRandom.uniform(key, i, 4));
                        boolean jobOffer = f == Columns.EMPLOYED || CounterRandom.uniform(key, i, 5) < choice.jobFinding(s);
                        byte next = choice.choose(f, u, s, candidate, jobOffer, h, loyalty[i], CounterRandom.uniform(key, i, 6));
                        if (next == Columns.COMMUNITY && f == Columns.EMPLOYED && loyalty[i] > lambdaV) {
                            tally.increment(cEvents + 3); // voice instead of exit
                        } else if (next != f) {
                            if (next == Columns.COMMUNITY) {
                                tally.increment(cEvents);
                                if (displaced) {
                                    tally.increment(cEvents + 1);
                                }
                                u = candidate;
                            } else if (next == Columns.EMPLOYED) {
                                u = WorldSetup.firmOf(s, states, firms, CounterRandom.uniform(key, i, 7));
                            } else {
                                u = -1;
                            }
                            f = next;
                        }
                    }
                    form[i] = f;
                    unit[i] = u;
                }
                double y = choice.income(f, u, h);
                tally.increment(cPopulation + s);
                tally.increment(cForms + f);
                tally.add(sIncome, y);
                if (f == Columns.EMPLOYED) {
                    tally.increment(cEmployees + u);
                    tally.add(sFirmLabour + u, h);
                    tally.add(sTax + s, choice.tax() * y);
                } else if (f == Columns.COMMUNITY) {
                    tally.increment(cMembers + u);
                    tally.increment(cStateMembers + s);
                    tally.add(sCommunitySkill + u, h);
                    tally.add(sTax + s, choice.cloudTax(s) * y);
                } else if (f != Columns.UNEMPLOYED) {
                    tally.add(sTax + s, choice.tax() * y);
                    tally.add(sHomeIncome + s, y);
                }
            }
        }

        @Override
        public void finish(Accumulator total) {
            for (int f = 0; f < firms; f++) {
                employees[f] = total.count(cEmployees + f);
                labour[f] = total.sum(sFirmLabour + f);
            }
            double contributors = 0;
            for (int k = 0; k < communities; k++) {
                members[k] = total.count(cMembers + k);
                skillSum[k] = total.sum(sCommunitySkill + k);
                contributors += skillSum[k];
            }
            contributorSkill[0] = contributors / n;
            for (int s = 0; s < states; s++) {
                population[s] = total.count(cPopulation + s);
                stateMembers[s] = total.count(cStateMembers + s);
                taxRevenue[s] = total.sum(sTax + s);
                homeIncome[s] = total.sum(sHomeIncome + s);
            }
            for (int f = 0; f < Columns.FORMS; f++) {
                forms[f] = total.count(cForms + f);
            }
            for (int e = 0; e < events.length; e++) {
                events[e] = tick == 0 ? 0 : total.count(cEvents + e);
            }
            income = total.sum(sIncome);
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            ColumnIO.write(out, forms);
            ColumnIO.write(out, events);
            out.writeDouble(income);
            out.writeLong(tick);
            out.writeLong(key);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            ColumnIO.read(in, forms, "forms");
            ColumnIO.read(in, events, "events");
            income = in.readDouble();
            tick = in.readLong();
            key = in.readLong();
        }
    }
}
