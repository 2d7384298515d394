package org.cloudnations.sim.model.exit;

import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.population.Individuals;
import org.cloudnations.sim.random.CounterRandom;

/**
 * One run of the exit model: individuals in struct-of-arrays columns, states and communities in
 * an {@link ExitLedger} (or, for benchmarks, as one MASON agent object each). A tick runs three phases: {@code communities} (sequential), {@code exit}
 * (parallel over individuals) and {@code accounts} (sequential).
 */
final class ExitInstance implements ModelInstance {
    /** Random stream of the exit phase. */
    static final int EXIT_STREAM = 10;

    private static final int SUM_INCOME = 0;
    private static final int SUM_CLOUD_INCOME = 1;
    private static final int SUM_CLOUD_SKILL = 2;
    private static final int SUM_TAX = 3; // then one slot per state
    private static final int COUNT_EXITS = 0;
    private static final int COUNT_RETURNS = 1;
    private static final int COUNT_MEMBERS = 2; // then one slot per community

    private final ExitSettings settings;
    /** The individuals in columns; with object-per-agent storage only until the agents are built. */
    private Individuals people;
    private final int size;
    private Agent[] agents;
    private sim.engine.RandomSequence sequence;
    private sim.engine.SimState shuffler;
    private final Individuals scratch = new Individuals(1);
    private long agentKey;
    private Accumulator agentTally;
    private final ExitLedger ledger;
    private final long[] memberScratch;
    private final double[] taxScratch;
    private Accumulator lastTally;

    ExitInstance(ExitSettings settings, long seed, ParallelLoop loop, boolean objectPerAgent) {
        this.settings = settings;
        this.size = settings.individuals();
        this.people = new Individuals(settings.individuals());
        long key = CounterRandom.streamKey(seed, 0, Endowment.STREAM);
        int states = settings.states();
        Accumulator init = loop.run(people.size(), 1, states, (from, to, tally) -> {
            float[] skill = people.skill();
            float[] loyalty = people.loyalty();
            float[] digital = people.digital();
            int[] home = people.home();
            for (int i = from; i < to; i++) {
                skill[i] = (float) Endowment.skill(key, i, settings.skillSigma());
                loyalty[i] = (float) Endowment.loyalty(key, i, settings.loyaltyMean());
                digital[i] = (float) Endowment.digital(key, i, settings.digitalAccess());
                home[i] = Endowment.home(key, i, states);
                tally.add(0, skill[i]);
                tally.increment(home[i]);
            }
        });
        long[] population = new long[states];
        for (int s = 0; s < states; s++) {
            population[s] = init.count(s);
        }
        this.ledger = new ExitLedger(settings, seed, population, init.sum(0));
        this.memberScratch = new long[settings.communities()];
        this.taxScratch = new double[states];
        // tick 0: account incomes and taxes before anyone revises
        account(loop.run(people.size(), SUM_TAX + states, COUNT_MEMBERS + settings.communities(),
                kernel(0L, false)));
        if (objectPerAgent) {
            agents = new Agent[size];
            for (int i = 0; i < size; i++) {
                agents[i] = new Agent(this, i, people);
            }
            people = null;
            sequence = new sim.engine.RandomSequence(agents);
            shuffler = new sim.engine.SimState(CounterRandom.mix64(seed ^ 0x5EEDL));
        }
    }

    /** One individual as a MASON agent (benchmark baseline): its attributes as fields. */
    static final class Agent implements sim.engine.Steppable {
        private static final long serialVersionUID = 1L;
        private final transient ExitInstance owner;
        private final int id;
        float skill;
        float loyalty;
        float digital;
        int home;
        int community;
        float income;

        Agent(ExitInstance owner, int id, Individuals from) {
            this.owner = owner;
            this.id = id;
            skill = from.skill()[id];
            loyalty = from.loyalty()[id];
            digital = from.digital()[id];
            home = from.home()[id];
            community = from.community()[id];
            income = from.income()[id];
        }

        @Override
        public void step(sim.engine.SimState state) {
            owner.stepAgent(this);
        }
    }

    private void stepAgent(Agent a) {
        Individuals q = scratch;
        q.skill()[0] = a.skill;
        q.loyalty()[0] = a.loyalty;
        q.digital()[0] = a.digital;
        q.home()[0] = a.home;
        q.community()[0] = a.community;
        step(q, 0, a.id, agentKey, settings.revisionRate(), agentTally);
        a.community = q.community()[0];
        a.income = q.income()[0];
    }

