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
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * The race of the R teams (phase {@code race}), in the order (A3) disasters with last tick's risk,
 * (A4) capability growth with increasing returns, speed bought with risk, data from last tick's
 * users and spill-overs from the best visible model, and (A2) the new risk from the rivals'
 * capabilities (tick 0: the initial risk only).
 *
 * <p>Reads {@code teams.home, open, exists, users} and the community and public models'
 * {@code teams.capability}; writes the teams' {@code teams.capability, risk},
 * {@code states.output_loss} (1, times {@code 1 - zeta_D} per disaster at home) and
 * {@code global.max_team_before} (the best team's capability after the disasters, before growth,
 * for (A5)).
 */
public final class AiRace implements Rule {
    /** Random stream of the disaster draws. */
    static final int DISASTER_STREAM = 85;

    static final MetricSpec FRONTIER_CAPABILITY = new MetricSpec("frontier_capability", "capability",
            "capability of the best team's model");
    static final MetricSpec LAGGARD_CAPABILITY = new MetricSpec("laggard_capability", "capability",
            "mean capability of the teams outside the frontier team's bloc");
    static final MetricSpec DISASTERS = MetricSpec.nonNegative("disasters", "disasters/tick", "AI disasters this tick");
    static final MetricSpec RACE_RISK = new MetricSpec("race_risk", "1",
            "mean risk (1 - safety) the racing teams take");

    @Override
    public String name() {
        return "ai-race";
    }

    @Override
    public String phase() {
        return "race";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.INDIVIDUALS, AiParameters.RACING_TEAMS, AiParameters.AI_GROWTH,
                AiParameters.RETURNS_EXPONENT, AiParameters.SPILLOVER, AiParameters.DECOUPLING, AiParameters.ENMITY,
                AiParameters.CAPABILITY_INFO, AiParameters.BASE_RISK, AiParameters.SPEED_GAIN,
                AiParameters.DISASTER_RATE, AiParameters.DISASTER_DAMAGE, AiParameters.ALLIANCE_GOVERNANCE,
                AiParameters.DATA_RETURNS);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(FRONTIER_CAPABILITY, LAGGARD_CAPABILITY, DISASTERS, RACE_RISK);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(DISASTER_STREAM, "disasters of the racing teams"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Race(a);
    }

    /** The bound rule. */
    private static final class Race implements RuleStep, RuleState {
        private final int teams;
        private final double individuals;
        private final int[] home;
        private final boolean[] open;
        private final boolean[] exists;
        private final double[] capability;
        private final double[] risk;
        private final long[] users;
        private final double[] next;
        private final double[] outputLoss;
        private final double[] maxBefore;
        private final Stream stream;
        private final double growthRate;
        private final double returns;
        private final double spillover;
        private final boolean decoupling;
        private final double enmity;
        private final double info;
        private final double baseRisk;
        private final double speedGain;
        private final double disasterRate;
        private final double damage;
        private final boolean alliance;
        private final double dataReturns;
        private int disasters;

        Race(Assembly a) {
            Parameters p = a.parameters();
            teams = p.getInt("racing_teams");
            individuals = p.getInt("individuals");
            Table t = a.table(Tables.TEAMS);
            home = t.ints("home");
            open = t.booleans("open");
            exists = t.booleans("exists");
            capability = t.doubles("capability");
            risk = t.doubles("risk");
            users = t.longs("users");
            next = new double[teams];
            outputLoss = a.table(Tables.STATES).doubles("output_loss");
            maxBefore = a.table(Tables.GLOBAL).doubles("max_team_before");
            stream = a.stream(DISASTER_STREAM);
            growthRate = p.getDouble("ai_growth");
            returns = p.getDouble("returns_exponent");
            spillover = p.getDouble("spillover");
            decoupling = p.getBoolean("decoupling");
            enmity = p.getDouble("enmity");
            info = p.getDouble("capability_info");
            baseRisk = p.getDouble("base_risk");
            speedGain = p.getDouble("speed_gain");
            disasterRate = p.getDouble("disaster_rate");
            damage = p.getDouble("disaster_damage");
            alliance = p.getBoolean("alliance_governance");
            dataReturns = p.getDouble("data_returns");
            bindMetrics(a);
        }

