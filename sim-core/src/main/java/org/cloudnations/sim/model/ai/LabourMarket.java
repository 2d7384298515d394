package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * This tick's labour market of each state (phase {@code firms}, after {@link AutomationFrontier}):
 * (A9) the vacancies {@code V_s} and their distribution over the state's firms, the job-finding
 * rate {@code phi_s = m min(1, V_s / U_s)}, the mean wage {@code Wbar_s} (last tick's wage bill
 * over labour) and the elite premium {@code pi_E = varpi ln(1 + max_j a_j)}; (A11) the incomes of
 * the labour forms: gig income, the crowd rate {@code psi_W z_s} and the log capabilities of the
 * free and closed tools.
 *
 * <p>Reads {@code firms.by_state, vacancies, wage, labour}, {@code states.first_firm, firm_count,
 * productivity, unemployed, closed_model}, {@code teams.capability}, {@code global.free_model};
 * writes {@code firms.vacancy_cdf} (indexed like {@code by_state}), {@code states.has_vacancy,
 * job_finding, mean_wage, gig_income, crowd_rate, ln_free, ln_closed} and {@code global.premium}.
 */
public final class LabourMarket implements Rule {
    @Override
    public String name() {
        return "ai-labour-market";
    }

    @Override
    public String phase() {
        return "firms";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.RACING_TEAMS, AiParameters.ELITE_PREMIUM, AiParameters.MATCHING_RATE,
                AiParameters.GIG_RATE, AiParameters.GIG_ASSIST, AiParameters.CROWD_RATE,
                AiParameters.AUTOMATION_REACH, AiParameters.NEW_TASK_RATE);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Market(a);
    }

    /** The bound rule. */
    private static final class Market implements RuleStep {
        private final int teams;
        private final double elitePremium;
        private final double matchingRate;
        private final double gigRate;
        private final double gigAssist;
        private final double crowdRate;
        private final double reach;
        private final double newTaskRate;
        private final int[] byState;
        private final double[] vacancies;
        private final double[] wage;
        private final double[] labour;
        private final double[] weights;
        private final double[] vacancyCdf;
        private final int[] first;
        private final int[] count;
        private final double[] productivity;
        private final long[] unemployed;
        private final int[] closedModel;
        private final boolean[] hasVacancy;
        private final double[] jobFinding;
        private final double[] meanWage;
        private final double[] gigIncome;
        private final double[] crowd;
        private final double[] lnFree;
        private final double[] lnClosed;
        private final double[] capability;
        private final int[] freeModel;
        private final double[] premium;

        Market(Assembly a) {
            Parameters p = a.parameters();
            teams = p.getInt("racing_teams");
            elitePremium = p.getDouble("elite_premium");
            matchingRate = p.getDouble("matching_rate");
            gigRate = p.getDouble("gig_rate");
            gigAssist = p.getDouble("gig_assist");
            crowdRate = p.getDouble("crowd_rate");
            reach = p.getDouble("automation_reach");
            newTaskRate = p.getDouble("new_task_rate");
            Table firms = a.table(Tables.FIRMS);
            byState = firms.ints("by_state");
            vacancies = firms.doubles("vacancies");
            wage = firms.doubles("wage");
            labour = firms.doubles("labour");
            vacancyCdf = firms.doubles("vacancy_cdf");
            weights = new double[firms.size()];
            Table states = a.table(Tables.STATES);
            first = states.ints("first_firm");
            count = states.ints("firm_count");
            productivity = states.doubles("productivity");
            unemployed = states.longs("unemployed");
            closedModel = states.ints("closed_model");
            hasVacancy = states.booleans("has_vacancy");
            jobFinding = states.doubles("job_finding");
            meanWage = states.doubles("mean_wage");
            gigIncome = states.doubles("gig_income");
            crowd = states.doubles("crowd_rate");
            lnFree = states.doubles("ln_free");
            lnClosed = states.doubles("ln_closed");
            capability = a.table(Tables.TEAMS).doubles("capability");
            Table global = a.table(Tables.GLOBAL);
            freeModel = global.ints("free_model");
            premium = global.doubles("premium");
        }

        @Override
        public void step(TickContext context) {
            long tick = context.tick();
            premium[0] = elitePremium * StrictMath.log1p(Teams.maxTeam(capability, teams));
            int free = freeModel[0];
            double aFree = free < 0 ? 0.0 : capability[free];
            for (int s = 0; s < first.length; s++) {
                int from = first[s];
                int to = from + count[s];
                double v = 0;
                double bill = 0;
                double skill = 0;
                for (int k = from; k < to; k++) {
                    int f = byState[k];
                    weights[k] = vacancies[f];
                    v += vacancies[f];
                    bill += wage[f] * labour[f];
                    skill += labour[f];
                }
                hasVacancy[s] = v > 0;
                if (v > 0) {
                    Cdf.of(weights, from, to, vacancyCdf);
                }
                long seekers = unemployed[s];
                jobFinding[s] = v <= 0 ? 0.0 : matchingRate * (seekers > 0 ? Math.min(1.0, v / seekers) : 1.0);
                meanWage[s] = skill > 0 ? bill / skill : 0.0;
                int closed = closedModel[s];
                double aClosed = closed < 0 ? 0.0 : capability[closed];
                double access = Math.max(aFree, aClosed);
                gigIncome[s] = gigRate * productivity[s] * (1.0 + gigAssist * StrictMath.log1p(access));
                crowd[s] = crowdRate * FirmProduction.labourShare(reach, access, newTaskRate, tick, 0.0);
                lnFree[s] = StrictMath.log1p(aFree);
                lnClosed[s] = StrictMath.log1p(aClosed);
            }
        }
    }
}