    @Override
    public List<Phase> phases() {
        return List.of(
                Phase.of("communities", ctx -> ledger.beginTick()),
                Phase.of("exit", this::exitPhase),
                Phase.of("accounts", ctx -> account(lastTally)));
    }

    private void exitPhase(TickContext ctx) {
        long key = CounterRandom.streamKey(ctx.seed(), ctx.tick(), EXIT_STREAM);
        if (agents == null) {
            lastTally = ctx.loop().run(size, SUM_TAX + settings.states(), COUNT_MEMBERS + settings.communities(),
                    kernel(key, true));
        } else {
            agentKey = key;
            agentTally = new Accumulator(SUM_TAX + settings.states(), COUNT_MEMBERS + settings.communities());
            sequence.step(shuffler);
            lastTally = agentTally;
        }
    }

    private void account(Accumulator a) {
        for (int c = 0; c < memberScratch.length; c++) {
            memberScratch[c] = a.count(COUNT_MEMBERS + c);
        }
        for (int s = 0; s < taxScratch.length; s++) {
            taxScratch[s] = a.sum(SUM_TAX + s);
        }
        ledger.endTick(memberScratch, a.count(COUNT_EXITS), a.count(COUNT_RETURNS), a.sum(SUM_INCOME),
                a.sum(SUM_CLOUD_INCOME), a.sum(SUM_CLOUD_SKILL), taxScratch);
    }

    /** The exit rule over a range of individuals: (E1), (E2), (E4) to (E6). */
    private org.cloudnations.sim.engine.IndividualKernel kernel(long key, boolean revise) {
        final double rate = revise ? settings.revisionRate() : 0.0;
        return (from, to, tally) -> {
            for (int i = from; i < to; i++) {
                step(people, i, i, key, rate, tally);
            }
        };
    }

    /**
     * The exit rule for one individual: slot {@code slot} of {@code q}, random draws and tallies under
     * its id. The kernel calls it with {@code slot == id}; the object-per-agent mode with a one-slot
     * scratch store.
     */
    private void step(Individuals q, int slot, int id, long key, double rate, Accumulator tally) {
        final double beta = settings.choiceIntensity();
        final double kappa = settings.movingCost();
        final double netCloud = 1.0 - settings.cloudTaxRate();
        final double cloudTax = settings.cloudTaxRate();
        final double[] netHome = ledger.netHome();
        final double[] taxHome = ledger.taxHome();
        final double[] phi = ledger.phi();
        final double[] cdf = ledger.cdf();
        final int s = q.home()[slot];
        final double h = q.skill()[slot];
        final double d = q.digital()[slot];
        int c = q.community()[slot];
        final double yHome = ExitRule.homeIncome(netHome[s], h);
        if (rate > 0 && CounterRandom.uniform(key, id, 0) < rate) {
            if (c == Individuals.NO_COMMUNITY) {
                int candidate = ExitRule.candidate(cdf, CounterRandom.uniform(key, id, 1));
                double yCloud = ExitRule.cloudIncome(netCloud, d, h, phi[candidate]);
                if (CounterRandom.uniform(key, id, 2)
                        < ExitRule.exitProbability(beta, yCloud, yHome, kappa, q.loyalty()[slot])) {
                    c = candidate;
                    tally.increment(COUNT_EXITS);
                }
            } else {
                double yCloud = ExitRule.cloudIncome(netCloud, d, h, phi[c]);
                if (CounterRandom.uniform(key, id, 2) < ExitRule.returnProbability(beta, yHome, yCloud, kappa)) {
                    c = Individuals.NO_COMMUNITY;
                    tally.increment(COUNT_RETURNS);
                }
            }
            q.community()[slot] = c;
        }
        double y;
        if (c == Individuals.NO_COMMUNITY) {
            y = yHome;
            tally.add(SUM_TAX + s, taxHome[s] * h);
        } else {
            double gross = ExitRule.grossCloudIncome(d, h, phi[c]);
            y = netCloud * gross;
            tally.add(SUM_TAX + s, cloudTax * gross);
            tally.add(SUM_CLOUD_INCOME, y);
            tally.add(SUM_CLOUD_SKILL, h);
            tally.increment(COUNT_MEMBERS + c);
        }
        q.income()[slot] = (float) y;
        tally.add(SUM_INCOME, y);
    }

    @Override
    public void observe(double[] row) {
        ledger.observe(row);
    }

    @Override
    public int individuals() {
        return size;
    }
}
