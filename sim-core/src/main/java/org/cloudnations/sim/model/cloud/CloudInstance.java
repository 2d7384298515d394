package org.cloudnations.sim.model.cloud;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.IndividualKernel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.random.CounterRandom;

/**
 * One run of the cloud-communities model. Phases per tick: {@code states} (crisis, policy
 * imitation, voice and taxes), {@code communities} (productivity, attachment, firms' commons gain),
 * {@code individuals} (parallel: automation, job finding, the multinomial exit/return/migration
 * choice, voice, e-residency, incomes), {@code hiring} (capacity-limited hiring of top
 * contributors in a deterministic order) and {@code accounts} (commons stock, influence, power).
 * Equation numbers (C0)..(C14) refer to docs/model.md, section "Cloud communities".
 */
final class CloudInstance implements ModelInstance {
    static final int INIT_STREAM = 20;
    static final int STATE_STREAM = 21;
    static final int TICK_STREAM = 22;
    static final int TICK_STREAM_B = 23;

    // global sums
    private static final int S_INCOME = 0;
    private static final int S_CLOUD_INCOME = 1;
    private static final int S_CLOUD_SKILL = 2;
    private static final int S_ELITE_INCOME = 3;
    private static final int S_FEES = 4;
    private static final int S_FIXED = 5;
    // global counts
    private static final int C_EXITS = 0;
    private static final int C_RETURNS = 1;
    private static final int C_VOICE = 2;
    private static final int C_MIGRATIONS = 3;
    private static final int C_DISPLACED = 4;
    private static final int C_ELITE = 5;
    private static final int C_FIXED = 6;

    private final CloudSettings p;
    /** The individuals in columns; in {@link Storage#AGENTS} mode only until the agents are built. */
    private People people;
    private final int size;
    private final Storage storage;
    private Agent[] agents;
    private sim.engine.RandomSequence sequence;
    /** Holds the generator that shuffles the agents, so the world's own generator stays untouched. */
    private sim.engine.SimState shuffler;
    private final People scratch = new People(1);
    private Tick agentTick;
    private Accumulator agentTally;
    private final int states;
    private final int communities;
    // sum layout: fixed, tax[S], gdp[S], cloudAssets[S], output[C]
    private final int sTax;
    private final int sGdp;
    private final int sAssets;
    private final int sOutput;
    private final int sumSlots;
    // count layout: fixed, employees[F], seekers[S], voice[S], members[C], crowd[S], eres[S],
    // cloudResidents[S], incomeBins, wealthBins
    private final int cFirmEmp;
    private final int cSeek;
    private final int cVoice;
    private final int cMembers;
    private final int cCrowd;
    private final int cEres;
    private final int cCloudRes;
    private final int cIncomeBins;
    private final int cWealthBins;
    private final int countSlots;

    // states
    private final double[] productivity;
    private final double[] tax;
    private final Policy[] policy;
    private final int[] firstFirm;
    private final int[] firmCount;
    private final long[] pop;
    private final long[] emp;
    private final long[] seekers;
    private final long[] crowd;
    private final long[] voice;
    private final long[] eres;
    private final long[] cloudResidents;
    private final long[] integratingEmp;
    private final double[] taxRevenue;
    private final double[] gdp;
    private final double[] cloudAssets;
    private final double[] power;
    // per-tick derived state values, read by the kernel
    private final double[] labourFactor; // A_s * crisis multiplier
    private final double[] cloudTax;
    private final double[] exitCost;
    private final double[] publicGood;
    private final double[] meanGain;
    /** (C5), (C6) this tick's gain of an integrating firm in state s: the gain, times the league share in LEAGUE states. */
    private final double[] stateGain;
    private final boolean[] league;
    private int[] offshoreStates = new int[0];
    // firms
    private final int[] firmState;
    private final boolean[] integrating;
    /** 1 for an integrating firm, 0 otherwise: {@link #integrating} as numbers, for the kernel's arithmetic. */
    private final double[] integratingWeight;
    private double gain; // commons gain of integrating firms this tick
    private double leagueShare = 1; // (C6) innovation sharing factor of league members this tick
    private double crowdDemand;
    private double meanFirmGain; // mean commons gain over all firms this tick
    // communities
    private final int[] capability;
    private final double[] rarity;
    private final boolean[] machine;
    private final long[] members;
    private final double[] output;
    private final double[] phi;
    private final double[] cdf;
    private final double[] influence;
    private final double[] automated;
    private int elite = -1;
    private double eliteTransferPerMember;
    private double commons;
    private double machineOutput;
    // crisis
    private int crisisLeft;
    private double crisisMultiplier = 1;
    private double cloudCrisisMultiplier = 1;
    // tallies of the last tick
    private Accumulator lastTally;
    private long exits;
    private long returns;
    private long voiceTotal;
    private long migrations;
    private long displaced;
    private long topHires;
    private double income;
    private double cloudIncome;
    private double cloudSkill;
    private double eliteIncome;
    private double fees;
    private long eliteMembers;
    private final long[] incomeBins = new long[Bins.COUNT];
    private final long[] wealthBins = new long[Bins.COUNT];
    private final double meanSkill;
    private final long seed;

    /** How individuals are stored and stepped. */
    enum Storage {
        /** Struct-of-arrays columns stepped in parallel chunks: the engine's way. */
        COLUMNS,
        /**
         * One MASON {@link sim.engine.Steppable} object per individual, stepped sequentially in a
         * {@link sim.engine.RandomSequence}: the usual MASON way, kept as a benchmark baseline. It
         * runs the same rule code and draws, so its results are identical.
         */
        AGENTS
    }

