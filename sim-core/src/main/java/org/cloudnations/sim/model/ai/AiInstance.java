package org.cloudnations.sim.model.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.IndividualKernel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.model.exit.Endowment;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.model.labour.TaskProduction;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.random.CounterRandom;

/**
 * One run of the AI-economy model. Phases per tick: {@code race} (the AI agents: disasters,
 * capability growth, open and public models, risk), {@code firms} (crisis, model access and
 * licences, automation frontier, labour demand, displacement and job-finding rates),
 * {@code individuals} (parallel: displacement, hiring, the choice among labour forms, tallies)
 * and {@code accounts} (production, wages, capital income, platforms, taxes, dividend, demand,
 * power). Equation numbers (A0)..(A15) refer to docs/model.md, section "AI economy".
 */
final class AiInstance implements ModelInstance {
    static final int INIT_STREAM = 80;
    static final int FIRM_STREAM = 82;
    static final int TICK_STREAM = 84;

    // count slots
    private static final int C_DISPLACED = 0;
    private static final int C_HIRES = 1;
    private static final int C_ELITE_EMPLOYED = 2;
    private static final int C_FIXED = 3;

    private final AiSettings p;
    private final int size;
    private final int states;
    private final int firms;
    private Workforce people;
    private final Workforce scratch = new Workforce(1);
    private final Choice agentChoice = new Choice();
    private Agent[] agents;
    private sim.engine.RandomSequence sequence;
    private sim.engine.SimState shuffler;
    private long agentKey;
    private boolean agentRates;
    private Accumulator agentTally;
    private final AiAgents ai;

    // tally layout
    private final int sFirmSkill; // [F] non-elite employees' skill
    private final int sFirmElite; // [F] elite employees' skill
    private final int sCrowd; // [S]
    private final int sFreeLance; // [S] h^2 of freelancers on free tools
    private final int sClosedLance; // [S] h^2 of freelancers on closed tools
    private final int sCommunity; // [S]
    private final int sumSlots;
    private final int cFirm; // [F] employees
    private final int cGig; // [S]
    private final int cCrowd; // [S]
    private final int cFreelance; // [S]
    private final int cClosedLance; // [S]
    private final int cCommunity; // [S]
    private final int cUnemployed; // [S]
    private final int countSlots;

    // states
    private final double[] productivity;
    private final long[] population;
    private final double[] outputLoss;
    private final int[][] firmsOf;
    private final double[][] sizeCdf;
    private final double[][] vacancyCdf;
    private final double[] jobFinding;
    private final double[] stateWage;
    private final double[] gigIncome; // gross per gig worker
    private final double[] crowdRate; // gross per unit of skill
    private final double[] lnFree;
    private final double[] lnClosed;
    private final int[] closedModelOf; // by state: the licensable closed model, -1 if none
    // firms
    private final int[] firmState;
    private final double[] baseSkill; // H0_f
    private final long[] baseJobs; // E0_f
    private final double[] baseDemand; // D(s_L,f(0))
    private final double[] capability;
    private final int[] model;
    private final boolean[] licensed;
    private final double[] automation; // I_f
    private final double[] capital;
    private final double[] displacement;
    private final double[] vacancies;
    private final double[] wage; // W_f of the last accounts
    private final double[] labour; // L_f of the last accounts
    private final long[] jobs; // E_f of the last accounts
    private final double feeUnit;
    private double newTasks;
    private double premium;
    // crisis
    private int crisisLeft;
    private int crisesStarted;
    private double demandGap;
    // last accounts
    private final long[] users;
    private double contributorSkill;
    private double platformPower;
    private Accumulator lastTally;
    private final double[] metrics;

