package org.cloudnations.sim.model.cloud;

import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.model.exit.ExitRule;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * The bound {@link LabourMarket} rule: (C7), (C8), the value functions and the choice of (C10),
 * voice (C11) and applications (C12) over a range of individuals.
 *
 * <p>Reads {@code individuals.skill, digital, loyalty}; {@code states.first_firm, firm_count, tax,
 * labour_factor, cloud_tax, exit_cost, public_good, league, policy, state_gain, mean_gain};
 * {@code firms.integrating_weight}; {@code communities.phi, cdf}; {@code global.crowd_demand,
 * crisis_multiplier, cloud_crisis_multiplier, offshore_count}. Writes {@code individuals.residence,
 * kind, unit, flags, e_residency}, {@code states.voice} and {@code global.applicants}.
 */
final class LabourPass implements IndividualPass {
    private static final int OFFSHORE = Policy.OFFSHORE.ordinal();

    private final float[] skill;
    private final float[] digital;
    private final float[] loyalty;
    private final int[] residence;
    private final int[] unit;
    private final int[] eResidency;
    private final byte[] kind;
    private final byte[] flags;
    private final int[] firstFirm;
    private final int[] firmCount;
    private final double[] tax;
    private final double[] labourFactor;
    private final double[] cloudTax;
    private final double[] exitCost;
    private final double[] publicGood;
    private final boolean[] league;
    private final int[] policy;
    private final double[] stateGain;
    private final double[] meanGain;
    private final long[] voice;
    private final double[] integratingWeight;
    private final double[] phi;
    private final double[] cdf;
    private final double[] crowdDemand;
    private final double[] crisisMultiplier;
    private final double[] cloudCrisisMultiplier;
    private final int[] offshoreCount;
    private final int[] applicants;
    private final int states;
    private final Stream stream;
    private final double automationRate;
    private final double jobFindingRate;
    private final double revisionRate;
    private final double searchRevisionRate;
    private final double beta;
    private final double kappa;
    private final double benefit;
    private final double crowdRateParameter;
    private final double topSkill;
    private final double topPremium;
    private final double migrationCost;
    private final double leagueDiscount;
    private final double offshoreFee;
    private final boolean hiringOn;
    /** {@code 1} and {@code 1 + capital premium}, indexed by the CAPITAL flag (a lookup, not a branch). */
    private final double[] capitalFactor;
    // tally slots
    private final int cExits;
    private final int cReturns;
    private final int cVoice;
    private final int cMigrations;
    private final int cDisplaced;
    private final int cStateVoice;
    // this tick's values, fixed in step()
    private long key;
    private double automation;
    private double finding;
    private boolean hiring;
    private double crowdRate;
    private double crisis;
    private double cloudCrisis;
    private boolean offshoreExists;
    /** Revision thresholds ({@link CounterRandom#threshold}) by kind: job seekers search. */
    private final long[] revisionBits = new long[4];
    private long automationBits;
    private long findingBits;
    // the tallies of the last tick, for the metrics
    long exits;
    long returns;
    long voiceTotal;
    long migrations;
    long displaced;

