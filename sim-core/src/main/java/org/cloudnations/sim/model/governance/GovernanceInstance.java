package org.cloudnations.sim.model.governance;

import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.IndividualKernel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.random.CounterRandom;

/**
 * One run of the governance model. Phases per tick: {@code institutions} (sequential: diffusion
 * (G9), disasters and the risk pool (G7), property (G3), the recommender's weights (G6), the
 * mainstream culture, the proposal of the tick), {@code individuals} (parallel: incomes and
 * contributions (G4), credits, choice of source (G6), cultural interaction (G5), benefits and
 * voting power (G1)), {@code governance} (sequential: unit votes, the weighted decision (G1),
 * weights (G2)) and {@code accounts} (incomes sorted; a parallel pass for quintile mobility (G8)).
 * Equation numbers refer to docs/model.md, section "Governance, commons and culture".
 */
final class GovernanceInstance implements ModelInstance {
    static final int INIT_STREAM = 60;
    static final int STATE_STREAM = 61;
    static final int PROPERTY_STREAM = 62; // and 63
    static final int INCOME_STREAM = 64;
    static final int CULTURE_STREAM = 65;
    static final int SOURCE_STREAM = 66;
    static final int VOTE_STREAM = 67;
    static final int SHOCK_STREAM = 68;
    static final int DIFFUSION_STREAM = 69;
    static final int PROPERTY_TICK_STREAM = 70;
    /** Largest number of cities. */
    static final long MAX_CITIES = 1_000_000;

    private static final int S_INCOME = 0;
    private static final int S_GROSS = 1;
    private static final int S_REDEEMED = 2;
    private static final int S_PI = 3;
    private static final int S_PI2 = 4;
    private static final int S_BENEFIT = 5;
    private static final int S_FIXED = 6;
    private static final int C_MAINSTREAM = 0;
    private static final int C_FIXED = 1;

    private final GovernanceSettings p;
    private final long seed;
    private final int n;
    private final int states;
    private final int cities;
    private final int units;
    private final int features;
    private final int traits;
    private final int sources;
    // individuals, struct of arrays
    private final int[] state;
    private final int[] city;
    private final int[] community;
    private final int[] dao;
    private final int[] source;
    private final float[] skill;
    private final float[] income;
    private final float[] credits;
    private final byte[] quintile;
    private byte[] culture;
    private byte[] nextCulture;
    // interaction structure
    private final int[] cityStart;
    private final int[] cityMembers;
    private final int[] communityStart;
    private final int[] communityMembers;
    private final int[] reserveStart;
    private final int[] reserveMembers;
    private final boolean[] reserve;
    // units: states, cities, communities, DAOs
    private final int cityUnit;
    private final int communityUnit;
    private final int daoUnit;
    private final long[] members;
    private final double[] weight;
    private final double[] powerPerMember;
    private final double[] contribution;
    private final boolean[] yes;
    // states
    private final double[] productivity;
    private final double[] potential;
    private final double[] lastOutput;
    private final double[] outputFactor;
    private final double[] incomeFactor;
    private final double[] benefitShift;
    private final int[] poorestFirst;
    private final int poorestCount;
    private final RiskPool pool;
    private final boolean[] adopted;
    private final double[] threshold;
    // property, information, culture
    private final Property property;
    private final double[] quality;
    private final long[] attention;
    private final double[] sourceCdf;
    private final long[] traitCounts;
    private final byte[] mainstream;
    private double mediaProbability;
    private double creditFunding;
    // slot layout
    private final int sContribution;
    private final int sBenefit;
    private final int sOutput;
    private final int sumSlots;
    private final int cAttention;
    private final int cTraits;
    private final int countSlots;
    // results of the last tick
    private Accumulator tally;
    private long decisions;
    private long correct;
    private double contributorShare;
    private double participation;
    private double incomeGini;
    private double creditGini;
    private double meanIncome;
    private double lastGross;
    private double lastRedeemed;
    private double upwardMobility;
    private double mainstreamShare;
    private final float[] sorted;