    AiInstance(AiSettings p, long seed, ParallelLoop loop, boolean objectPerAgent) {
        this.p = p;
        this.size = p.individuals();
        this.states = p.states();
        this.firms = p.firms();
        int s0 = states;
        int f0 = firms;
        sFirmSkill = 0;
        sFirmElite = f0;
        sCrowd = 2 * f0;
        sFreeLance = sCrowd + s0;
        sClosedLance = sFreeLance + s0;
        sCommunity = sClosedLance + s0;
        sumSlots = sCommunity + s0;
        cFirm = C_FIXED;
        cGig = cFirm + f0;
        cCrowd = cGig + s0;
        cFreelance = cCrowd + s0;
        cClosedLance = cFreelance + s0;
        cCommunity = cClosedLance + s0;
        cUnemployed = cCommunity + s0;
        countSlots = cUnemployed + s0;

        // (A0) states, firms, teams
        productivity = new double[states];
        double[] weights = new double[states];
        for (int s = 0; s < states; s++) {
            productivity[s] = Endowment.stateProductivity(seed, s, p.productivitySigma());
            weights[s] = Math.pow(s + 1, -p.stateSizeExponent());
        }
        double[] stateCdf = Cdf.of(weights);
        firmState = new int[firms];
        long firmKey = CounterRandom.streamKey(seed, 0, FIRM_STREAM);
        int[] perState = new int[states];
        for (int f = 0; f < firms; f++) {
            firmState[f] = f < states ? f : Cdf.draw(stateCdf, CounterRandom.uniform(firmKey, f, 0));
            perState[firmState[f]]++;
        }
        firmsOf = new int[states][];
        sizeCdf = new double[states][];
        for (int s = 0; s < states; s++) {
            firmsOf[s] = new int[perState[s]];
            perState[s] = 0;
        }
        for (int f = 0; f < firms; f++) {
            firmsOf[firmState[f]][perState[firmState[f]]++] = f;
        }
        for (int s = 0; s < states; s++) {
            double[] w = new double[firmsOf[s].length];
            for (int k = 0; k < w.length; k++) {
                w[k] = Math.pow(firmsOf[s][k] + 1, -p.firmSizeExponent());
            }
            sizeCdf[s] = Cdf.of(w);
        }
        ai = new AiAgents(p, seed, firmState);

        // (A0) individuals
        people = new Workforce(size);
        long key = CounterRandom.streamKey(seed, 0, INIT_STREAM);
        Accumulator init = loop.run(size, firms, firms + states, (from, to, tally) -> {
            for (int i = from; i < to; i++) {
                float h = (float) Endowment.skill(key, i, p.skillSigma());
                int s = Cdf.draw(stateCdf, CounterRandom.uniform(key, i, 2));
                people.skill[i] = h;
                people.state[i] = s;
                tally.increment(firms + s);
                if (CounterRandom.uniform(key, i, 4) < p.initialUnemployment()) {
                    people.form[i] = Workforce.UNEMPLOYED;
                    people.firm[i] = -1;
                } else {
                    int f = firmsOf[s][Cdf.draw(sizeCdf[s], CounterRandom.uniform(key, i, 3))];
                    people.form[i] = Workforce.EMPLOYED;
                    people.firm[i] = f;
                    tally.add(f, h);
                    tally.increment(f);
                }
            }
        });
        population = new long[states];
        for (int s = 0; s < states; s++) {
            population[s] = init.count(firms + s);
        }
        baseSkill = new double[firms];
        baseJobs = new long[firms];
        double unit = 0;
        for (int f = 0; f < firms; f++) {
            baseSkill[f] = init.sum(f);
            baseJobs[f] = init.count(f);
            unit += productivity[firmState[f]] * baseSkill[f];
        }
        feeUnit = unit / firms;

        outputLoss = new double[states];
        Arrays.fill(outputLoss, 1.0);
        vacancyCdf = new double[states][];
        jobFinding = new double[states];
        stateWage = new double[states];
        gigIncome = new double[states];
        crowdRate = new double[states];
        lnFree = new double[states];
        lnClosed = new double[states];
        closedModelOf = new int[states];
        baseDemand = new double[firms];
        capability = new double[firms];
        model = new int[firms];
        licensed = new boolean[firms];
        automation = new double[firms];
        capital = new double[firms];
        displacement = new double[firms];
        vacancies = new double[firms];
        wage = new double[firms];
        labour = baseSkill.clone();
        jobs = baseJobs.clone();
        users = new long[ai.models()];
        metrics = new double[AiModel.METRICS.size()];

        // tick 0: access and production before anyone moves
        firmsPhase(0);
        for (int f = 0; f < firms; f++) {
            baseDemand[f] = demandIndex(TaskProduction.labourShare(newTasks, automation[f]));
        }
        accounts(loop.run(size, sumSlots, countSlots, kernel(0L, false)));
        if (objectPerAgent) {
            agents = new Agent[size];
            for (int i = 0; i < size; i++) {
                agents[i] = new Agent(this, i, people);
            }
            people = null;
            sequence = new sim.engine.RandomSequence(agents);
            shuffler = new sim.engine.SimState(CounterRandom.mix64(seed ^ 0xA1A1L));
        }
    }