    LabourPass(Assembly a) {
        Parameters p = a.parameters();
        Table people = a.table(Tables.INDIVIDUALS);
        Table stateTable = a.table(Tables.STATES);
        Table global = a.table(Tables.GLOBAL);
        Table communities = a.table(Tables.COMMUNITIES);
        skill = people.floats(People.SKILL);
        digital = people.floats(People.DIGITAL);
        loyalty = people.floats(People.LOYALTY);
        residence = people.ints(People.RESIDENCE);
        unit = people.ints(People.UNIT);
        eResidency = people.ints(People.E_RESIDENCY);
        kind = people.bytes(People.KIND);
        flags = people.bytes(People.FLAGS);
        firstFirm = stateTable.ints(People.FIRST_FIRM);
        firmCount = stateTable.ints(People.FIRM_COUNT);
        tax = stateTable.doubles(People.TAX);
        labourFactor = stateTable.doubles(People.LABOUR_FACTOR);
        cloudTax = stateTable.doubles(People.CLOUD_TAX);
        exitCost = stateTable.doubles(People.EXIT_COST);
        publicGood = stateTable.doubles(People.PUBLIC_GOOD);
        league = stateTable.booleans(People.LEAGUE);
        policy = stateTable.ints(People.POLICY);
        stateGain = stateTable.doubles(People.STATE_GAIN);
        meanGain = stateTable.doubles(People.MEAN_GAIN);
        voice = stateTable.longs(People.VOICE);
        integratingWeight = a.table(Tables.FIRMS).doubles(People.INTEGRATING_WEIGHT);
        phi = communities.doubles(People.PHI);
        cdf = communities.doubles(People.CDF);
        crowdDemand = global.doubles(People.CROWD_DEMAND);
        crisisMultiplier = global.doubles(People.CRISIS_MULTIPLIER);
        cloudCrisisMultiplier = global.doubles(People.CLOUD_CRISIS_MULTIPLIER);
        offshoreCount = global.ints(People.OFFSHORE_COUNT);
        applicants = global.ints(People.APPLICANTS);
        states = stateTable.size();
        stream = a.stream(LabourMarket.STREAM);
        automationRate = p.getDouble("automation_rate");
        jobFindingRate = p.getDouble("job_finding_rate");
        revisionRate = p.getDouble("revision_rate");
        searchRevisionRate = p.getDouble("search_revision_rate");
        beta = p.getDouble("choice_intensity");
        kappa = p.getDouble("exit_cost");
        benefit = p.getDouble("unemployment_benefit");
        crowdRateParameter = p.getDouble("crowd_rate");
        topSkill = p.getDouble("top_skill");
        topPremium = p.getDouble("top_wage_premium");
        migrationCost = p.getDouble("migration_cost");
        leagueDiscount = p.getDouble("league_discount");
        offshoreFee = p.getDouble("offshore_fee");
        hiringOn = p.getDouble("top_hire_rate") > 0;
        capitalFactor = new double[] {1, 1 + p.getDouble("capital_premium")};
        cExits = a.counts("exits", 1);
        cReturns = a.counts("returns", 1);
        cVoice = a.counts("voice", 1);
        cMigrations = a.counts("migrations", 1);
        cDisplaced = a.counts("displaced", 1);
        cStateVoice = a.counts("state_voice", states);
        a.metric(LabourMarket.EXITS, () -> exits);
        a.metric(LabourMarket.RETURNS, () -> returns);
        a.metric(LabourMarket.VOICE, () -> voiceTotal);
        a.metric(LabourMarket.MIGRATIONS, () -> migrations);
        a.metric(LabourMarket.DISPLACED, () -> displaced);
    }

    @Override
    public void step(TickContext context) {
        boolean active = context.tick() > 0; // tick 0: incomes are accounted before anyone moves
        key = stream.key(context.tick());
        automation = active ? automationRate : 0;
        finding = active ? jobFindingRate : 0;
        hiring = active && hiringOn;
        crowdRate = crowdRateParameter * crowdDemand[0];
        crisis = crisisMultiplier[0];
        cloudCrisis = cloudCrisisMultiplier[0];
        offshoreExists = offshoreCount[0] > 0;
        long r = CounterRandom.threshold(active ? revisionRate : 0);
        java.util.Arrays.fill(revisionBits, r);
        revisionBits[People.JOB_SEEKER] = CounterRandom.threshold(active ? searchRevisionRate : 0);
        automationBits = CounterRandom.threshold(automation);
        findingBits = CounterRandom.threshold(finding);
    }