    GovernanceInstance(GovernanceSettings settings, long seed, ParallelLoop loop) {
        this.p = settings;
        this.seed = seed;
        n = settings.individuals();
        states = settings.states();
        long cityCount = (long) states * settings.citiesPerState();
        if (cityCount > MAX_CITIES) {
            throw new ConfigurationException("states x cities_per_state = " + cityCount
                    + " is too large; allowed: at most " + MAX_CITIES);
        }
        cities = (int) cityCount;
        cityUnit = states;
        communityUnit = cityUnit + cities;
        daoUnit = communityUnit + settings.communities();
        units = daoUnit + settings.daos();
        features = settings.cultureFeatures();
        traits = settings.cultureTraits();
        sources = settings.sources();
        sContribution = S_FIXED;
        sBenefit = sContribution + units;
        sOutput = sBenefit + units;
        sumSlots = sOutput + states;
        cAttention = C_FIXED;
        cTraits = cAttention + sources;
        countSlots = cTraits + features * traits;

        // (G0) states
        productivity = new double[states];
        threshold = new double[states];
        double[] carbon = new double[states];
        double[] size = new double[states];
        long stateKey = CounterRandom.streamKey(seed, 0, STATE_STREAM);
        double sizeTotal = 0;
        for (int s = 0; s < states; s++) {
            double sa = settings.productivitySigma();
            productivity[s] = Math.exp(sa * CounterRandom.gaussian(stateKey, s, 0) - 0.5 * sa * sa);
            carbon[s] = Math.sqrt(productivity[s]) * Math.exp(0.5 * CounterRandom.gaussian(stateKey, s, 2) - 0.125);
            threshold[s] = clamp(settings.thresholdMean() + settings.thresholdSd()
                    * CounterRandom.gaussian(stateKey, s, 4), 0, 1);
            size[s] = Math.pow(s + 1, -settings.stateSizeExponent());
            sizeTotal += size[s];
        }
        double[] stateCdf = new double[states];
        double acc = 0;
        for (int s = 0; s < states; s++) {
            acc += size[s];
            stateCdf[s] = acc / sizeTotal;
        }
        stateCdf[states - 1] = 1;
        Integer[] order = new Integer[states];
        for (int s = 0; s < states; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> productivity[a] != productivity[b]
                ? Double.compare(productivity[a], productivity[b]) : Integer.compare(a, b));
        poorestFirst = new int[states];
        for (int r = 0; r < states; r++) {
            poorestFirst[r] = order[r];
        }
        poorestCount = Math.max(1, states / 5);
        double[] carbonSorted = carbon.clone();
        Arrays.sort(carbonSorted);
        double carbonMedian = carbonSorted[states / 2];
        boolean[] highCarbon = new boolean[states];
        boolean[] resilient = new boolean[states];
        for (int s = 0; s < states; s++) {
            highCarbon[s] = carbon[s] >= carbonMedian;
        }
        int resilientCount = (int) Math.round(settings.resilienceShare() * states);
        for (int r = 0; r < resilientCount; r++) {
            resilient[poorestFirst[r]] = true;
        }
        pool = new RiskPool(productivity, highCarbon, poorestFirst, resilient, settings.riskPool(),
                settings.poolTax(), settings.multinationalShare(), settings.shockRate(), settings.shockDepth(),
                settings.recoveryRate(), settings.resilienceProtection());
        adopted = new boolean[states];
        int initial = (int) Math.round(settings.initialAdopters() * states);
        for (int r = 0; r < initial; r++) {
            adopted[states - 1 - r] = true; // the smallest states: Zipf weights fall with the index
        }

        // (G0) individuals
        state = new int[n];
        city = new int[n];
        community = new int[n];
        dao = new int[n];
        source = new int[n];
        skill = new float[n];
        income = new float[n];
        credits = new float[n];
        quintile = new byte[n];
        reserve = new boolean[n];
        culture = new byte[n * features];
        nextCulture = new byte[n * features];
        sorted = new float[n];
        long key = CounterRandom.streamKey(seed, 0, INIT_STREAM);
        long cultureKey = CounterRandom.streamKey(seed, 0, INIT_STREAM + 100);
        long reserveKey = CounterRandom.streamKey(seed, 0, INIT_STREAM + 200);
        int cps = settings.citiesPerState();
        int communities = settings.communities();
        int daos = settings.daos();
        loop.run(n, 0, 0, (from, to, t) -> {
            for (int i = from; i < to; i++) {
                double sh = settings.skillSigma();
                skill[i] = (float) Math.exp(sh * CounterRandom.gaussian(key, i, 0) - 0.5 * sh * sh);
                int s = Cdf.draw(stateCdf, CounterRandom.uniform(key, i, 2));
                state[i] = s;
                city[i] = s * cps + (int) (CounterRandom.uniform(key, i, 3) * cps);
                community[i] = CounterRandom.uniform(key, i, 4) < Math.min(1, settings.cloudShare() * skill[i])
                        ? (int) (CounterRandom.uniform(key, i, 5) * communities) : -1;
                dao[i] = CounterRandom.uniform(key, i, 6) < Math.min(1, settings.daoShare() * skill[i])
                        ? (int) (CounterRandom.uniform(key, i, 7) * daos) : -1;
                source[i] = (int) (CounterRandom.uniform(cultureKey, i, 0) * sources);
                reserve[i] = CounterRandom.uniform(key, i, 1) < settings.reserveShare();
                for (int f = 0; f < features; f++) {
                    culture[i * features + f] = reserve[i]
                            ? (byte) (CounterRandom.uniform(reserveKey, (long) city[i] * features + f, 0) * traits)
                            : (byte) (CounterRandom.uniform(cultureKey, (long) i * features + f, 1) * traits);
                }
            }
        });
        // member lists (ascending ids) of cities, communities and reserves; unit sizes
        cityStart = new int[cities + 1];
        cityMembers = new int[n];
        listMembers(city, cities, cityStart, cityMembers);
        communityStart = new int[communities + 1];
        int inCommunities = 0;
        for (int i = 0; i < n; i++) {
            inCommunities += community[i] >= 0 ? 1 : 0;
        }
        communityMembers = new int[inCommunities];
        listMembers(community, communities, communityStart, communityMembers);
        int[] reserveCity = new int[n];
        int inReserves = 0;
        for (int i = 0; i < n; i++) {
            reserveCity[i] = reserve[i] ? city[i] : -1;
            inReserves += reserve[i] ? 1 : 0;
        }
        reserveStart = new int[cities + 1];
        reserveMembers = new int[inReserves];
        listMembers(reserveCity, cities, reserveStart, reserveMembers);
        members = new long[units];
        potential = new double[states];
        for (int i = 0; i < n; i++) {
            members[state[i]]++;
            members[cityUnit + city[i]]++;
            if (community[i] >= 0) {
                members[communityUnit + community[i]]++;
            }
            if (dao[i] >= 0) {
                members[daoUnit + dao[i]]++;
            }
            potential[state[i]] += productivity[state[i]] * skill[i];
        }
        // (G1) identity weights: states by population; nu split equally over the other units
        weight = new double[units];
        double nu = settings.nonStateWeight();
        for (int u = 0; u < units; u++) {
            weight[u] = u < states ? (1 - nu) * members[u] / n : nu / (units - states);
        }
        powerPerMember = new double[units];
        updatePower();
        contribution = new double[units];
        yes = new boolean[units];
        lastOutput = potential.clone();
        outputFactor = productivity.clone();
        incomeFactor = productivity.clone();
        benefitShift = new double[states];
        property = new Property(settings.assets(), settings.owners(), settings.ownerCapacity(),
                settings.assetTurnover(), settings.timeLimitedProperty(), settings.propertyTerm(), seed,
                PROPERTY_STREAM);
        quality = new double[sources];
        long sourceKey = CounterRandom.streamKey(seed, 0, SOURCE_STREAM);
        for (int j = 0; j < sources; j++) {
            quality[j] = Math.exp(0.5 * CounterRandom.gaussian(sourceKey, j, 0) - 0.125);
        }
        attention = new long[sources];
        sourceCdf = new double[sources];
        traitCounts = new long[features * traits];
        mainstream = new byte[features];
        // tick 0: one accounting pass with nobody acting
        tally = loop.run(n, sumSlots, countSlots, kernel(0, false));
        System.arraycopy(nextCulture, 0, culture, 0, culture.length);
        store(tally);
        accounts(loop, false);
        long matching = 0; // the mainstream of tick 0 is known only now
        for (int i = 0; i < n; i++) {
            boolean same = true;
            for (int f = 0; f < features && same; f++) {
                same = culture[i * features + f] == mainstream[f];
            }
            matching += same ? 1 : 0;
        }
        mainstreamShare = (double) matching / n;
    }