    /** One individual as a MASON agent (benchmark baseline): its attributes as fields. */
    static final class Agent implements sim.engine.Steppable {
        private static final long serialVersionUID = 1L;
        private final transient AiInstance owner;
        private final int id;
        float skill;
        int state;
        int firm;
        byte form;

        Agent(AiInstance owner, int id, Workforce from) {
            this.owner = owner;
            this.id = id;
            skill = from.skill[id];
            state = from.state[id];
            firm = from.firm[id];
            form = from.form[id];
        }

        @Override
        public void step(sim.engine.SimState s) {
            owner.stepAgent(this);
        }
    }

    private void stepAgent(Agent a) {
        Workforce q = scratch;
        q.skill[0] = a.skill;
        q.state[0] = a.state;
        q.firm[0] = a.firm;
        q.form[0] = a.form;
        step(q, 0, 1, a.id, agentKey, agentRates, agentTally, agentChoice);
        a.firm = q.firm[0];
        a.form = q.form[0];
    }

    @Override
    public List<Phase> phases() {
        return List.of(
                Phase.of("race", this::racePhase),
                Phase.of("firms", ctx -> firmsPhase(ctx.tick())),
                Phase.of("individuals", this::individualsPhase),
                Phase.of("accounts", ctx -> accounts(lastTally)));
    }

    private void racePhase(TickContext ctx) {
        ai.step(ctx.seed(), ctx.tick(), users, contributorSkill, size, outputLoss);
    }

    private static double demandIndex(double share, double supervision) {
        return share + supervision * (1.0 - share);
    }

    private double demandIndex(double share) {
        return demandIndex(share, p.supervision());
    }

    /** (A15) crisis, (A8) access and licences, (A7) frontier, (A9) labour demand, (A10) rates. */
    private void firmsPhase(long tick) {
        crisesStarted = 0;
        if (tick > 0 && crisisLeft == 0 && demandGap > p.crisisThreshold()) {
            crisisLeft = p.crisisLength();
            crisesStarted = 1;
        }
        double crisis = crisisLeft > 0 ? 1.0 - p.crisisDepth() : 1.0;
        newTasks = FirmProduction.taskFrontier(p.newTaskRate(), tick);
        premium = p.elitePremium() * Math.log1p(ai.maxTeam());
        int free = ai.freeModel();
        double aFree = free < 0 ? 0.0 : ai.capability(free);
        for (int s = 0; s < states; s++) {
            closedModelOf[s] = ai.closedModel(AiAgents.bloc(s));
        }
        for (int f = 0; f < firms; f++) {
            int s = firmState[f];
            int team = ai.teamOfFirm(f);
            int m;
            boolean lic = false;
            if (team >= 0) {
                m = team;
            } else {
                m = free;
                int closed = closedModelOf[s];
                if (closed >= 0 && ai.capability(closed) > aFree && labour[f] > 0) {
                    double gain = potential(f, ai.capability(closed), tick) - potential(f, aFree, tick);
                    if (gain > licenceFee(closed)) {
                        m = closed;
                        lic = true;
                    }
                }
            }
            model[f] = m;
            licensed[f] = lic;
            capability[f] = m < 0 ? 0.0 : ai.capability(m);
            double share = FirmProduction.labourShare(p.automationReach(), capability[f], p.newTaskRate(), tick,
                    p.physicalShare());
            automation[f] = newTasks - share;
            capital[f] = p.capitalIntensity() * (1.0 + capability[f]) * baseSkill[f];
            if (tick == 0) {
                continue;
            }
            double target = baseJobs[f] * demandIndex(TaskProduction.labourShare(newTasks, automation[f]))
                    / baseDemand[f] * crisis;
            displacement[f] = jobs[f] > 0 ? Math.max(0.0, 1.0 - target / jobs[f]) : 0.0;
            vacancies[f] = Math.max(0.0, target - jobs[f]);
        }
        for (int s = 0; s < states; s++) {
            int[] own = firmsOf[s];
            double v = 0;
            double bill = 0;
            double skill = 0;
            double[] w = new double[own.length];
            for (int k = 0; k < own.length; k++) {
                int f = own[k];
                w[k] = vacancies[f];
                v += vacancies[f];
                bill += wage[f] * labour[f];
                skill += labour[f];
            }
            vacancyCdf[s] = v > 0 ? Cdf.of(w) : null;
            long seekers = lastTally == null ? 0 : lastTally.count(cUnemployed + s);
            jobFinding[s] = v <= 0 ? 0.0 : p.matchingRate() * (seekers > 0 ? Math.min(1.0, v / seekers) : 1.0);
            stateWage[s] = skill > 0 ? bill / skill : 0.0;
            int closed = closedModelOf[s];
            double aClosed = closed < 0 ? 0.0 : ai.capability(closed);
            double access = Math.max(aFree, aClosed);
            gigIncome[s] = p.gigRate() * productivity[s] * (1.0 + p.gigAssist() * Math.log1p(access));
            crowdRate[s] = p.crowdRate() * FirmProduction.labourShare(p.automationReach(), access, p.newTaskRate(),
                    tick, 0.0);
            lnFree[s] = Math.log1p(aFree);
            lnClosed[s] = Math.log1p(aClosed);
        }
    }

