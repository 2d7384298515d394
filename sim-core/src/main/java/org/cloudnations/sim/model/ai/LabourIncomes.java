package org.cloudnations.sim.model.ai;

import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A13) The incomes outside firms, per state (phase {@code accounts}, after {@link Production}):
 * gig, crowd, freelance and community output, the closed tools' fees (to the closed model's
 * revenue), the platforms' cut, the labour tax on wages and platform and freelance income, the
 * state's market output; the users of each model by labour form (A14), and the contributors'
 * skill per individual for the open model's growth (A5).
 *
 * <p>Reads {@code states.gig_workers, crowd_workers, crowd_skill, freelancers, closed_freelancers,
 * free_freelance_h2, closed_freelance_h2, contributors, contributor_skill, gig_income, crowd_rate,
 * ln_free, ln_closed, closed_model, wage_bill}, {@code global.free_model}; writes {@code
 * states.platform_take, revenue} (reset here), adds to {@code states.output}, {@code teams.revenue,
 * users}; writes {@code global.gig_output, crowd_output, freelance_output, tool_fees,
 * community_output, labour_tax, contributor_skill}.
 */
public final class LabourIncomes implements Rule {
    @Override
    public String name() {
        return "ai-labour-incomes";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.INDIVIDUALS, AiParameters.RACING_TEAMS, AiParameters.PLATFORMS,
                AiParameters.PLATFORM_CUT, AiParameters.FREELANCE_RATE, AiParameters.FREELANCE_TOOLS,
                AiParameters.TOOL_FEE, AiParameters.COMMUNITY_RATE, AiParameters.TAX_RATE, AiParameters.OPEN_MODELS);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Incomes(a);
    }

    /** The bound rule. */
    private static final class Incomes implements RuleStep {
        private final int size;
        private final int community;
        private final double cut;
        private final double freelanceRate;
        private final double freelanceTools;
        private final double toolFee;
        private final double communityRate;
        private final double taxRate;
        private final boolean openModels;
        private final long[] gigWorkers;
        private final long[] crowdWorkers;
        private final double[] crowdSkill;
        private final long[] freelancers;
        private final long[] closedFreelancers;
        private final double[] freeH2;
        private final double[] closedH2;
        private final long[] contributors;
        private final double[] contributorSkill;
        private final double[] gigIncome;
        private final double[] crowdRate;
        private final double[] lnFree;
        private final double[] lnClosed;
        private final int[] closedModel;
        private final double[] stateBill;
        private final double[] stateOutput;
        private final double[] platformTake;
        private final double[] stateRevenue;
        private final double[] revenue;
        private final long[] users;
        private final int[] freeModel;
        private final double[] gigTotal;
        private final double[] crowdTotal;
        private final double[] freelanceTotal;
        private final double[] toolFeeTotal;
        private final double[] communityTotal;
        private final double[] labourTaxTotal;
        private final double[] skillPerIndividual;

        Incomes(Assembly a) {
            Parameters p = a.parameters();
            size = p.getInt("individuals");
            community = Teams.community(p.getInt("racing_teams"));
            cut = p.getInt("platforms") > 0 ? p.getDouble("platform_cut") : 0.0;
            freelanceRate = p.getDouble("freelance_rate");
            freelanceTools = p.getDouble("freelance_tools");
            toolFee = p.getDouble("tool_fee");
            communityRate = p.getDouble("community_rate");
            taxRate = p.getDouble("tax_rate");
            openModels = p.getBoolean("open_models");
            Table states = a.table(Tables.STATES);
            gigWorkers = states.longs("gig_workers");
            crowdWorkers = states.longs("crowd_workers");
            crowdSkill = states.doubles("crowd_skill");
            freelancers = states.longs("freelancers");
            closedFreelancers = states.longs("closed_freelancers");
            freeH2 = states.doubles("free_freelance_h2");
            closedH2 = states.doubles("closed_freelance_h2");
            contributors = states.longs("contributors");
            contributorSkill = states.doubles("contributor_skill");
            gigIncome = states.doubles("gig_income");
            crowdRate = states.doubles("crowd_rate");
            lnFree = states.doubles("ln_free");
            lnClosed = states.doubles("ln_closed");
            closedModel = states.ints("closed_model");
            stateBill = states.doubles("wage_bill");
            stateOutput = states.doubles("output");
            platformTake = states.doubles("platform_take");
            stateRevenue = states.doubles("revenue");
            Table teams = a.table(Tables.TEAMS);
            revenue = teams.doubles("revenue");
            users = teams.longs("users");
            Table global = a.table(Tables.GLOBAL);
            freeModel = global.ints("free_model");
            gigTotal = global.doubles("gig_output");
            crowdTotal = global.doubles("crowd_output");
            freelanceTotal = global.doubles("freelance_output");
            toolFeeTotal = global.doubles("tool_fees");
            communityTotal = global.doubles("community_output");
            labourTaxTotal = global.doubles("labour_tax");
            skillPerIndividual = global.doubles("contributor_skill");
        }

        @Override
        public void step(TickContext context) {
            Arrays.fill(stateRevenue, 0.0);
            double gig = 0;
            double crowd = 0;
            double freelance = 0;
            double toolFees = 0;
            double communityOutput = 0;
            double labourTax = 0;
            int free = freeModel[0];
            for (int s = 0; s < gigWorkers.length; s++) {
                long nGig = gigWorkers[s];
                long nCrowd = crowdWorkers[s];
                long nClosed = closedFreelancers[s];
                double g = nGig * gigIncome[s];
                double c = crowdRate[s] * crowdSkill[s];
                double fFree = freelanceRate * freeH2[s] * (1.0 + freelanceTools * lnFree[s]);
                double fClosed = freelanceRate * closedH2[s] * (1.0 + freelanceTools * lnClosed[s]);
                double com = communityRate * contributorSkill[s];
                double fees = nClosed * toolFee;
                gig += g;
                crowd += c;
                freelance += fFree + fClosed;
                toolFees += fees;
                communityOutput += com;
                platformTake[s] = cut * (g + c);
                if (nClosed > 0) {
                    revenue[closedModel[s]] += fees;
                    users[closedModel[s]] += nClosed;
                }
                int access = lnClosed[s] > lnFree[s] ? closedModel[s] : free;
                long freeLancers = freelancers[s] - nClosed;
                if (access >= 0) {
                    users[access] += nGig + nCrowd;
                }
                if (free >= 0) {
                    users[free] += freeLancers;
                }
                users[community] += contributors[s];
                stateOutput[s] += g + c + fFree + fClosed + com;
                double grossLabour = stateBill[s] + (1.0 - cut) * (g + c) + fFree + fClosed - fees;
                stateRevenue[s] += taxRate * grossLabour;
                labourTax += taxRate * grossLabour;
            }
            if (!openModels) {
                users[community] = 0;
            }
            double skill = 0;
            for (int s = 0; s < contributorSkill.length; s++) {
                skill += contributorSkill[s];
            }
            skillPerIndividual[0] = skill / size;
            gigTotal[0] = gig;
            crowdTotal[0] = crowd;
            freelanceTotal[0] = freelance;
            toolFeeTotal[0] = toolFees;
            communityTotal[0] = communityOutput;
            labourTaxTotal[0] = labourTax;
        }
    }
}