    CloudInstance(CloudSettings settings, long seed, ParallelLoop loop, Storage storage) {
        this.p = settings;
        this.seed = seed;
        this.storage = storage;
        this.size = settings.individuals();
        this.states = settings.states();
        this.communities = settings.communities();
        this.people = new People(settings.individuals());
        sTax = S_FIXED;
        sGdp = sTax + states;
        sAssets = sGdp + states;
        sOutput = sAssets + states;
        sumSlots = sOutput + communities;
        cFirmEmp = C_FIXED;
        cSeek = cFirmEmp + Math.max(settings.firms(), states); // the number of firms, (C0)
        cVoice = cSeek + states;
        cMembers = cVoice + states;
        cCrowd = cMembers + communities;
        cEres = cCrowd + states;
        cCloudRes = cEres + states;
        cIncomeBins = cCloudRes + states;
        cWealthBins = cIncomeBins + Bins.COUNT;
        countSlots = cWealthBins + Bins.COUNT;

        // (C0) states: Zipf weights, productivity, policy
        productivity = new double[states];
        tax = new double[states];
        policy = new Policy[states];
        double[] weight = new double[states];
        long stateKey = CounterRandom.streamKey(seed, 0, STATE_STREAM);
        double totalWeight = 0;
        for (int s = 0; s < states; s++) {
            double sigma = settings.productivitySigma();
            productivity[s] = Math.exp(sigma * CounterRandom.gaussian(stateKey, s, 0) - 0.5 * sigma * sigma);
            tax[s] = settings.taxRate();
            policy[s] = initialPolicy(settings.policyMix(), s);
            weight[s] = Math.pow(s + 1, -settings.stateSizeExponent());
            totalWeight += weight[s];
        }
        double[] stateCdf = Cdf.of(weight);
        // firms: one per state, the rest by population weight
        firstFirm = new int[states];
        firmCount = new int[states];
        int firms = Math.max(settings.firms(), states);
        int[] perState = new int[states];
        int assigned = 0;
        for (int s = 0; s < states; s++) {
            perState[s] = 1 + (int) Math.floor((firms - states) * weight[s] / totalWeight);
            assigned += perState[s];
        }
        for (int s = 0; assigned < firms; s = (s + 1) % states) {
            perState[s]++;
            assigned++;
        }
        firmState = new int[firms];
        integrating = new boolean[firms];
        integratingWeight = new double[firms];
        long firmKey = CounterRandom.streamKey(seed, 0, STATE_STREAM + 100);
        for (int s = 0, f = 0; s < states; s++) {
            firstFirm[s] = f;
            firmCount[s] = perState[s];
            for (int j = 0; j < perState[s]; j++, f++) {
                firmState[f] = s;
                integrating[f] = CounterRandom.uniform(firmKey, f, 0) < settings.commonsAdoption();
                integratingWeight[f] = integrating[f] ? 1 : 0;
            }
        }
        // communities: capability types from Zipf(1), rarity, machine communities
        capability = new int[communities];
        rarity = new double[communities];
        machine = new boolean[communities];
        double[] typeWeight = new double[settings.capabilityTypes()];
        for (int k = 0; k < typeWeight.length; k++) {
            typeWeight[k] = 1.0 / (k + 1);
        }
        double[] typeCdf = Cdf.of(typeWeight);
        long commKey = CounterRandom.streamKey(seed, 0, STATE_STREAM + 200);
        int[] typeCount = new int[typeWeight.length];
        for (int c = 0; c < communities; c++) {
            capability[c] = Cdf.draw(typeCdf, CounterRandom.uniform(commKey, c, 0));
            typeCount[capability[c]]++;
            machine[c] = c < Math.round(settings.machineShare() * communities);
        }
        int distinct = 0;
        for (int n : typeCount) {
            distinct += n > 0 ? 1 : 0;
        }
        for (int c = 0; c < communities; c++) {
            // (C9) rarity: 1 when every type present is equally common
            rarity[c] = (double) communities / (distinct * typeCount[capability[c]]);
        }
        members = new long[communities];
        output = new double[communities];
        phi = new double[communities];
        cdf = new double[communities];
        influence = new double[communities];
        automated = new double[communities];

        pop = new long[states];
        emp = new long[states];
        seekers = new long[states];
        crowd = new long[states];
        voice = new long[states];
        eres = new long[states];
        cloudResidents = new long[states];
        integratingEmp = new long[states];
        taxRevenue = new double[states];
        gdp = new double[states];
        cloudAssets = new double[states];
        power = new double[states];
        labourFactor = new double[states];
        cloudTax = new double[states];
        exitCost = new double[states];
        publicGood = new double[states];
        meanGain = new double[states];
        stateGain = new double[states];
        league = new boolean[states];

        // (C0) individuals
        long key = CounterRandom.streamKey(seed, 0, INIT_STREAM);
        Accumulator init = loop.run(people.size, 1, 0, (from, to, tally) -> {
            for (int i = from; i < to; i++) {
                double sigma = settings.skillSigma();
                people.skill[i] = (float) Math.exp(sigma * CounterRandom.gaussian(key, i, 0) - 0.5 * sigma * sigma);
                people.loyalty[i] = (float) (-settings.loyaltyMean()
                        * Math.log(CounterRandom.uniformPositive(key, i, 2)));
                double d = settings.digitalAccess();
                people.digital[i] = (float) Math.pow(CounterRandom.uniform(key, i, 3), (1.0 - d) / d);
                int s = Cdf.draw(stateCdf, CounterRandom.uniform(key, i, 4));
                people.residence[i] = s;
                people.capital[i] = CounterRandom.uniform(key, i, 5) < settings.capitalShare() ? People.CAPITAL : 0;
                people.unit[i] = firstFirm[s] + (int) (CounterRandom.uniform(key, i, 6) * firmCount[s]);
                people.kind[i] = People.EMPLOYED;
                tally.add(0, people.skill[i]);
            }
        });
        meanSkill = init.sum(0) / people.size;
        statesPhase(null);
        communitiesPhase();
        account(loop.run(people.size, sumSlots, countSlots, kernel(0, false)));
        if (storage == Storage.AGENTS) {
            agents = new Agent[size];
            for (int i = 0; i < size; i++) {
                agents[i] = new Agent(this, i, people);
            }
            people = null;
            sequence = new sim.engine.RandomSequence(agents);
            shuffler = new sim.engine.SimState(CounterRandom.mix64(seed ^ 0x5EEDL));
        }
    }