    private static void listMembers(int[] of, int groups, int[] start, int[] list) {
        int[] count = new int[groups + 1];
        for (int g : of) {
            if (g >= 0) {
                count[g + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] = start[g] + count[g + 1];
        }
        int[] next = Arrays.copyOf(start, groups);
        for (int i = 0; i < of.length; i++) {
            if (of[i] >= 0) {
                list[next[of[i]]++] = i;
            }
        }
    }

    private void updatePower() {
        for (int u = 0; u < units; u++) {
            powerPerMember[u] = members[u] == 0 ? 0 : weight[u] * n / members[u];
        }
    }

    @Override
    public List<Phase> phases() {
        return List.of(
                Phase.of("institutions", this::institutions),
                Phase.of("individuals", ctx -> {
                    tally = ctx.loop().run(n, sumSlots, countSlots, kernel(ctx.tick(), true));
                    byte[] swap = culture;
                    culture = nextCulture;
                    nextCulture = swap;
                }),
                Phase.of("governance", ctx -> govern()),
                Phase.of("accounts", ctx -> {
                    store(tally);
                    accounts(ctx.loop(), true);
                }));
    }

    /** (G9), (G7), (G3), (G6) and the inputs of this tick's individual phase. */
    private void institutions(TickContext ctx) {
        long t = ctx.tick();
        long dKey = CounterRandom.streamKey(seed, t, DIFFUSION_STREAM);
        boolean[] reconsider = new boolean[states];
        for (int s = 0; s < states; s++) {
            reconsider[s] = CounterRandom.uniform(dKey, s, 0) < p.adoptionSpeed();
        }
        Diffusion.step(adopted, threshold, reconsider);
        pool.step(CounterRandom.streamKey(seed, t, SHOCK_STREAM), t, potential, lastOutput);
        for (int s = 0; s < states; s++) {
            outputFactor[s] = productivity[s] * pool.level[s];
            incomeFactor[s] = outputFactor[s] * (1 - pool.levy[s]);
        }
        property.step(CounterRandom.streamKey(seed, t, PROPERTY_TICK_STREAM), (int) t);
        long vKey = CounterRandom.streamKey(seed, t, VOTE_STREAM);
        double common = CounterRandom.gaussian(vKey, 0, 0);
        for (int s = 0; s < states; s++) {
            benefitShift[s] = common + CounterRandom.gaussian(vKey, s + 1L, 0);
        }
        creditFunding = lastGross > 0 ? Math.min(1, lastRedeemed / lastGross) : 0;
    }

    /** (G6) recommender weights and (G5) mainstream culture from the counts of the last tick. */
    private void information() {
        double gamma = p.openRecommender() ? 0 : p.popularityBias();
        double acc = 0;
        for (int j = 0; j < sources; j++) {
            acc += quality[j] * Math.pow(attention[j] + 1.0, gamma);
            sourceCdf[j] = acc;
        }
        for (int j = 0; j < sources; j++) {
            sourceCdf[j] /= acc;
        }
        sourceCdf[sources - 1] = 1;
        mediaProbability = p.mediaInfluence() * Stats.hhi(attention);
        for (int f = 0; f < features; f++) {
            int best = 0;
            for (int v = 1; v < traits; v++) {
                if (traitCounts[f * traits + v] > traitCounts[f * traits + best]) {
                    best = v;
                }
            }
            mainstream[f] = (byte) best;
        }
    }

    private IndividualKernel kernel(long tick, boolean active) {
        long incomeKey = CounterRandom.streamKey(seed, tick, INCOME_STREAM);
        long cultureKey = CounterRandom.streamKey(seed, tick, CULTURE_STREAM);
        long sourceKey = CounterRandom.streamKey(seed, tick, SOURCE_STREAM);
        long voteKey = CounterRandom.streamKey(seed, tick, VOTE_STREAM);
        double funding = creditFunding;
        double media = mediaProbability;
        byte[] cur = culture;
        byte[] nxt = nextCulture;
        return (from, to, t) -> {
            for (int i = from; i < to; i++) {
                int s = state[i];
                // (G4) income, contribution, credits
                double noise = Math.exp(0.3 * CounterRandom.gaussian(incomeKey, i, 0) - 0.045);
                double gross = outputFactor[s] * skill[i] * noise;
                double y = gross * (1 - pool.levy[s]) * (1 - funding);
                if (active) {
                    int unit = dao[i] >= 0 ? daoUnit + dao[i]
                            : community[i] >= 0 ? communityUnit + community[i] : cityUnit + city[i];
                    double c = p.contributionRate() * skill[i] * (0.5 + CounterRandom.uniform(incomeKey, i, 2))
                            * (unit >= communityUnit ? p.peerMultiplier() : 1);
                    t.add(sContribution + unit, c);
                    if (p.credits()) {
                        double k = credits[i] + p.creditRate() * c;
                        double redeemed = p.creditRedemption() * k;
                        credits[i] = (float) (k - redeemed);
                        y += redeemed;
                        t.add(S_REDEEMED, redeemed);
                    }
                }
                income[i] = (float) y;
                t.add(S_INCOME, y);
                t.add(S_GROSS, gross);
                t.add(sOutput + s, productivity[s] * pool.level[s] * skill[i]);
                // (G6) attention
                if (active && CounterRandom.uniform(sourceKey, i, 0) < p.attentionRevision()) {
                    source[i] = Cdf.draw(sourceCdf, CounterRandom.uniform(sourceKey, i, 1));
                }
                t.increment(cAttention + source[i]);
                // (G5) culture
                interact(i, active, cur, nxt, cultureKey, media);
                boolean isMainstream = true;
                for (int f = 0; f < features; f++) {
                    byte v = nxt[i * features + f];
                    t.increment(cTraits + f * traits + v);
                    isMainstream &= v == mainstream[f];
                }
                if (isMainstream) {
                    t.increment(C_MAINSTREAM);
                }
                // (G1) benefit of this tick's proposal, summed per unit; voting power
                double b = benefitShift[s] + p.benefitNoise() * CounterRandom.gaussian(voteKey, i, 0);
                t.add(S_BENEFIT, b);
                t.add(sBenefit + s, b);
                t.add(sBenefit + cityUnit + city[i], b);
                double pi = powerPerMember[s] + powerPerMember[cityUnit + city[i]];
                if (community[i] >= 0) {
                    t.add(sBenefit + communityUnit + community[i], b);
                    pi += powerPerMember[communityUnit + community[i]];
                }
                if (dao[i] >= 0) {
                    t.add(sBenefit + daoUnit + dao[i], b);
                    pi += powerPerMember[daoUnit + dao[i]];
                }
                t.add(S_PI, pi);
                t.add(S_PI2, pi * pi);
            }
        };
    }

    /** (G5) Axelrod interaction with a partner from the city, the community, a reserve or the mainstream. */
    private void interact(int i, boolean active, byte[] cur, byte[] nxt, long key, double media) {
        int base = i * features;
        System.arraycopy(cur, base, nxt, base, features);
        if (!active || CounterRandom.uniform(key, i, 0) >= p.cultureRate()) {
            return;
        }
        double u1 = CounterRandom.uniform(key, i, 1);
        double u2 = CounterRandom.uniform(key, i, 2);
        int c = city[i];
        int partner = -1; // -1: the mainstream culture
        if (reserve[i]) {
            partner = reserveMembers[reserveStart[c] + (int) (u2 * (reserveStart[c + 1] - reserveStart[c]))];
        } else if (u1 < p.reserveFund() && reserveMembers.length > 0) {
            partner = reserveMembers[(int) (u2 * reserveMembers.length)];
        } else if (u1 < p.reserveFund() + media) {
            partner = -1;
        } else if (u1 < p.reserveFund() + media + p.cloudContact() && community[i] >= 0) {
            int k = community[i];
            partner = communityMembers[communityStart[k] + (int) (u2 * (communityStart[k + 1] - communityStart[k]))];
        } else {
            partner = cityMembers[cityStart[c] + (int) (u2 * (cityStart[c + 1] - cityStart[c]))];
        }
        int differing = 0;
        for (int f = 0; f < features; f++) {
            differing += cur[base + f] != trait(cur, partner, f) ? 1 : 0;
        }
        if (differing == 0) {
            return;
        }
        // Axelrod's rule with a person; the mainstream pushed by the recommender is copied regardless
        if (partner >= 0 && (differing == features
                || CounterRandom.uniform(key, i, 3) >= (double) (features - differing) / features)) {
            return;
        }
        int pick = (int) (CounterRandom.uniform(key, i, 4) * differing);
        for (int f = 0; f < features; f++) {
            byte theirs = trait(cur, partner, f);
            if (cur[base + f] != theirs && pick-- == 0) {
                nxt[base + f] = theirs;
                return;
            }
        }
    }

    private byte trait(byte[] cur, int partner, int f) {
        return partner < 0 ? mainstream[f] : cur[partner * features + f];
    }

    /** (G1), (G2): unit votes, the weighted decision, then the weights float. */
    private void govern() {
        for (int u = 0; u < units; u++) {
            contribution[u] = tally.sum(sContribution + u);
            yes[u] = members[u] > 0 && tally.sum(sBenefit + u) > 0;
        }
        for (int s = 0; s < states; s++) {
            contribution[s] += p.stateContribution() * lastOutput[s];
        }
        boolean decision = Weights.decide(weight, yes);
        decisions++;
        correct += decision == (tally.sum(S_BENEFIT) > 0) ? 1 : 0;
        if (p.weighting().equals("contribution")) {
            Weights.floatTowardsContribution(weight, contribution, members, p.contributionWeight(),
                    p.weightAdjustment());
            updatePower();
        }
        contributorShare = Weights.topContributorShare(weight, contribution);
    }

    private void store(Accumulator a) {
        for (int s = 0; s < states; s++) {
            lastOutput[s] = a.sum(sOutput + s);
        }
        for (int j = 0; j < sources; j++) {
            attention[j] = a.count(cAttention + j);
        }
        for (int k = 0; k < traitCounts.length; k++) {
            traitCounts[k] = a.count(cTraits + k);
        }
        mainstreamShare = (double) a.count(C_MAINSTREAM) / n;
        lastGross = a.sum(S_GROSS);
        lastRedeemed = a.sum(S_REDEEMED);
        meanIncome = a.sum(S_INCOME) / n;
        double pi = a.sum(S_PI);
        double pi2 = a.sum(S_PI2);
        participation = pi2 > 0 ? pi * pi / (n * pi2) : 0;
        information();
    }

    /** (G8) incomes sorted for the Gini and quintiles; a parallel pass counts moves up a quintile. */
    private void accounts(ParallelLoop loop, boolean active) {
        System.arraycopy(income, 0, sorted, 0, n);
        Arrays.sort(sorted);
        incomeGini = Stats.giniSorted(sorted);
        float[] cut = new float[4];
        for (int k = 1; k <= 4; k++) {
            cut[k - 1] = sorted[(int) ((long) k * n / 5)];
        }
        Accumulator moves = loop.run(n, 0, 2, (from, to, t) -> {
            for (int i = from; i < to; i++) {
                int q = 0;
                while (q < 4 && income[i] >= cut[q]) {
                    q++;
                }
                if (active && quintile[i] < 4) {
                    t.increment(0);
                    if (q > quintile[i]) {
                        t.increment(1);
                    }
                }
                quintile[i] = (byte) q;
            }
        });
        upwardMobility = moves.count(0) == 0 ? 0 : (double) moves.count(1) / moves.count(0);
        if (p.credits()) {
            System.arraycopy(credits, 0, sorted, 0, n);
            Arrays.sort(sorted);
            creditGini = Stats.giniSorted(sorted);
        }
    }

    @Override
    public void observe(double[] row) {
        double nonState = 0;
        for (int u = states; u < units; u++) {
            nonState += weight[u];
        }
        double poorest = 0;
        double all = 0;
        for (int r = 0; r < states; r++) {
            double loss = pool.loss(poorestFirst[r]);
            all += loss / states;
            if (r < poorestCount) {
                poorest += loss / poorestCount;
            }
        }
        row[0] = Stats.hhi(weight);
        row[1] = nonState;
        row[2] = contributorShare;
        row[3] = decisions == 0 ? 0 : (double) correct / decisions;
        row[4] = participation;
        row[5] = property.idleShare();
        row[6] = property.hhi();
        row[7] = creditGini;
        row[8] = incomeGini;
        row[9] = Stats.hhi(attention);
        double diversity = 0;
        for (int f = 0; f < features; f++) {
            diversity += Stats.simpson(traitCounts, f * traits, (f + 1) * traits) / features;
        }
        row[10] = diversity;
        row[11] = mainstreamShare;
        row[12] = poorest;
        row[13] = all;
        row[14] = pool.fund / n;
        row[15] = pool.recoveries == 0 ? 0 : (double) pool.recoveryTicks / pool.recoveries;
        row[16] = upwardMobility;
        row[17] = meanIncome;
        row[18] = Diffusion.share(adopted);
    }

    @Override
    public int individuals() {
        return n;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
