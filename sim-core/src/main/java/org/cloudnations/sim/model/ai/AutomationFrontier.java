package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.model.labour.TaskProduction;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A7) the task frontier {@code N(t)}, each firm's automation frontier {@code I_f} from the
 * capability it uses and its AI capital {@code K_f}; (A9) labour demand {@code E*_f} (labour tasks
 * plus supervision, relative to tick 0, times the crisis factor), the displacement rate
 * {@code alpha_f} and vacancies {@code V_f} against last tick's employees (phase {@code firms},
 * after {@link ModelAccess}). Tick 0 fixes the normaliser {@code D(N - I_f(0))} and sets no
 * displacement or vacancies.
 *
 * <p>Reads {@code firms.capability, base_skill, base_jobs, jobs}, {@code global.crisis}; writes
 * {@code global.new_tasks}, {@code firms.automation, capital, displacement, vacancies}.
 */
public final class AutomationFrontier implements Rule {
    @Override
    public String name() {
        return "ai-automation";
    }

    @Override
    public String phase() {
        return "firms";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.AUTOMATION_REACH, AiParameters.NEW_TASK_RATE, AiParameters.PHYSICAL_SHARE,
                AiParameters.CAPITAL_INTENSITY, AiParameters.SUPERVISION);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Frontier(a);
    }

    /** The bound rule. */
    private static final class Frontier implements RuleStep {
        private final double reach;
        private final double newTaskRate;
        private final double physical;
        private final double intensity;
        private final double supervision;
        private final double[] capability;
        private final double[] baseSkill;
        private final long[] baseJobs;
        private final long[] jobs;
        private final double[] automation;
        private final double[] capital;
        private final double[] displacement;
        private final double[] vacancies;
        private final double[] baseDemand;
        private final double[] crisis;
        private final double[] newTasks;

        Frontier(Assembly a) {
            Parameters p = a.parameters();
            reach = p.getDouble("automation_reach");
            newTaskRate = p.getDouble("new_task_rate");
            physical = p.getDouble("physical_share");
            intensity = p.getDouble("capital_intensity");
            supervision = p.getDouble("supervision");
            Table firms = a.table(Tables.FIRMS);
            capability = firms.doubles("capability");
            baseSkill = firms.doubles("base_skill");
            baseJobs = firms.longs("base_jobs");
            jobs = firms.longs("jobs");
            automation = firms.doubles("automation");
            capital = firms.doubles("capital");
            displacement = firms.doubles("displacement");
            vacancies = firms.doubles("vacancies");
            baseDemand = new double[firms.size()];
            Table global = a.table(Tables.GLOBAL);
            crisis = global.doubles("crisis");
            newTasks = global.doubles("new_tasks");
        }

        /** (A9) jobs per unit of labour share {@code s}: the labour tasks plus supervision of the automated ones. */
        private double demandIndex(double share) {
            return share + supervision * (1.0 - share);
        }

        @Override
        public void step(TickContext context) {
            long tick = context.tick();
            double n = FirmProduction.taskFrontier(newTaskRate, tick);
            newTasks[0] = n;
            double chi = crisis[0];
            for (int f = 0; f < automation.length; f++) {
                double share = FirmProduction.labourShare(reach, capability[f], newTaskRate, tick, physical);
                automation[f] = n - share;
                capital[f] = intensity * (1.0 + capability[f]) * baseSkill[f];
                if (tick == 0) {
                    continue;
                }
                double target = baseJobs[f] * demandIndex(TaskProduction.labourShare(n, automation[f]))
                        / baseDemand[f] * chi;
                displacement[f] = jobs[f] > 0 ? Math.max(0.0, 1.0 - target / jobs[f]) : 0.0;
                vacancies[f] = Math.max(0.0, target - jobs[f]);
            }
            if (tick == 0) {
                for (int f = 0; f < automation.length; f++) {
                    baseDemand[f] = demandIndex(TaskProduction.labourShare(n, automation[f]));
                }
            }
        }
    }
}