    private static Policy initialPolicy(String mix, int s) {
        return switch (mix) {
            case "neutral" -> Policy.NEUTRAL;
            case "squeeze" -> Policy.SQUEEZE;
            case "offshore" -> Policy.OFFSHORE;
            case "league" -> Policy.LEAGUE;
            case "squeeze-league" -> s % 2 == 0 ? Policy.SQUEEZE : Policy.LEAGUE;
            case "offshore-neutral" -> s % 2 == 0 ? Policy.OFFSHORE : Policy.NEUTRAL;
            case "mixed" -> Policy.of(s % 4);
            default -> throw new IllegalArgumentException("policy mix " + mix);
        };
    }


    @Override
    public List<Phase> phases() {
        return List.of(
                Phase.of("states", this::statesPhase),
                Phase.of("communities", ctx -> communitiesPhase()),
                Phase.of("individuals", this::individualsPhase),
                Phase.of("hiring", ctx -> hire(lastTally)),
                Phase.of("accounts", ctx -> account(lastTally)));
    }

    private void individualsPhase(TickContext ctx) {
        if (storage == Storage.COLUMNS) {
            lastTally = ctx.loop().run(size, sumSlots, countSlots, kernel(ctx.tick(), true));
        } else {
            agentTick = new Tick(ctx.tick(), true);
            agentTally = new Accumulator(sumSlots, countSlots);
            sequence.step(shuffler);
            lastTally = agentTally;
        }
    }

    /** One individual as a MASON agent: its attributes as fields. */
    static final class Agent implements sim.engine.Steppable {
        private static final long serialVersionUID = 1L;
        private final transient CloudInstance owner;
        private final int id;
        float skill;
        float digital;
        float loyalty;
        float wealth;
        int residence;
        int unit;
        int eResidency;
        byte kind;
        byte capital;

        Agent(CloudInstance owner, int id, People from) {
            this.owner = owner;
            this.id = id;
            skill = from.skill[id];
            digital = from.digital[id];
            loyalty = from.loyalty[id];
            wealth = from.wealth[id];
            residence = from.residence[id];
            unit = from.unit[id];
            eResidency = from.eResidency[id];
            kind = from.kind[id];
            capital = from.capital[id];
        }

        @Override
        public void step(sim.engine.SimState state) {
            owner.stepAgent(this);
        }
    }

    private void stepAgent(Agent a) {
        People q = scratch;
        q.skill[0] = a.skill;
        q.digital[0] = a.digital;
        q.loyalty[0] = a.loyalty;
        q.wealth[0] = a.wealth;
        q.residence[0] = a.residence;
        q.unit[0] = a.unit;
        q.eResidency[0] = a.eResidency;
        q.kind[0] = a.kind;
        q.capital[0] = a.capital;
        step(q, 0, 1, a.id, agentTally, agentTick);
        a.wealth = q.wealth[0];
        a.residence = q.residence[0];
        a.unit = q.unit[0];
        a.eResidency = q.eResidency[0];
        a.kind = q.kind[0];
        a.capital = q.capital[0];
    }

