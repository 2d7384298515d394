package org.cloudnations.sim.model.ai;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.exit.ExitRule;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * The individuals' moves (phase {@code individuals}, parallel): (A10) a non-elite employee is
 * displaced with its firm's rate {@code alpha_f}; a job seeker is hired with its state's rate
 * {@code phi_s} (elite: 1) by a firm drawn by vacancies (or size); (A11) with probability {@code r}
 * it revises its labour form by a multinomial logit over the options open to it. Nothing moves in
 * tick 0. (A10) and (A11) are one rule because they draw from one stream (84: draws 0 to 2 for
 * displacement and hiring, 3 and 4 for the revision), and a stream belongs to one rule.
 *
 * <p>Reads {@code individuals.skill, state}, {@code firms.displacement, wage, by_state, size_cdf,
 * vacancy_cdf}, {@code states.first_firm, firm_count, has_vacancy, job_finding, mean_wage,
 * productivity, gig_income, crowd_rate, ln_free, ln_closed}, {@code global.premium}; writes
 * {@code individuals.form, firm}.
 */
public final class LabourChoice implements Rule {
    /** Random stream of the individuals' draws in a tick. */
    static final int TICK_STREAM = 84;

    static final MetricSpec DISPLACED = MetricSpec.nonNegative("displaced", "individuals/tick",
            "employees whose jobs were automated away this tick");