    /** (C7), (C8), (C10)-(C12) for individuals {@code from} to {@code to - 1}. */
    @Override
    public void apply(int from, int to, Accumulator t) {
        // this tick's values and the columns in locals: revise() is a call the loop keeps
        final long key = this.key;
        final boolean automated = automation > 0;
        final boolean searching = finding > 0;
        final long automationBits = this.automationBits;
        final long findingBits = this.findingBits;
        final long[] revisionBits = this.revisionBits;
        final byte[] kind = this.kind;
        final int[] unit = this.unit;
        final int[] residence = this.residence;
        final byte[] flags = this.flags;
        final int[] eResidency = this.eResidency;
        final int[] firstFirm = this.firstFirm;
        final int[] firmCount = this.firmCount;
        for (int i = from; i < to; i++) {
            final byte kind0 = kind[i];
            byte k = kind0;
            // (C7) automation and (C8) job finding (the per-tick test first: it is the same for everyone)
            if (automated && k == People.EMPLOYED && CounterRandom.below(key, i, 0, automationBits)) {
                k = People.JOB_SEEKER;
                unit[i] = -1;
                t.increment(cDisplaced);
            } else if (searching && k == People.JOB_SEEKER && CounterRandom.below(key, i, 1, findingBits)) {
                int s = residence[i];
                k = People.EMPLOYED;
                unit[i] = firstFirm[s] + (int) (CounterRandom.uniform(key, i, 2) * firmCount[s]);
            }
            if (CounterRandom.below(key, i, 3, revisionBits[k])) {
                k = revise(i, t, k);
            }
            if (k != kind0) {
                // store only what changed: in most ticks most individuals change nothing
                kind[i] = k;
                if (kind0 == People.EMPLOYED) {
                    // a hired top contributor keeps the wage premium only while employed (C12)
                    byte f = flags[i];
                    if ((f & People.TOP) != 0) {
                        flags[i] = (byte) (f & ~People.TOP);
                    }
                } else if (kind0 == People.COMMUNITY && eResidency[i] != -1) {
                    eResidency[i] = -1; // only community members hold an e-residency (C9)
                }
            }
        }
    }

    /**
     * (C10)-(C12) for individual {@code i} who revises this tick: the logit choice among staying,
     * the home labour market, a community, crowd work and migration; voice; and a top contributor's
     * application. Writes its new residence and unit; returns its new kind.
     */
    private byte revise(int i, Accumulator t, byte kind) {
        int s = residence[i];
        int u = unit[i];
        final double h = skill[i];
        final double d = digital[i];
        final double loyal = loyalty[i];
        final double cap = capitalFactor[flags[i] & People.CAPITAL];
        final long key = this.key;
        // (C10) the options and their values
        double vStay = value(kind, u, s, h, d, cap);
        boolean atHome = kind == People.EMPLOYED || kind == People.JOB_SEEKER;
        double leave = exitCost[s] + loyal;
        double vHome = atHome ? Double.NEGATIVE_INFINITY : homeValue(s, h, cap) - kappa;
        int candidate = Cdf.draw(cdf, CounterRandom.uniform(key, i, 4));
        double vCommunity = (kind == People.COMMUNITY && candidate == u) ? Double.NEGATIVE_INFINITY
                : cloudNet(s, h, d, candidate) - (atHome ? leave : kappa);
        double vCrowd = kind == People.CROWD ? Double.NEGATIVE_INFINITY
                : crowdNet(s, h, d) - (atHome ? leave : kappa);
        int target = (int) (CounterRandom.uniform(key, i, 5) * (states - 1));
        if (target >= s) {
            target++;
        }
        double move = migrationCost * (atHome ? 1 : 1 - d)
                * (league[s] && league[target] ? 1 - leagueDiscount : 1) + loyal;
        double vMigrate = (atHome ? homeValue(target, h, cap) : value(kind, u, target, h, d, cap))
                + publicGood[target] - publicGood[s] - move;
        // (C10) multinomial logit over stay, home, community, crowd, migrate
        double max = Math.max(Math.max(vStay, vHome), Math.max(Math.max(vCommunity, vCrowd), vMigrate));
        double wStay = ExitRule.logitWeight(beta, vStay, max);
        double wHome = ExitRule.logitWeight(beta, vHome, max);
        double wCommunity = ExitRule.logitWeight(beta, vCommunity, max);
        double wCrowd = ExitRule.logitWeight(beta, vCrowd, max);
        double wMigrate = ExitRule.logitWeight(beta, vMigrate, max);
        double x = CounterRandom.uniform(key, i, 6) * (wStay + wHome + wCommunity + wCrowd + wMigrate);
        if (x < wStay) {
            // (C11) voice: a loyal stayer who would gain by leaving if not for loyalty
            double best = Math.max(Math.max(vCommunity, vCrowd), vMigrate) + loyal;
            if (atHome && best > vStay && CounterRandom.uniform(key, i, 7) < loyal / (1 + loyal)) {
                t.increment(cVoice);
                t.increment(cStateVoice + s);
            }
        } else if ((x -= wStay) < wHome) {
            kind = People.JOB_SEEKER;
            u = -1;
            t.increment(cReturns);
        } else if ((x -= wHome) < wCommunity) {
            if (atHome) {
                t.increment(cExits);
            }
            kind = People.COMMUNITY;
            u = candidate;
        } else if ((x -= wCommunity) < wCrowd) {
            if (atHome) {
                t.increment(cExits);
            }
            kind = People.CROWD;
            u = -1;
        } else {
            s = target;
            if (kind == People.EMPLOYED) {
                kind = People.JOB_SEEKER;
                u = -1;
            }
            t.increment(cMigrations);
        }
        // (C12) top contributors apply to integrating firms of their state
        if (hiring && kind == People.COMMUNITY && h > topSkill
                && (1 + topPremium) * homeWage(s, h, cap, stateGain[s]) > cloudNet(s, h, d, u)) {
            t.collect(i);
        }
        residence[i] = s;
        unit[i] = u;
        return kind;
    }