    /** (C1)-(C3): crisis, policy imitation, voice-driven taxes, and the per-state values of this tick. */
    private void statesPhase(TickContext ctx) {
        if (ctx != null) {
            MersenneTwisterFast rng = ctx.random();
            // (C13) global crisis
            if (crisisLeft > 0) {
                crisisLeft--;
            } else if (rng.nextDouble() < p.crisisRate()) {
                crisisLeft = p.crisisLength();
            }
            // (C2) policy revision by pairwise proportional imitation
            if (p.policyPeriod() > 0 && ctx.tick() % p.policyPeriod() == 0) {
                double[] payoff = new double[states];
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < states; s++) {
                    payoff[s] = pop[s] == 0 ? 0 : taxRevenue[s] * (1 - p.eliteTransfer()) / pop[s];
                    lo = Math.min(lo, payoff[s]);
                    hi = Math.max(hi, payoff[s]);
                }
                Policy[] next = policy.clone();
                for (int s = 0; s < states; s++) {
                    if (rng.nextDouble() < p.policyMutation()) {
                        next[s] = Policy.of(rng.nextInt(4));
                        continue;
                    }
                    int other = rng.nextInt(states - 1);
                    if (other >= s) {
                        other++;
                    }
                    double probability = hi > lo ? Math.max(0, payoff[other] - payoff[s]) / (hi - lo) : 0;
                    if (rng.nextDouble() < probability) {
                        next[s] = policy[other];
                    }
                }
                System.arraycopy(next, 0, policy, 0, states);
            }
            // (C3) voice lowers the tax rate; the rate reverts towards tau_0
            for (int s = 0; s < states; s++) {
                double v = pop[s] == 0 ? 0 : (double) voice[s] / pop[s];
                tax[s] = clamp(tax[s] - p.voiceResponse() * v + p.taxReversion() * (p.taxRate() - tax[s]), 0, 0.9);
            }
        }
        crisisMultiplier = crisisLeft > 0 ? 1 - p.crisisDepth() : 1;
        cloudCrisisMultiplier = crisisLeft > 0 ? 1 - p.crisisDepth() * p.cloudExposure() : 1;
        List<Integer> offshore = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            Policy pol = policy[s];
            league[s] = pol == Policy.LEAGUE;
            if (pol == Policy.OFFSHORE) {
                offshore.add(s);
            }
            labourFactor[s] = productivity[s] * crisisMultiplier;
            // (C1) cloud tax and exit cost by policy
            cloudTax[s] = switch (pol) {
                case SQUEEZE -> p.squeezeTaxRate();
                case OFFSHORE -> Math.min(p.cloudTaxRate(), p.offshoreFee());
                case NEUTRAL, LEAGUE -> p.cloudTaxRate();
            };
            exitCost[s] = p.exitCost() * (league[s] ? 1 - p.leagueDiscount() : 1)
                    + (pol == Policy.SQUEEZE ? p.squeezeExitCost() : 0);
            publicGood[s] = pop[s] == 0 ? 0 : taxRevenue[s] * (1 - p.eliteTransfer()) / pop[s];
        }
        offshoreStates = offshore.stream().mapToInt(Integer::intValue).toArray();
    }

    /** (C4)-(C6): community productivity and attachment, commons gain of integrating firms, crowd demand. */
    private void communitiesPhase() {
        double reference = (double) size / communities;
        double machineContributors = p.machineOutput() * reference;
        long total = 0;
        for (int c = 0; c < communities; c++) {
            double effective = members[c] + (machine[c] ? machineContributors : 0);
            phi[c] = p.communityProductivity() * Math.pow(1.0 + effective / reference, p.networkExponent());
            total += members[c];
        }
        double acc = 0;
        double denominator = total + (double) communities;
        for (int c = 0; c < communities; c++) {
            acc += members[c] + 1.0;
            cdf[c] = acc / denominator;
        }
        cdf[communities - 1] = 1.0;
        // (C5) commons gain, saturating in the commons stock per individual
        double perCapita = commons / size;
        gain = p.commonsGain() * perCapita / (perCapita + p.commonsHalf());
        int adopters = 0;
        for (boolean b : integrating) {
            adopters += b ? 1 : 0;
        }
        crowdDemand = (double) adopters / integrating.length;
        int leagueSize = 0;
        for (boolean b : league) {
            leagueSize += b ? 1 : 0;
        }
        // (C6) league members share innovation: the gain grows with the league's size
        leagueShare = 1 + p.leagueDiscount() * leagueSize / states;
        for (int s = 0; s < states; s++) {
            int integratingHere = 0;
            for (int f = firstFirm[s]; f < firstFirm[s] + firmCount[s]; f++) {
                integratingHere += integrating[f] ? 1 : 0;
            }
            stateGain[s] = gain * (league[s] ? leagueShare : 1);
            meanGain[s] = stateGain[s] * integratingHere / firmCount[s];
        }
        double totalGain = 0;
        for (int f = 0; f < integrating.length; f++) {
            totalGain += firmGain(f, firmState[f]);
        }
        meanFirmGain = totalGain / integrating.length;
    }


    /**
     * The values every individual reads during one tick's individual phase, fixed before it starts.
     */
    final class Tick {
        final long key;
        final long keyB;
        final double automation;
        final double finding;
        final double beta;
        final double kappa;
        final double benefit;
        final double crowdRate;
        final double topSkill;
        final double topPremium;
        final double saving;
        final double migrationCost;
        final double leagueDiscount;
        final double cloudCrisis;
        final double crisis;
        final int[] offshore;
        final int eliteCommunity;
        final double eliteTransfer;
        final boolean hiring;
        /** {@code 1} and {@code 1 + capital premium}, indexed by the CAPITAL flag (a lookup, not a branch). */
        final double[] capitalFactor;
        /** {@code 1} and {@code 1 + top wage premium}, indexed by the TOP flag shifted to bit 0. */
        final double[] topFactor;
        // the same probabilities as thresholds for CounterRandom.below; revision by kind (job seekers search)
        final long[] revisionBits;
        final long automationBits;
        final long findingBits;

        Tick(long tick, boolean active) {
            this.key = CounterRandom.streamKey(seed, tick, TICK_STREAM);
            this.keyB = CounterRandom.streamKey(seed, tick, TICK_STREAM_B);
            this.automation = active ? p.automationRate() : 0;
            this.finding = active ? p.jobFindingRate() : 0;
            this.beta = p.choiceIntensity();
            this.kappa = p.exitCost();
            this.benefit = p.unemploymentBenefit();
            this.crowdRate = p.crowdRate() * crowdDemand;
            this.topSkill = p.topSkill();
            this.topPremium = p.topWagePremium();
            this.saving = p.savingRate();
            this.migrationCost = p.migrationCost();
            this.leagueDiscount = p.leagueDiscount();
            this.cloudCrisis = cloudCrisisMultiplier;
            this.crisis = crisisMultiplier;
            this.offshore = offshoreStates;
            this.eliteCommunity = elite;
            this.eliteTransfer = eliteTransferPerMember;
            this.hiring = active && p.topHireRate() > 0;
            this.capitalFactor = new double[] {1, 1 + p.capitalPremium()};
            this.topFactor = new double[] {1, 1 + topPremium};
            long r = CounterRandom.threshold(active ? p.revisionRate() : 0);
            this.revisionBits = new long[] {r, r, r, r};
            this.revisionBits[People.JOB_SEEKER] = CounterRandom.threshold(active ? p.searchRevisionRate() : 0);
            this.automationBits = CounterRandom.threshold(automation);
            this.findingBits = CounterRandom.threshold(finding);
        }
    }

    /** (C7)-(C12): the individual rules over a range of individuals. */
    private IndividualKernel kernel(long tick, boolean active) {
        final Tick v = new Tick(tick, active);
        return (from, to, t) -> {
            step(people, from, to, 0, t, v);
        };
    }

    /**
     * (C7)-(C14) for the individuals in slots {@code from} to {@code to - 1} of {@code q}: reads and
     * writes their slots, draws random numbers and reports to the tally under their ids (slot plus
     * {@code idOffset}). The struct-of-arrays kernel calls it on a chunk with offset 0; the
     * object-per-agent mode on a one-slot scratch store with the agent's id as offset. The loop is
     * inside the method so that the JIT compiles the whole chunk as one loop, with every per-tick
     * value and array of {@code this} and {@code v} loaded once (issue 8).
     */
    void step(People q, int from, int to, int idOffset, Accumulator t, Tick v) {
        for (int slot = from; slot < to; slot++) {
            final int id = slot + idOffset;
            int s = q.residence[slot];
            byte kind = q.kind[slot];
            int unit = q.unit[slot];
            final byte kind0 = kind;
            final int unit0 = unit;
            final double h = q.skill[slot];
            final byte flags = q.capital[slot];
            final double cap = v.capitalFactor[flags & People.CAPITAL];
            // (C7) automation and (C8) job finding (the per-tick test first: it is the same for everyone)
            if (v.automation > 0 && kind == People.EMPLOYED && CounterRandom.below(v.key, id, 0, v.automationBits)) {
                kind = People.JOB_SEEKER;
                unit = -1;
                t.increment(C_DISPLACED);
            } else if (v.finding > 0 && kind == People.JOB_SEEKER && CounterRandom.below(v.key, id, 1, v.findingBits)) {
                kind = People.EMPLOYED;
                unit = firstFirm[s] + (int) (CounterRandom.uniform(v.key, id, 2) * firmCount[s]);
            }
            if (CounterRandom.below(v.key, id, 3, v.revisionBits[kind])) {
                revise(q, slot, id, t, v, s, kind, unit, h, q.digital[slot], q.loyalty[slot], cap);
                s = q.residence[slot];
                kind = q.kind[slot];
                unit = q.unit[slot];
            }
            // (C9) e-residency with an OFFSHORE state, for community members whom it saves tax
            // only community members hold an e-residency (C9; it is reset when they leave)
            final int e0 = kind0 == People.COMMUNITY ? q.eResidency[slot] : -1;
            int e = -1;
            if (v.offshore.length > 0 && kind == People.COMMUNITY && cloudTax[s] > p.offshoreFee()
                    && policy[s] != Policy.OFFSHORE) {
                e = e0 >= 0 && policy[e0] == Policy.OFFSHORE ? e0
                        : v.offshore[(int) (CounterRandom.uniform(v.keyB, id, 0) * v.offshore.length)];
            }
            // a hired top contributor keeps the wage premium only while employed
            final byte newFlags = kind == People.EMPLOYED ? flags : (byte) (flags & ~People.TOP);
            // store only what changed (revise stored its own changes): in most ticks most
            // individuals change nothing, and a column left unwritten is not written back to memory
            if (e != e0) {
                q.eResidency[slot] = e;
            }
            if (kind != kind0) {
                q.kind[slot] = kind;
            }
            if (newFlags != flags) {
                q.capital[slot] = newFlags;
            }
            if (unit != unit0) {
                q.unit[slot] = unit;
            }
            // (C14) incomes, taxes, output
            double y;
            switch (kind) {
                case People.EMPLOYED: {
                    y = taxedAtHome(t, s, cap * labourFactor[s] * h * (1 + firmGain(unit, s))
                            * v.topFactor[(newFlags & People.TOP) >> 1]);
                    t.increment(cFirmEmp + unit);
                    break;
                }
                case People.JOB_SEEKER: {
                    y = v.benefit * labourFactor[s];
                    t.increment(cSeek + s);
                    break;
                }
                case People.COMMUNITY: {
                    double gross = q.digital[slot] * h * phi[unit] * v.cloudCrisis;
                    int taxer = e >= 0 ? e : s;
                    double paid = (e >= 0 ? p.offshoreFee() : cloudTax[s]) * gross;
                    y = gross - paid;
                    t.add(sTax + taxer, paid);
                    t.add(sAssets + taxer, gross);
                    t.add(sOutput + unit, gross);
                    t.add(S_CLOUD_INCOME, y);
                    t.add(S_CLOUD_SKILL, h);
                    t.increment(cMembers + unit);
                    t.increment(cCloudRes + s);
                    if (e >= 0) {
                        t.increment(cEres + e);
                        t.add(S_FEES, paid);
                    }
                    if (unit == v.eliteCommunity) {
                        y += v.eliteTransfer;
                        t.add(S_ELITE_INCOME, y);
                        t.increment(C_ELITE);
                    }
                    break;
                }
                default: {
                    y = taxedAtHome(t, s, v.crowdRate * q.digital[slot] * h * v.crisis);
                    t.increment(cCrowd + s);
                    break;
                }
            }
            double w = q.wealth[slot] + v.saving * y;
            q.wealth[slot] = (float) w;
            t.add(S_INCOME, y);
            t.increment(cIncomeBins + Bins.of(y));
            t.increment(cWealthBins + Bins.of(w));
        }
    }

    /**
     * (C14) Home-market income (employees, crowd workers): taxed at the state's rate, counted in
     * its tax revenue and home output.
     *
     * @return the net income
     */
    private double taxedAtHome(Accumulator t, int s, double gross) {
        double paid = tax[s] * gross;
        t.add(sTax + s, paid);
        t.add(sGdp + s, gross);
        return gross - paid;
    }

    /**
     * (C10)-(C12) for one individual who revises this tick: the logit choice among staying, the home
     * labour market, a community, crowd work and migration; voice; and a top contributor's
     * application. Writes the new residence, kind and unit to slot {@code slot} of {@code q}. Its
     * own method: only a few percent of individuals revise in a tick, and {@link #step} stays a
     * loop the reader can follow.
     */
    private void revise(People q, int slot, int id, Accumulator t, Tick v, int s, byte kind, int unit, double h,
                        double d, double loyal, double cap) {
        // (C10) the options and their values
        double vStay = value(kind, unit, s, h, d, cap, v.benefit, v.crowdRate);
        boolean atHome = kind == People.EMPLOYED || kind == People.JOB_SEEKER;
        double leave = exitCost[s] + loyal;
        double vHome = atHome ? Double.NEGATIVE_INFINITY
                : homeValue(s, h, cap, v.benefit) - v.kappa;
        int candidate = Cdf.draw(cdf, CounterRandom.uniform(v.key, id, 4));
        double vCommunity = (kind == People.COMMUNITY && candidate == unit) ? Double.NEGATIVE_INFINITY
                : cloudNet(s, h, d, candidate) - (atHome ? leave : v.kappa);
        double vCrowd = kind == People.CROWD ? Double.NEGATIVE_INFINITY
                : crowdNet(s, h, d, v.crowdRate) - (atHome ? leave : v.kappa);
        int target = (int) (CounterRandom.uniform(v.key, id, 5) * (states - 1));
        if (target >= s) {
            target++;
        }
        double move = v.migrationCost * (atHome ? 1 : 1 - d)
                * (league[s] && league[target] ? 1 - v.leagueDiscount : 1) + loyal;
        double vMigrate = (atHome ? homeValue(target, h, cap, v.benefit)
                : value(kind, unit, target, h, d, cap, v.benefit, v.crowdRate))
                + publicGood[target] - publicGood[s] - move;
        // (C10) multinomial logit over stay, home, community, crowd, migrate
        double max = Math.max(Math.max(vStay, vHome), Math.max(Math.max(vCommunity, vCrowd), vMigrate));
        double wStay = logitWeight(v.beta, vStay, max);
        double wHome = logitWeight(v.beta, vHome, max);
        double wCommunity = logitWeight(v.beta, vCommunity, max);
        double wCrowd = logitWeight(v.beta, vCrowd, max);
        double wMigrate = logitWeight(v.beta, vMigrate, max);
        double u = CounterRandom.uniform(v.key, id, 6) * (wStay + wHome + wCommunity + wCrowd + wMigrate);
        if (u < wStay) {
            // (C11) voice: a loyal stayer who would gain by leaving if not for loyalty
            double best = Math.max(Math.max(vCommunity, vCrowd), vMigrate) + loyal;
            if (atHome && best > vStay && CounterRandom.uniform(v.key, id, 7) < loyal / (1 + loyal)) {
                t.increment(C_VOICE);
                t.increment(cVoice + s);
            }
        } else if ((u -= wStay) < wHome) {
            kind = People.JOB_SEEKER;
            unit = -1;
            t.increment(C_RETURNS);
        } else if ((u -= wHome) < wCommunity) {
            if (atHome) {
                t.increment(C_EXITS);
            }
            kind = People.COMMUNITY;
            unit = candidate;
        } else if ((u -= wCommunity) < wCrowd) {
            if (atHome) {
                t.increment(C_EXITS);
            }
            kind = People.CROWD;
            unit = -1;
        } else {
            s = target;
            if (kind == People.EMPLOYED) {
                kind = People.JOB_SEEKER;
                unit = -1;
            }
            t.increment(C_MIGRATIONS);
        }
        // (C12) top contributors apply to integrating firms of their state
        if (v.hiring && kind == People.COMMUNITY && h > v.topSkill
                && (1 + v.topPremium) * homeWage(s, h, cap, stateGain[s])
                > cloudNet(s, h, d, unit)) {
            t.collect(id);
        }
        q.residence[slot] = s;
        q.kind[slot] = kind;
        q.unit[slot] = unit;
    }

    /**
     * (C10) The logit weight {@code exp(beta (value - max))}; an option that is not open
     * ({@code value = -inf}) has weight 0, also when {@code beta = 0} (where {@code 0 * -inf} would
     * be NaN), and without calling {@link Math#exp}.
     */
    private static double logitWeight(double beta, double value, double max) {
        return value == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(beta * (value - max));
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
    private double homeValue(int s, double h, double cap, double benefit) {
        double e = p.jobFindingRate();
        return e * homeWage(s, h, cap, meanGain[s]) + (1 - e) * benefit * labourFactor[s];
    }

    private double cloudNet(int s, double h, double d, int c) {
        double rate = cloudTax[s];
        if (offshoreStates.length > 0 && policy[s] != Policy.OFFSHORE) {
            rate = Math.min(rate, p.offshoreFee());
        }
        return (1 - rate) * d * h * phi[c] * cloudCrisisMultiplier;
    }

    private double crowdNet(int s, double h, double d, double crowdRate) {
        return (1 - tax[s]) * crowdRate * d * h * crisisMultiplier;
    }

    private double value(byte kind, int unit, int s, double h, double d, double cap, double benefit,
                         double crowdRate) {
        return switch (kind) {
            case People.EMPLOYED -> homeWage(s, h, cap, firmGain(unit, s));
            case People.JOB_SEEKER -> homeValue(s, h, cap, benefit);
            case People.COMMUNITY -> cloudNet(s, h, d, unit);
            default -> crowdNet(s, h, d, crowdRate);
        };
    }

    /** (C12) capacity-limited hiring of top contributors, settled in a deterministic order. */
    private void hire(Accumulator tally) {
        int[] applicants = tally.collected(); // ascending ids
        topHires = 0;
        if (applicants.length == 0) {
            return;
        }
        // highest skill first, ties by id: independent of threads and chunking. Skills are positive
        // floats, whose bits order like their values, so one primitive key per applicant sorts them
        // (no boxed comparator): high 32 bits the skill's bits counted down, low 32 bits the id.
        long[] keys = new long[applicants.length];
        for (int k = 0; k < keys.length; k++) {
            int i = applicants[k];
            keys[k] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(skillOf(i))) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            order[k] = (int) keys[k];
        }
        long[] vacancies = new long[states];
        int[] nextFirm = new int[states];
        for (int s = 0; s < states; s++) {
            vacancies[s] = (long) Math.floor(p.topHireRate() * integratingEmp[s]);
            nextFirm[s] = firstFirm[s];
        }
        for (int i : order) {
            int s = residenceOf(i);
            if (vacancies[s] <= 0) {
                continue;
            }
            int f = nextIntegratingFirm(s, nextFirm);
            if (f < 0) {
                vacancies[s] = 0;
                continue;
            }
            vacancies[s]--;
            employ(i, f);
            topHires++;
        }
    }

    private float skillOf(int i) {
        return people != null ? people.skill[i] : agents[i].skill;
    }

    private int residenceOf(int i) {
        return people != null ? people.residence[i] : agents[i].residence;
    }

    private void employ(int i, int firm) {
        if (people != null) {
            people.kind[i] = People.EMPLOYED;
            people.unit[i] = firm;
            people.eResidency[i] = -1;
            people.capital[i] |= People.TOP;
        } else {
            agents[i].kind = People.EMPLOYED;
            agents[i].unit = firm;
            agents[i].eResidency = -1;
            agents[i].capital |= People.TOP;
        }
    }

    private int nextIntegratingFirm(int s, int[] next) {
        for (int k = 0; k < firmCount[s]; k++) {
            int f = next[s];
            next[s] = f + 1 < firstFirm[s] + firmCount[s] ? f + 1 : firstFirm[s];
            if (integrating[f]) {
                return f;
            }
        }
        return -1;
    }

    /** (C4), (C9), (C14): store the tallies; commons stock, influence, elite, power. */
    private void account(Accumulator a) {
        for (int s = 0; s < states; s++) {
            // an employee's firm is always in the employee's state of residence (C0, C8, C12; a
            // mover leaves the job, C10), so employment by state is the sum over its firms
            long employed = 0;
            long atIntegrating = 0;
            for (int f = firstFirm[s]; f < firstFirm[s] + firmCount[s]; f++) {
                long n = a.count(cFirmEmp + f);
                employed += n;
                atIntegrating += integrating[f] ? n : 0;
            }
            emp[s] = employed;
            integratingEmp[s] = atIntegrating;
            seekers[s] = a.count(cSeek + s);
            crowd[s] = a.count(cCrowd + s);
            voice[s] = a.count(cVoice + s);
            eres[s] = a.count(cEres + s);
            cloudResidents[s] = a.count(cCloudRes + s);
            // every resident is in exactly one of the four labour states, so no count of its own
            pop[s] = emp[s] + seekers[s] + crowd[s] + cloudResidents[s];
            taxRevenue[s] = a.sum(sTax + s);
            gdp[s] = a.sum(sGdp + s);
            cloudAssets[s] = a.sum(sAssets + s);
            power[s] = gdp[s] + p.integrationWeight() * cloudAssets[s];
        }
        double totalOutput = 0;
        double reference = (double) size / communities;
        machineOutput = 0;
        double best = -1;
        elite = -1;
        for (int c = 0; c < communities; c++) {
            members[c] = a.count(cMembers + c);
            output[c] = a.sum(sOutput + c);
            // (C4) machine communities' automated contributors produce like unit-skill members
            automated[c] = machine[c] ? p.machineOutput() * reference * phi[c] * cloudCrisisMultiplier : 0;
            machineOutput += automated[c];
            totalOutput += output[c] + automated[c];
            influence[c] = (output[c] + automated[c]) * Math.pow(rarity[c], p.rarityExponent());
            if (influence[c] > best && members[c] > 0) {
                best = influence[c];
                elite = c;
            }
        }
        commons = (1 - p.commonsDepreciation()) * commons + p.contributionShare() * totalOutput;
        double totalTax = 0;
        for (double v : taxRevenue) {
            totalTax += v;
        }
        long eliteSize = elite >= 0 ? members[elite] : 0;
        eliteTransferPerMember = eliteSize > 0 ? p.eliteTransfer() * totalTax / eliteSize : 0;
        exits = a.count(C_EXITS);
        returns = a.count(C_RETURNS);
        voiceTotal = a.count(C_VOICE);
        migrations = a.count(C_MIGRATIONS);
        displaced = a.count(C_DISPLACED);
        income = a.sum(S_INCOME);
        cloudIncome = a.sum(S_CLOUD_INCOME);
        cloudSkill = a.sum(S_CLOUD_SKILL);
        eliteIncome = a.sum(S_ELITE_INCOME);
        fees = a.sum(S_FEES);
        eliteMembers = a.count(C_ELITE);
        for (int b = 0; b < Bins.COUNT; b++) {
            incomeBins[b] = a.count(cIncomeBins + b);
            wealthBins[b] = a.count(cWealthBins + b);
        }
    }

    /** Writes the metrics of {@link CloudModel#METRICS}, in order. */
    @Override
    public void observe(double[] row) {
        double n = size;
        long inCloud = 0;
        long largest = 0;
        for (long m : members) {
            inCloud += m;
            largest = Math.max(largest, m);
        }
        long totalCrowd = 0;
        long totalEmp = 0;
        long totalSeekers = 0;
        long totalEres = 0;
        double totalTax = 0;
        double totalPower = 0;
        double totalAssets = 0;
        long[] groupStates = new long[4];
        long[] groupPop = new long[4];
        double[] groupTax = new double[4];
        long[] groupCloud = new long[4];
        double[] groupBase = new double[4];
        double offshorePower = 0;
        for (int s = 0; s < states; s++) {
            totalCrowd += crowd[s];
            totalEmp += emp[s];
            totalSeekers += seekers[s];
            totalEres += eres[s];
            totalTax += taxRevenue[s];
            totalPower += power[s];
            totalAssets += cloudAssets[s];
            int g = policy[s].ordinal();
            groupStates[g]++;
            groupPop[g] += pop[s];
            groupTax[g] += taxRevenue[s];
            groupCloud[g] += cloudResidents[s];
            groupBase[g] += gdp[s] + cloudAssets[s];
            if (policy[s] == Policy.OFFSHORE) {
                offshorePower += power[s];
            }
        }
        double hhi = 0;
        for (double pw : power) {
            double share = totalPower > 0 ? pw / totalPower : 0;
            hhi += share * share;
        }
        // (C9) influence premium of rare capability: rare communities' share of influence over
        // their share of output
        double rareInfluence = 0;
        double allInfluence = 0;
        double rareOutput = 0;
        double allOutput = 0;
        double totalOutput = 0;
        for (int c = 0; c < communities; c++) {
            totalOutput += output[c];
            double produced = output[c] + automated[c];
            allInfluence += influence[c];
            allOutput += produced;
            if (rarity[c] > 1 + 1e-9) {
                rareInfluence += influence[c];
                rareOutput += produced;
            }
        }
        int k = 0;
        row[k++] = inCloud / n;
        row[k++] = exits;
        row[k++] = returns;
        row[k++] = voiceTotal;
        row[k++] = migrations;
        row[k++] = displaced;
        row[k++] = topHires;
        row[k++] = totalCrowd / n;
        row[k++] = totalEmp + totalSeekers == 0 ? 0 : (double) totalSeekers / (totalEmp + totalSeekers);
        row[k++] = inCloud == 0 ? 0 : (cloudSkill / inCloud) / meanSkill;
        row[k++] = income / n;
        row[k++] = Bins.gini(incomeBins);
        row[k++] = Bins.gini(wealthBins);
        row[k++] = meanFirmGain;
        row[k++] = commons / n;
        row[k++] = totalOutput + machineOutput == 0 ? 0 : machineOutput / (totalOutput + machineOutput);
        row[k++] = inCloud == 0 ? 0 : (double) largest / inCloud;
        row[k++] = rareOutput == 0 || allInfluence == 0 ? 0 : (rareInfluence / allInfluence) / (rareOutput / allOutput);
        row[k++] = groupStates[Policy.LEAGUE.ordinal()];
        row[k++] = totalEres;
        row[k++] = fees / n;
        for (int g = 0; g < 4; g++) {
            row[k++] = (double) groupStates[g] / states;
        }
        for (int g = 0; g < 4; g++) {
            row[k++] = groupPop[g] / n;
        }
        for (int g = 0; g < 4; g++) {
            row[k++] = groupPop[g] == 0 ? 0 : groupTax[g] / groupPop[g];
        }
        for (int g = 0; g < 4; g++) {
            row[k++] = groupPop[g] == 0 ? 0 : (double) groupCloud[g] / groupPop[g];
        }
        for (int g = 0; g < 4; g++) {
            row[k++] = groupPop[g] == 0 ? 0 : groupBase[g] / groupPop[g];
        }
        row[k++] = totalTax / n;
        row[k++] = Inequality.gini(power);
        row[k++] = hhi;
        row[k++] = totalPower > 0 ? offshorePower / totalPower : 0;
        row[k++] = totalPower > 0 ? p.integrationWeight() * totalAssets / totalPower : 0;
        row[k++] = crisisLeft > 0 ? 1 : 0;
        row[k++] = eliteMembers == 0 || income == 0 ? 0 : (eliteIncome / eliteMembers) / (income / n);
    }

    @Override
    public int individuals() {
        return size;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