        @Override
        public void step(TickContext context) {
            Arrays.fill(outputLoss, 1.0);
            if (context.tick() == 0) {
                updateRisk();
                return;
            }
            disasters = 0;
            long key = stream.key(context.tick());
            for (int j = 0; j < teams; j++) { // (A3)
                if (CounterRandom.uniform(key, j, 0) < disasterRate * risk[j]) {
                    disasters++;
                    capability[j] *= 1.0 - damage;
                    outputLoss[home[j]] *= 1.0 - damage;
                }
            }
            double mean = 0;
            for (int j = 0; j < teams; j++) {
                mean += capability[j];
            }
            mean /= teams;
            int freeModel = Teams.freeModel(open, exists, capability);
            double free = freeModel < 0 ? 0.0 : capability[freeModel];
            for (int j = 0; j < teams; j++) { // (A4), synchronous
                double aj = capability[j];
                double relative = mean > 0 ? aj / mean : 1.0;
                double growth = growthRate * (1.0 + speedGain * risk[j]) * StrictMath.pow(relative, returns - 1.0)
                        + dataReturns * users[j] / individuals;
                double best = Math.max(free, visibleTeamFrontier(j));
                next[j] = Teams.bounded(aj * (1.0 + growth) + spillover * Math.max(0.0, best - aj));
            }
            maxBefore[0] = Teams.maxTeam(capability, teams);
            System.arraycopy(next, 0, capability, 0, teams);
            updateRisk();
        }

        /** (A2) each team's risk from its rivals' capabilities. */
        private void updateRisk() {
            for (int j = 0; j < teams; j++) {
                int rivals = 0;
                double strongest = 0;
                for (int r = 0; r < teams; r++) {
                    if (r != j && (!alliance || Teams.bloc(home[r]) != Teams.bloc(home[j]))) {
                        rivals++;
                        strongest = Math.max(strongest, capability[r]);
                    }
                }
                double c = 0;
                if (rivals > 0) {
                    double aj = capability[j];
                    double hi = Math.max(aj, strongest);
                    double closeness = hi > 0 ? Math.min(aj, strongest) / hi : 1.0;
                    c = info * closeness + (1.0 - info) * rivals / (rivals + 1.0);
                }
                risk[j] = baseRisk + (1.0 - baseRisk) * enmity * c;
            }
        }

        /** @return the best team capability team j can learn from: all teams, or its bloc's when decoupled */
        private double visibleTeamFrontier(int j) {
            double best = 0;
            for (int r = 0; r < teams; r++) {
                if (!decoupling || Teams.bloc(home[r]) == Teams.bloc(home[j])) {
                    best = Math.max(best, capability[r]);
                }
            }
            return best;
        }

        private int lead() {
            int lead = 0;
            for (int j = 0; j < teams; j++) {
                if (capability[j] > capability[lead]) {
                    lead = j;
                }
            }
            return lead;
        }

        private void bindMetrics(Assembly a) {
            a.metric(FRONTIER_CAPABILITY, () -> capability[lead()]);
            a.metric(LAGGARD_CAPABILITY, () -> {
                int lead = lead();
                double lagSum = 0;
                int lagCount = 0;
                for (int j = 0; j < teams; j++) {
                    if (Teams.bloc(home[j]) != Teams.bloc(home[lead])) {
                        lagSum += capability[j];
                        lagCount++;
                    }
                }
                if (lagCount == 0) {
                    for (int j = 0; j < teams; j++) {
                        if (j != lead || teams == 1) {
                            lagSum += capability[j];
                            lagCount++;
                        }
                    }
                }
                return lagSum / lagCount;
            });
            a.metric(DISASTERS, () -> disasters);
            a.metric(RACE_RISK, () -> {
                double mean = 0;
                for (int j = 0; j < teams; j++) {
                    mean += risk[j];
                }
                return mean / teams;
            });
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeInt(disasters);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            disasters = in.readInt();
        }
    }
}
