package org.cloudnations.sim.bench;

import org.cloudnations.sim.model.exit.Endowment;
import org.cloudnations.sim.model.exit.ExitLedger;
import org.cloudnations.sim.model.exit.ExitRule;
import org.cloudnations.sim.model.exit.ExitSettings;
import org.cloudnations.sim.random.CounterRandom;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The exit model written the MASON way, as a baseline for benchmarks: one {@link Steppable}
 * object per individual, stepped each tick in a {@link RandomSequence} (shuffled with MASON's
 * {@code MersenneTwisterFast}), updating shared tallies directly. It uses the same equations
 * ({@link ExitRule}), initial conditions ({@link Endowment}) and state/community bookkeeping
 * ({@link ExitLedger}) as the engine, so the two differ only in storage and scheduling.
 */
public final class MasonExitWorld extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient ExitSettings settings;
    private final transient ExitLedger ledger;
    private final transient Agent[] agents;
    // per-tick inputs, copied from the ledger in the communities phase
    private transient double[] netHome;
    private transient double[] taxHome;
    private transient double[] phi;
    private transient double[] cdf;
    // per-tick tallies
    private final transient long[] members;
    private final transient double[] tax;
    private transient long exits;
    private transient long returns;
    private transient double income;
    private transient double cloudIncome;
    private transient double cloudSkill;

    /**
     * Builds the population with the engine's initial conditions.
     *
     * @param settings exit model parameters
     * @param seed seed of the initial conditions and of MASON's generator
     */
    public MasonExitWorld(ExitSettings settings, long seed) {
        super(seed);
        this.settings = settings;
        long key = CounterRandom.streamKey(seed, 0, Endowment.STREAM);
        int n = settings.individuals();
        agents = new Agent[n];
        long[] population = new long[settings.states()];
        double totalSkill = 0;
        for (int i = 0; i < n; i++) {
            Agent a = new Agent();
            a.skill = (float) Endowment.skill(key, i, settings.skillSigma());
            a.loyalty = (float) Endowment.loyalty(key, i, settings.loyaltyMean());
            a.digital = (float) Endowment.digital(key, i, settings.digitalAccess());
            a.home = Endowment.home(key, i, settings.states());
            a.community = -1;
            population[a.home]++;
            totalSkill += a.skill;
            agents[i] = a;
        }
        ledger = new ExitLedger(settings, seed, population, totalSkill);
        members = new long[settings.communities()];
        tax = new double[settings.states()];
    }

    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) state -> beginTick(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, new RandomSequence(agents), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) state -> ledger.endTick(members, exits, returns,
                income, cloudIncome, cloudSkill, tax), 1.0);
    }

    private void beginTick() {
        ledger.beginTick();
        netHome = ledger.netHomeIncomePerSkill();
        taxHome = ledger.homeTaxPerSkill();
        phi = ledger.communityProductivity();
        cdf = ledger.attachmentCdf();
        java.util.Arrays.fill(members, 0);
        java.util.Arrays.fill(tax, 0);
        exits = 0;
        returns = 0;
        income = 0;
        cloudIncome = 0;
        cloudSkill = 0;
    }

    /**
     * @param row destination for the exit model's metrics
     */
    public void observe(double[] row) {
        ledger.observe(row);
    }

    /** One individual, MASON style. */
    static final class Agent implements Steppable {
        private static final long serialVersionUID = 1L;
        float skill;
        float loyalty;
        float digital;
        int home;
        int community;
        float income;

        @Override
        public void step(SimState state) {
            MasonExitWorld w = (MasonExitWorld) state;
            ExitSettings p = w.settings;
            double h = skill;
            double yHome = ExitRule.homeIncome(w.netHome[home], h);
            double netCloud = 1.0 - p.cloudTaxRate();
            if (w.random.nextDouble() < p.revisionRate()) {
                if (community < 0) {
                    int candidate = ExitRule.candidate(w.cdf, w.random.nextDouble());
                    double yCloud = ExitRule.cloudIncome(netCloud, digital, h, w.phi[candidate]);
                    if (w.random.nextDouble() < ExitRule.exitProbability(p.choiceIntensity(), yCloud, yHome,
                            p.movingCost(), loyalty)) {
                        community = candidate;
                        w.exits++;
                    }
                } else {
                    double yCloud = ExitRule.cloudIncome(netCloud, digital, h, w.phi[community]);
                    if (w.random.nextDouble() < ExitRule.returnProbability(p.choiceIntensity(), yHome, yCloud,
                            p.movingCost())) {
                        community = -1;
                        w.returns++;
                    }
                }
            }
            double y;
            if (community < 0) {
                y = yHome;
                w.tax[home] += w.taxHome[home] * h;
            } else {
                double gross = ExitRule.grossCloudIncome(digital, h, w.phi[community]);
                y = netCloud * gross;
                w.tax[home] += p.cloudTaxRate() * gross;
                w.cloudIncome += y;
                w.cloudSkill += h;
                w.members[community]++;
            }
            income = (float) y;
            w.income += y;
        }
    }
}