    @Override
    public String name() {
        return "ai-labour-choice";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.PLATFORMS, AiParameters.ELITE_SKILL, AiParameters.REVISION_RATE,
                AiParameters.CHOICE_INTENSITY, AiParameters.SWITCH_COST, AiParameters.TAX_RATE,
                AiParameters.UNEMPLOYMENT_BENEFIT, AiParameters.PLATFORM_CUT, AiParameters.FREELANCE_RATE,
                AiParameters.FREELANCE_TOOLS, AiParameters.TOOL_FEE, AiParameters.COMMUNITY_RATE,
                AiParameters.OPEN_MODELS);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(DISPLACED);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(TICK_STREAM, "displacement, hiring, revision and the logit choice"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound rule. */
    private static final class Pass implements IndividualPass, RuleState {
        private final float[] skill;
        private final int[] state;
        private final int[] firm;
        private final byte[] form;
        private final double[] displacement;
        private final double[] wage;
        private final int[] byState;
        private final double[] sizeCdf;
        private final double[] vacancyCdf;
        private final int[] first;
        private final int[] count;
        private final boolean[] hasVacancy;
        private final double[] jobFinding;
        private final double[] meanWage;
        private final double[] productivity;
        private final double[] gigIncome;
        private final double[] crowdRate;
        private final double[] lnFree;
        private final double[] lnClosed;
        private final double[] premiumColumn;
        private final Stream stream;
        private final int cDisplaced;
        private final double eliteSkill;
        private final long revisionBits;
        private final double beta;
        private final double switchCost;
        private final double net;
        private final double benefit;
        private final double cut;
        private final double freelanceRate;
        private final double freelanceTools;
        private final double toolFee;
        private final double communityRate;
        private final boolean openModels;
        private boolean moving;
        private long key;
        private double premium;
        private long displaced;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            Table people = a.table(Tables.INDIVIDUALS);
            skill = people.floats("skill");
            state = people.ints("state");
            firm = people.ints("firm");
            form = people.bytes("form");
            Table firms = a.table(Tables.FIRMS);
            displacement = firms.doubles("displacement");
            wage = firms.doubles("wage");
            byState = firms.ints("by_state");
            sizeCdf = firms.doubles("size_cdf");
            vacancyCdf = firms.doubles("vacancy_cdf");
            Table states = a.table(Tables.STATES);
            first = states.ints("first_firm");
            count = states.ints("firm_count");
            hasVacancy = states.booleans("has_vacancy");
            jobFinding = states.doubles("job_finding");
            meanWage = states.doubles("mean_wage");
            productivity = states.doubles("productivity");
            gigIncome = states.doubles("gig_income");
            crowdRate = states.doubles("crowd_rate");
            lnFree = states.doubles("ln_free");
            lnClosed = states.doubles("ln_closed");
            premiumColumn = a.table(Tables.GLOBAL).doubles("premium");
            stream = a.stream(TICK_STREAM);
            cDisplaced = a.counts("displaced", 1);
            eliteSkill = p.getDouble("elite_skill");
            revisionBits = CounterRandom.threshold(p.getDouble("revision_rate"));
            beta = p.getDouble("choice_intensity");
            switchCost = p.getDouble("switch_cost");
            net = 1.0 - p.getDouble("tax_rate");
            benefit = p.getDouble("unemployment_benefit");
            cut = p.getInt("platforms") > 0 ? p.getDouble("platform_cut") : 0.0;
            freelanceRate = p.getDouble("freelance_rate");
            freelanceTools = p.getDouble("freelance_tools");
            toolFee = p.getDouble("tool_fee");
            communityRate = p.getDouble("community_rate");
            openModels = p.getBoolean("open_models");
            a.metric(DISPLACED, () -> displaced);
        }

        @Override
        public void step(TickContext context) {
            moving = context.tick() > 0;
            key = stream.key(context.tick());
            premium = premiumColumn[0];
        }

        /** (A10) and (A11) for individuals {@code from} to {@code to - 1}. */
        @Override
        public void apply(int from, int to, Accumulator tally) {
            if (!moving) {
                return;
            }
            for (int i = from; i < to; i++) {
                final int s = state[i];
                final double h = skill[i];
                final boolean elite = h >= eliteSkill;
                int k = form[i];
                int f = firm[i];
                if (k == LabourForms.EMPLOYED) {
                    double alpha = displacement[f];
                    if (!elite && alpha > 0 && CounterRandom.uniform(key, i, 0) < alpha) {
                        k = LabourForms.UNEMPLOYED;
                        f = -1;
                        tally.increment(cDisplaced);
                    }
                } else if (k == LabourForms.UNEMPLOYED) {
                    double hire = elite ? 1.0 : jobFinding[s];
                    if (hire > 0 && CounterRandom.uniform(key, i, 1) < hire) {
                        double u = CounterRandom.uniform(key, i, 2);
                        int end = first[s] + count[s];
                        f = byState[Cdf.draw(hasVacancy[s] ? vacancyCdf : sizeCdf, first[s], end, u)];
                        k = LabourForms.EMPLOYED;
                    }
                }
                if (CounterRandom.below(key, i, 3, revisionBits)) {
                    int chosen = choose(k, f, s, h, elite, CounterRandom.uniform(key, i, 4));
                    if (chosen != k) {
                        k = chosen;
                        f = -1;
                    }
                }
                form[i] = (byte) k;
                firm[i] = f;
            }
        }

        @Override
        public void finish(Accumulator total) {
            displaced = total.count(cDisplaced);
        }

        /**
         * (A11) The logit choice among the labour forms open to an individual, in code order
         * (E, G, W, F, C, U), without scratch arrays (nothing allocated per individual).
         */
        private int choose(int k, int f, int s, double h, boolean elite, double u) {
            double bonus = elite ? 1.0 + premium : 1.0;
            double hire = elite ? 1.0 : jobFinding[s];
            boolean employed = k == LabourForms.EMPLOYED;
            double vE = employed ? net * wage[f] * h * bonus : 0.0;
            double vU = hire * net * meanWage[s] * h * bonus + (1.0 - hire) * benefit * productivity[s];
            double vG = net * (1.0 - cut) * gigIncome[s];
            double vW = net * (1.0 - cut) * crowdRate[s] * h;
            double vF = net * LabourForms.freelanceGross(freelanceRate, freelanceTools, toolFee, lnFree[s],
                    lnClosed[s], h);
            double vC = communityRate * h;
            // every open option but the current form costs kappa; E is open only to employees
            double best = Double.NEGATIVE_INFINITY;
            if (employed) {
                best = Math.max(best, vE);
            }
            if (k != LabourForms.GIG) {
                vG -= switchCost;
            }
            best = Math.max(best, vG);
            if (k != LabourForms.CROWD) {
                vW -= switchCost;
            }
            best = Math.max(best, vW);
            if (k != LabourForms.FREELANCE) {
                vF -= switchCost;
            }
            best = Math.max(best, vF);
            if (openModels) {
                if (k != LabourForms.COMMUNITY) {
                    vC -= switchCost;
                }
                best = Math.max(best, vC);
            }
            if (!employed) {
                if (k != LabourForms.UNEMPLOYED) {
                    vU -= switchCost;
                }
                best = Math.max(best, vU);
            }
            double wE = employed ? ExitRule.logitWeight(beta, vE, best) : 0.0;
            double wG = ExitRule.logitWeight(beta, vG, best);
            double wW = ExitRule.logitWeight(beta, vW, best);
            double wF = ExitRule.logitWeight(beta, vF, best);
            double wC = openModels ? ExitRule.logitWeight(beta, vC, best) : 0.0;
            double wU = employed ? 0.0 : ExitRule.logitWeight(beta, vU, best);
            double total = 0;
            total += wE;
            total += wG;
            total += wW;
            total += wF;
            total += wC;
            total += wU;
            double x = u * total;
            int last = k;
            if (wE > 0) {
                last = LabourForms.EMPLOYED;
                x -= wE;
                if (x < 0) {
                    return last;
                }
            }
            if (wG > 0) {
                last = LabourForms.GIG;
                x -= wG;
                if (x < 0) {
                    return last;
                }
            }
            if (wW > 0) {
                last = LabourForms.CROWD;
                x -= wW;
                if (x < 0) {
                    return last;
                }
            }
            if (wF > 0) {
                last = LabourForms.FREELANCE;
                x -= wF;
                if (x < 0) {
                    return last;
                }
            }
            if (wC > 0) {
                last = LabourForms.COMMUNITY;
                x -= wC;
                if (x < 0) {
                    return last;
                }
            }
            if (wU > 0) {
                last = LabourForms.UNEMPLOYED;
                x -= wU;
                if (x < 0) {
                    return last;
                }
            }
            return last;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeBoolean(moving);
            out.writeLong(key);
            out.writeDouble(premium);
            out.writeLong(displaced);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            moving = in.readBoolean();
            key = in.readLong();
            premium = in.readDouble();
            displaced = in.readLong();
        }
    }
}