    /** (C5), (C6) the commons gain of firm f for a worker in state s: the state's gain if f integrates, else 0. */
    private double firmGain(int f, int s) {
        return integratingWeight[f] * stateGain[s];
    }

    private double homeWage(int s, double h, double cap, double firmGain) {
        return (1 - tax[s]) * cap * labourFactor[s] * h * (1 + firmGain);
    }

    /**
     * (C10) Value of the home labour market in state s for someone not employed there: a job at the
     * state's mean wage with the job-finding probability, the benefit otherwise.
     */
    private double homeValue(int s, double h, double cap) {
        double e = jobFindingRate;
        return e * homeWage(s, h, cap, meanGain[s]) + (1 - e) * benefit * labourFactor[s];
    }

    private double cloudNet(int s, double h, double d, int c) {
        double rate = cloudTax[s];
        if (offshoreExists && policy[s] != OFFSHORE) {
            rate = Math.min(rate, offshoreFee);
        }
        return (1 - rate) * d * h * phi[c] * cloudCrisis;
    }

    private double crowdNet(int s, double h, double d) {
        return (1 - tax[s]) * crowdRate * d * h * crisis;
    }

    private double value(byte kind, int u, int s, double h, double d, double cap) {
        return switch (kind) {
            case People.EMPLOYED -> homeWage(s, h, cap, firmGain(u, s));
            case People.JOB_SEEKER -> homeValue(s, h, cap);
            case People.COMMUNITY -> cloudNet(s, h, d, u);
            default -> crowdNet(s, h, d);
        };
    }

    @Override
    public void finish(Accumulator a) {
        for (int s = 0; s < states; s++) {
            voice[s] = a.count(cStateVoice + s);
        }
        exits = a.count(cExits);
        returns = a.count(cReturns);
        voiceTotal = a.count(cVoice);
        migrations = a.count(cMigrations);
        displaced = a.count(cDisplaced);
        applicants[0] = a.collected().length;
    }
}