    /** (A8) the per-tick licence fee of closed model {@code j}, proportional to its capability. */
    private double licenceFee(int j) {
        return p.licenceFee() * feeUnit * ai.capability(j) / p.initialCapability();
    }

    /** A firm's output with capability {@code a} and last tick's labour, for the licence decision (A8). */
    private double potential(int f, double a, long tick) {
        double share = FirmProduction.labourShare(p.automationReach(), a, p.newTaskRate(), tick, p.physicalShare());
        double k = p.capitalIntensity() * (1.0 + a) * baseSkill[f];
        return FirmProduction.output(productivity[firmState[f]], k, labour[f], newTasks, newTasks - share);
    }

    private void individualsPhase(TickContext ctx) {
        long key = CounterRandom.streamKey(ctx.seed(), ctx.tick(), TICK_STREAM);
        if (agents == null) {
            lastTally = ctx.loop().run(size, sumSlots, countSlots, kernel(key, true));
        } else {
            agentKey = key;
            agentRates = true;
            agentTally = new Accumulator(sumSlots, countSlots);
            sequence.step(shuffler);
            lastTally = agentTally;
        }
    }

    private IndividualKernel kernel(long key, boolean rates) {
        return (from, to, tally) -> step(people, from, to, 0, key, rates, tally, new Choice());
    }

