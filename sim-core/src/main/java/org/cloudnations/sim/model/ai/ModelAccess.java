package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A8) Access to models and licences (phase {@code firms}): the free frontier and each state's
 * licensable frontier (A1); a firm that owns a team uses its model, any other uses the free
 * frontier unless licensing the closed one raises its output, (A12) with last tick's labour and the
 * automation frontier (A7) each model gives, by more than the fee
 * {@code l Ybar_0 a^L / a_0}.
 *
 * <p>Reads {@code teams.open, exists, home, capability}, {@code firms.state, team, base_skill,
 * labour}, {@code states.productivity}, {@code global.fee_unit}; writes {@code global.free_model},
 * {@code states.closed_model}, {@code firms.model, licensed, licence_fee, capability}.
 */
public final class ModelAccess implements Rule {
    static final MetricSpec LICENSED_FIRMS = new MetricSpec("licensed_firms", "1",
            "share of firms licensing a closed frontier model");

    @Override
    public String name() {
        return "ai-model-access";
    }

    @Override
    public String phase() {
        return "firms";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.RACING_TEAMS, AiParameters.DECOUPLING, AiParameters.AUTOMATION_REACH,
                AiParameters.NEW_TASK_RATE, AiParameters.PHYSICAL_SHARE, AiParameters.CAPITAL_INTENSITY,
                AiParameters.LICENCE_FEE, AiParameters.INITIAL_CAPABILITY);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(LICENSED_FIRMS);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Access(a);
    }

    /** The bound rule. */
    private static final class Access implements RuleStep {
        private final int teams;
        private final boolean decoupling;
        private final double reach;
        private final double newTaskRate;
        private final double physical;
        private final double intensity;
        private final double feeRate;
        private final double initialCapability;
        private final boolean[] open;
        private final boolean[] exists;
        private final int[] home;
        private final double[] teamCapability;
        private final int[] firmState;
        private final int[] teamOfFirm;
        private final double[] baseSkill;
        private final double[] labour;
        private final double[] productivity;
        private final double feeUnit;
        private final int[] freeModel;
        private final int[] closedModel;
        private final int[] model;
        private final boolean[] licensed;
        private final double[] licenceFee;
        private final double[] capability;

        Access(Assembly a) {
            Parameters p = a.parameters();
            teams = p.getInt("racing_teams");
            decoupling = p.getBoolean("decoupling");
            reach = p.getDouble("automation_reach");
            newTaskRate = p.getDouble("new_task_rate");
            physical = p.getDouble("physical_share");
            intensity = p.getDouble("capital_intensity");
            feeRate = p.getDouble("licence_fee");
            initialCapability = p.getDouble("initial_capability");
            Table t = a.table(Tables.TEAMS);
            open = t.booleans("open");
            exists = t.booleans("exists");
            home = t.ints("home");
            teamCapability = t.doubles("capability");
            Table firms = a.table(Tables.FIRMS);
            firmState = firms.ints("state");
            teamOfFirm = firms.ints("team");
            baseSkill = firms.doubles("base_skill");
            labour = firms.doubles("labour");
            model = firms.ints("model");
            licensed = firms.booleans("licensed");
            licenceFee = firms.doubles("licence_fee");
            capability = firms.doubles("capability");
            Table states = a.table(Tables.STATES);
            productivity = states.doubles("productivity");
            closedModel = states.ints("closed_model");
            Table global = a.table(Tables.GLOBAL);
            feeUnit = global.doubles("fee_unit")[0];
            freeModel = global.ints("free_model");
            a.metric(LICENSED_FIRMS, () -> {
                long licences = 0;
                for (boolean l : licensed) {
                    if (l) {
                        licences++;
                    }
                }
                return (double) licences / licensed.length;
            });
        }

        @Override
        public void step(TickContext context) {
            long tick = context.tick();
            double newTasks = FirmProduction.taskFrontier(newTaskRate, tick);
            int free = Teams.freeModel(open, exists, teamCapability);
            freeModel[0] = free;
            double aFree = free < 0 ? 0.0 : teamCapability[free];
            for (int s = 0; s < closedModel.length; s++) {
                closedModel[s] = Teams.closedModel(Teams.bloc(s), decoupling, open, home, teamCapability, teams);
            }
            for (int f = 0; f < model.length; f++) {
                int team = teamOfFirm[f];
                int m;
                boolean lic = false;
                if (team >= 0) {
                    m = team;
                } else {
                    m = free;
                    int closed = closedModel[firmState[f]];
                    if (closed >= 0 && teamCapability[closed] > aFree && labour[f] > 0) {
                        double gain = potential(f, teamCapability[closed], tick, newTasks)
                                - potential(f, aFree, tick, newTasks);
                        if (gain > fee(closed)) {
                            m = closed;
                            lic = true;
                        }
                    }
                }
                model[f] = m;
                licensed[f] = lic;
                licenceFee[f] = lic ? fee(m) : 0.0;
                capability[f] = m < 0 ? 0.0 : teamCapability[m];
            }
        }

        /** The per-tick licence fee of closed model {@code j}, proportional to its capability. */
        private double fee(int j) {
            return feeRate * feeUnit * teamCapability[j] / initialCapability;
        }

        /** A firm's output with capability {@code a} and last tick's labour. */
        private double potential(int f, double a, long tick, double newTasks) {
            double share = FirmProduction.labourShare(reach, a, newTaskRate, tick, physical);
            double k = intensity * (1.0 + a) * baseSkill[f];
            return FirmProduction.output(productivity[firmState[f]], k, labour[f], newTasks, newTasks - share);
        }
    }
}