    /**
     * (A10) displacement and hiring, (A11) the choice of labour form, and the tallies, for the
     * individuals in slots {@code from} to {@code to - 1} of {@code q}, with draws and tallies under
     * their ids (slot plus {@code idOffset}); {@code choice} is the caller's scratch space for the
     * logit choice, so that nothing is allocated per individual (issue 8).
     */
    private void step(Workforce q, int from, int to, int idOffset, long key, boolean rates, Accumulator tally,
                      Choice choice) {
        final long revisionBits = CounterRandom.threshold(p.revisionRate());
        for (int slot = from; slot < to; slot++) {
            final int id = slot + idOffset;
            final int s = q.state[slot];
            final double h = q.skill[slot];
            final boolean elite = h >= p.eliteSkill();
            int form = q.form[slot];
            int firm = q.firm[slot];
            if (rates) {
                if (form == Workforce.EMPLOYED) {
                    double alpha = displacement[firm];
                    if (!elite && alpha > 0 && CounterRandom.uniform(key, id, 0) < alpha) {
                        form = Workforce.UNEMPLOYED;
                        firm = -1;
                        tally.increment(C_DISPLACED);
                    }
                } else if (form == Workforce.UNEMPLOYED) {
                    double[] cdf = vacancyCdf[s];
                    double hire = elite ? 1.0 : jobFinding[s];
                    if (hire > 0 && CounterRandom.uniform(key, id, 1) < hire) {
                        double u = CounterRandom.uniform(key, id, 2);
                        firm = firmsOf[s][Cdf.draw(cdf != null ? cdf : sizeCdf[s], u)];
                        form = Workforce.EMPLOYED;
                        tally.increment(C_HIRES);
                    }
                }
                if (CounterRandom.below(key, id, 3, revisionBits)) {
                    int chosen = choose(form, firm, s, h, elite, CounterRandom.uniform(key, id, 4), choice);
                    if (chosen != form) {
                        form = chosen;
                        firm = -1;
                    }
                }
                q.form[slot] = (byte) form;
                q.firm[slot] = firm;
            }
            switch (form) {
                case Workforce.EMPLOYED -> {
                    if (elite) {
                        tally.add(sFirmElite + firm, h);
                        tally.increment(C_ELITE_EMPLOYED);
                    } else {
                        tally.add(sFirmSkill + firm, h);
                    }
                    tally.increment(cFirm + firm);
                }
                case Workforce.GIG -> tally.increment(cGig + s);
                case Workforce.CROWD -> {
                    tally.add(sCrowd + s, h);
                    tally.increment(cCrowd + s);
                }
                case Workforce.FREELANCE -> {
                    if (closedTools(s, h)) {
                        tally.add(sClosedLance + s, h * h);
                        tally.increment(cClosedLance + s);
                    } else {
                        tally.add(sFreeLance + s, h * h);
                    }
                    tally.increment(cFreelance + s);
                }
                case Workforce.COMMUNITY -> {
                    tally.add(sCommunity + s, h);
                    tally.increment(cCommunity + s);
                }
                default -> tally.increment(cUnemployed + s);
            }
        }
    }

    /** (A11) a freelancer subscribes to closed tools when their extra income beats the fee. */
    private boolean closedTools(int s, double h) {
        return lnClosed[s] > lnFree[s]
                && p.freelanceRate() * h * h * p.freelanceTools() * (lnClosed[s] - lnFree[s]) > p.toolFee();
    }

    private double freelanceGross(int s, double h) {
        boolean closed = closedTools(s, h);
        double ln = closed ? lnClosed[s] : lnFree[s];
        return p.freelanceRate() * h * h * (1.0 + p.freelanceTools() * ln) - (closed ? p.toolFee() : 0.0);
    }

    /** (A11) the logit choice among the labour forms open to an individual. */
    private int choose(int form, int firm, int s, double h, boolean elite, double u, Choice choice) {
        double net = 1.0 - p.taxRate();
        double bonus = elite ? 1.0 + premium : 1.0;
        double[] v = choice.value;
        boolean[] open = choice.open;
        double hire = elite ? 1.0 : jobFinding[s];
        double cut = p.platforms() > 0 ? p.platformCut() : 0.0;
        v[Workforce.EMPLOYED] = form == Workforce.EMPLOYED ? net * wage[firm] * h * bonus : 0.0;
        open[Workforce.EMPLOYED] = form == Workforce.EMPLOYED;
        v[Workforce.UNEMPLOYED] = hire * net * stateWage[s] * h * bonus
                + (1.0 - hire) * p.unemploymentBenefit() * productivity[s];
        open[Workforce.UNEMPLOYED] = form != Workforce.EMPLOYED;
        v[Workforce.GIG] = net * (1.0 - cut) * gigIncome[s];
        v[Workforce.CROWD] = net * (1.0 - cut) * crowdRate[s] * h;
        v[Workforce.FREELANCE] = net * freelanceGross(s, h);
        v[Workforce.COMMUNITY] = p.communityRate() * h;
        open[Workforce.GIG] = true;
        open[Workforce.CROWD] = true;
        open[Workforce.FREELANCE] = true;
        open[Workforce.COMMUNITY] = p.openModels();
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < Workforce.FORMS; k++) {
            if (open[k]) {
                if (k != form) {
                    v[k] -= p.switchCost();
                }
                best = Math.max(best, v[k]);
            }
        }
        double total = 0;
        double[] weight = choice.weight;
        for (int k = 0; k < Workforce.FORMS; k++) {
            weight[k] = open[k] ? Math.exp(p.choiceIntensity() * (v[k] - best)) : 0.0;
            total += weight[k];
        }
        double x = u * total;
        int last = form;
        for (int k = 0; k < Workforce.FORMS; k++) {
            if (weight[k] > 0) {
                last = k;
                x -= weight[k];
                if (x < 0) {
                    return k;
                }
            }
        }
        return last;
    }

    /** Scratch space of one worker for (A11): value, availability and weight of each labour form. */
    private static final class Choice {
        final double[] value = new double[Workforce.FORMS];
        final boolean[] open = new boolean[Workforce.FORMS];
        final double[] weight = new double[Workforce.FORMS];
    }

    /** (A12) production and wages, (A13) incomes, platforms, taxes, dividend and demand, (A14) power. */
    private void accounts(Accumulator a) {
        lastTally = a;
        double crisis = crisisLeft > 0 ? 1.0 - p.crisisDepth() : 1.0;
        double[] profit = new double[firms];
        double[] stateBill = new double[states];
        double[] stateOutput = new double[states];
        double[] stateProfit = new double[states];
        double[] stateRevenue = new double[states];
        double[] modelRevenue = new double[ai.models()];
        double wages = 0;
        double output = 0;
        double eliteWages = 0;
        double plainWages = 0;
        long eliteJobs = a.count(C_ELITE_EMPLOYED);
        long employed = 0;
        long licences = 0;
        Arrays.fill(users, 0);
        for (int f = 0; f < firms; f++) {
            int s = firmState[f];
            double plain = a.sum(sFirmSkill + f);
            double top = a.sum(sFirmElite + f);
            double l = plain + top;
            jobs[f] = a.count(cFirm + f);
            employed += jobs[f];
            labour[f] = l;
            double y = FirmProduction.output(productivity[s] * crisis * outputLoss[s], capital[f], l, newTasks,
                    automation[f]);
            double w = FirmProduction.wage(y, l, newTasks, automation[f]);
            wage[f] = w;
            double bill = w * l + premium * w * top;
            eliteWages += w * (1.0 + premium) * top;
            plainWages += w * plain;
            wages += bill;
            stateBill[s] += bill;
            output += y;
            profit[f] = y - bill;
            if (licensed[f]) {
                double fee = licenceFee(model[f]);
                profit[f] -= fee;
                modelRevenue[model[f]] += fee;
                licences++;
            }
            if (model[f] >= 0) {
                users[model[f]] += jobs[f];
            }
            stateOutput[s] += y;
        }
        // gig, crowd, freelance and community work, by state
        double cut = p.platforms() > 0 ? p.platformCut() : 0.0;
        double gig = 0;
        double crowd = 0;
        double freelance = 0;
        double toolFees = 0;
        double community = 0;
        double labourTax = 0;
        double[] platformTake = new double[states];
        long gigWorkers = 0;
        long crowdWorkers = 0;
        long freelancers = 0;
        long contributors = 0;
        long unemployed = 0;
        int free = ai.freeModel();
        for (int s = 0; s < states; s++) {
            long nGig = a.count(cGig + s);
            long nCrowd = a.count(cCrowd + s);
            long nClosed = a.count(cClosedLance + s);
            double g = nGig * gigIncome[s];
            double c = crowdRate[s] * a.sum(sCrowd + s);
            double fFree = p.freelanceRate() * a.sum(sFreeLance + s) * (1.0 + p.freelanceTools() * lnFree[s]);
            double fClosed = p.freelanceRate() * a.sum(sClosedLance + s) * (1.0 + p.freelanceTools() * lnClosed[s]);
            double com = p.communityRate() * a.sum(sCommunity + s);
            double fees = nClosed * p.toolFee();
            gig += g;
            crowd += c;
            freelance += fFree + fClosed;
            toolFees += fees;
            community += com;
            platformTake[s] = cut * (g + c);
            if (nClosed > 0) {
                modelRevenue[closedModelOf[s]] += fees;
                users[closedModelOf[s]] += nClosed;
            }
            int access = lnClosed[s] > lnFree[s] ? closedModelOf[s] : free;
            long freeLancers = a.count(cFreelance + s) - nClosed;
            if (access >= 0) {
                users[access] += nGig + nCrowd;
            }
            if (free >= 0) {
                users[free] += freeLancers;
            }
            users[ai.community()] += a.count(cCommunity + s);
            gigWorkers += nGig;
            crowdWorkers += nCrowd;
            freelancers += a.count(cFreelance + s);
            contributors += a.count(cCommunity + s);
            unemployed += a.count(cUnemployed + s);
            stateOutput[s] += g + c + fFree + fClosed + com;
            double grossLabour = stateBill[s] + (1.0 - cut) * (g + c) + fFree + fClosed - fees;
            stateRevenue[s] += p.taxRate() * grossLabour;
            labourTax += p.taxRate() * grossLabour;
        }
        if (!p.openModels()) {
            users[ai.community()] = 0;
        }
        contributorSkill = 0;
        for (int s = 0; s < states; s++) {
            contributorSkill += a.sum(sCommunity + s);
        }
        contributorSkill /= size;
        // (A13) platforms: their own capital income, the cut, the captured commons
        double captureShare = p.enclosure() * platformPower / (1.0 + platformPower);
        double captured = p.platforms() > 0 ? captureShare * community : 0.0;
        for (int s = 0; s < states; s++) {
            if (platformTake[s] > 0) {
                profit[s % p.platforms()] += platformTake[s];
            }
        }
        for (int k = 0; k < p.platforms(); k++) {
            profit[k] += captured / p.platforms();
        }
        for (int j = 0; j < ai.teams(); j++) {
            if (modelRevenue[j] > 0) {
                if (ai.ownerKind(j) == AiAgents.Owner.FIRM) {
                    profit[ai.owner(j)] += modelRevenue[j];
                } else {
                    stateRevenue[ai.owner(j)] += modelRevenue[j];
                }
            }
        }
        double platformRevenue = 0;
        for (int k = 0; k < p.platforms(); k++) {
            platformRevenue += profit[k];
        }
        for (int f = 0; f < firms; f++) {
            stateProfit[firmState[f]] += profit[f];
        }
        double capitalTax = 0;
        double dividend = 0;
        double ownersSpending = 0;
        for (int s = 0; s < states; s++) {
            double positive = Math.max(0.0, stateProfit[s]);
            double tax = p.capitalTaxRate() * positive;
            double div = p.dataDividend() * positive;
            stateRevenue[s] += tax;
            capitalTax += tax;
            dividend += div;
            ownersSpending += p.capitalConsumption() * Math.max(0.0, stateProfit[s] - tax - div);
        }
        double stateTotal = 0;
        for (double r : stateRevenue) {
            stateTotal += r;
        }
        platformPower = stateTotal > 0 ? Math.max(0.0, platformRevenue) / stateTotal : 0.0;
        double supply = output + gig + crowd + freelance + community + captured;
        double labourIncome = wages + (1.0 - cut) * (gig + crowd) + freelance - toolFees + community;
        double demand = p.wageConsumption() * (labourIncome - labourTax + dividend) + ownersSpending + stateTotal;
        demandGap = supply > 0 ? Math.max(0.0, 1.0 - demand / supply) : 0.0;
        long working = size - unemployed;

        // (A14) capability by firm and state, power composite
        double[] stateCap = new double[states];
        double[] firmCount = new double[states];
        for (int f = 0; f < firms; f++) {
            stateCap[firmState[f]] += capability[f];
            firmCount[firmState[f]]++;
        }
        double[] comm = new double[states];
        long allUsers = 0;
        long openUsers = 0;
        for (int j = 0; j < ai.models(); j++) {
            allUsers += users[j];
            if (ai.open(j)) {
                openUsers += users[j];
            }
        }
        double[] sovereign = new double[states];
        double freeCapability = ai.freeCapability();
        for (int s = 0; s < states; s++) {
            stateCap[s] = firmCount[s] > 0 ? stateCap[s] / firmCount[s] : 0.0;
            sovereign[s] = freeCapability;
        }
        for (int j = 0; j < ai.teams(); j++) {
            int h = ai.home(j);
            stateCap[h] = Math.max(stateCap[h], ai.capability(j));
            sovereign[h] = Math.max(sovereign[h], ai.capability(j));
            comm[h] += users[j];
        }
        double[] military = new double[states];
        double[] financial = new double[states];
        for (int s = 0; s < states; s++) {
            military[s] = stateOutput[s] * sovereign[s];
            financial[s] = Math.max(0.0, stateProfit[s]);
        }
        double[] econShare = shares(stateOutput, 0);
        double[] milShare = shares(military, 0);
        double[] finShare = shares(financial, 0);
        double[] commShare = shares(comm, allUsers);
        double[] power = new double[states];
        for (int s = 0; s < states; s++) {
            power[s] = 0.25 * (econShare[s] + milShare[s] + finShare[s] + commShare[s]);
        }
        double[] powerShare = shares(power, 0);
        double hhi = 0;
        for (double x : powerShare) {
            hhi += x * x;
        }
        // frontier and laggards
        int lead = 0;
        double mean = 0;
        for (int j = 0; j < ai.teams(); j++) {
            if (ai.capability(j) > ai.capability(lead)) {
                lead = j;
            }
            mean += ai.risk(j);
        }
        double lagSum = 0;
        int lagCount = 0;
        for (int j = 0; j < ai.teams(); j++) {
            if (AiAgents.bloc(ai.home(j)) != AiAgents.bloc(ai.home(lead))) {
                lagSum += ai.capability(j);
                lagCount++;
            }
        }
        if (lagCount == 0) {
            for (int j = 0; j < ai.teams(); j++) {
                if (j != lead || ai.teams() == 1) {
                    lagSum += ai.capability(j);
                    lagCount++;
                }
            }
        }
        long nonElite = employed - eliteJobs;
        int m = 0;
        metrics[m++] = supply > 0 ? labourIncome / supply : 0.0; // wage_share
        metrics[m++] = supply > 0 ? working / supply : 0.0; // value_wealth_ratio
        metrics[m++] = supply / size; // output_per_capita
        metrics[m++] = demandGap;
        metrics[m++] = crisesStarted;
        metrics[m++] = (double) employed / size;
        metrics[m++] = (double) gigWorkers / size;
        metrics[m++] = (double) crowdWorkers / size;
        metrics[m++] = (double) freelancers / size;
        metrics[m++] = (double) contributors / size;
        metrics[m++] = (double) unemployed / size;
        metrics[m++] = a.count(C_DISPLACED);
        metrics[m++] = eliteJobs > 0 && nonElite > 0 && plainWages > 0
                ? (eliteWages / eliteJobs) / (plainWages / nonElite) : 0.0; // elite_wage_ratio
        metrics[m++] = Math.max(0.0, Inequality.gini(capability));
        metrics[m++] = Math.max(0.0, Inequality.gini(stateCap));
        metrics[m++] = ai.capability(lead);
        metrics[m++] = lagSum / lagCount;
        metrics[m++] = p.openModels() ? ai.capability(ai.community()) : 0.0;
        metrics[m++] = allUsers > 0 ? (double) openUsers / allUsers : 0.0;
        metrics[m++] = hhi;
        metrics[m++] = ai.disasters();
        metrics[m++] = mean / ai.teams(); // race_risk
        metrics[m++] = platformPower;
        metrics[m++] = captureShare;
        metrics[m++] = (double) licences / firms;
        metrics[m++] = dividend / size;
        if (crisisLeft > 0) {
            crisisLeft--;
        }
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
    public void observe(double[] row) {
        System.arraycopy(metrics, 0, row, 0, metrics.length);
    }

    @Override
    public int individuals() {
        return size;
    }
}
