package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * The tallies of the labour forms (phase {@code individuals}, in the same pass as
 * {@link LabourChoice}, also in tick 0): per firm the labour {@code L_f} of its non-elite and elite
 * employees and its head count {@code E_f}; per state the gig workers, the crowd workers and their
 * skill, the freelancers on free and on closed tools (A11) and their squared skill, the
 * contributors and their skill, the job seekers. The employment shares are its metrics.
 *
 * <p>Reads {@code individuals.skill, state, firm, form}, {@code states.ln_free, ln_closed}; writes
 * {@code firms.labour_plain, labour_elite, jobs}, {@code states.gig_workers, crowd_workers,
 * crowd_skill, freelancers, closed_freelancers, free_freelance_h2, closed_freelance_h2,
 * contributors, contributor_skill, unemployed} and {@code global.elite_jobs}.
 */
public final class LabourTally implements Rule {
    static final MetricSpec EMPLOYED = MetricSpec.share("employed", "share of individuals employed by firms");
    static final MetricSpec GIG = MetricSpec.share("gig", "share of individuals in platform gig work");
    static final MetricSpec CROWD = MetricSpec.share("crowd", "share of individuals in crowd micro-work");
    static final MetricSpec FREELANCE = MetricSpec.share("freelance", "share of individuals freelancing");
    static final MetricSpec COMMUNITY = MetricSpec.share("community",
            "share of individuals contributing to the open community model");
    static final MetricSpec UNEMPLOYED = MetricSpec.share("unemployed", "share of individuals seeking a job");

    @Override
    public String name() {
        return "ai-labour-tally";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.ELITE_SKILL, AiParameters.FREELANCE_RATE, AiParameters.FREELANCE_TOOLS,
                AiParameters.TOOL_FEE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(EMPLOYED, GIG, CROWD, FREELANCE, COMMUNITY, UNEMPLOYED);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound rule. */
    private static final class Pass implements IndividualPass {
        private final float[] skill;
        private final int[] state;
        private final int[] firm;
        private final byte[] form;
        private final double[] lnFree;
        private final double[] lnClosed;
        private final double[] labourPlain;
        private final double[] labourElite;
        private final long[] jobs;
        private final long[] gig;
        private final long[] crowd;
        private final double[] crowdSkill;
        private final long[] freelancers;
        private final long[] closedFreelancers;
        private final double[] freeH2;
        private final double[] closedH2;
        private final long[] contributors;
        private final double[] contributorSkill;
        private final long[] unemployed;
        private final long[] eliteJobs;
        private final double n;
        private final double eliteSkill;
        private final double rate;
        private final double tools;
        private final double fee;
        private final int sPlain;
        private final int sElite;
        private final int sCrowd;
        private final int sFreeH2;
        private final int sClosedH2;
        private final int sCommunity;
        private final int cElite;
        private final int cFirm;
        private final int cGig;
        private final int cCrowd;
        private final int cFreelance;
        private final int cClosed;
        private final int cCommunity;
        private final int cUnemployed;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            Table people = a.table(Tables.INDIVIDUALS);
            skill = people.floats("skill");
            state = people.ints("state");
            firm = people.ints("firm");
            form = people.bytes("form");
            n = people.size();
            Table firms = a.table(Tables.FIRMS);
            labourPlain = firms.doubles("labour_plain");
            labourElite = firms.doubles("labour_elite");
            jobs = firms.longs("jobs");
            Table states = a.table(Tables.STATES);
            lnFree = states.doubles("ln_free");
            lnClosed = states.doubles("ln_closed");
            gig = states.longs("gig_workers");
            crowd = states.longs("crowd_workers");
            crowdSkill = states.doubles("crowd_skill");
            freelancers = states.longs("freelancers");
            closedFreelancers = states.longs("closed_freelancers");
            freeH2 = states.doubles("free_freelance_h2");
            closedH2 = states.doubles("closed_freelance_h2");
            contributors = states.longs("contributors");
            contributorSkill = states.doubles("contributor_skill");
            unemployed = states.longs("unemployed");
            eliteJobs = a.table(Tables.GLOBAL).longs("elite_jobs");
            eliteSkill = p.getDouble("elite_skill");
            rate = p.getDouble("freelance_rate");
            tools = p.getDouble("freelance_tools");
            fee = p.getDouble("tool_fee");
            int f0 = firms.size();
            int s0 = states.size();
            sPlain = a.sums("labour_plain", f0);
            sElite = a.sums("labour_elite", f0);
            sCrowd = a.sums("crowd_skill", s0);
            sFreeH2 = a.sums("free_freelance_h2", s0);
            sClosedH2 = a.sums("closed_freelance_h2", s0);
            sCommunity = a.sums("contributor_skill", s0);
            cElite = a.counts("elite_jobs", 1);
            cFirm = a.counts("jobs", f0);
            cGig = a.counts("gig_workers", s0);
            cCrowd = a.counts("crowd_workers", s0);
            cFreelance = a.counts("freelancers", s0);
            cClosed = a.counts("closed_freelancers", s0);
            cCommunity = a.counts("contributors", s0);
            cUnemployed = a.counts("unemployed", s0);
            bindMetrics(a);
        }

        @Override
        public void step(TickContext context) {
        }

        /** Tallies individuals {@code from} to {@code to - 1} by labour form, firm and state. */
        @Override
        public void apply(int from, int to, Accumulator tally) {
            for (int i = from; i < to; i++) {
                final int s = state[i];
                final double h = skill[i];
                switch (form[i]) {
                    case LabourForms.EMPLOYED -> {
                        int f = firm[i];
                        if (h >= eliteSkill) {
                            tally.add(sElite + f, h);
                            tally.increment(cElite);
                        } else {
                            tally.add(sPlain + f, h);
                        }
                        tally.increment(cFirm + f);
                    }
                    case LabourForms.GIG -> tally.increment(cGig + s);
                    case LabourForms.CROWD -> {
                        tally.add(sCrowd + s, h);
                        tally.increment(cCrowd + s);
                    }
                    case LabourForms.FREELANCE -> {
                        if (LabourForms.closedTools(rate, tools, fee, lnFree[s], lnClosed[s], h)) {
                            tally.add(sClosedH2 + s, h * h);
                            tally.increment(cClosed + s);
                        } else {
                            tally.add(sFreeH2 + s, h * h);
                        }
                        tally.increment(cFreelance + s);
                    }
                    case LabourForms.COMMUNITY -> {
                        tally.add(sCommunity + s, h);
                        tally.increment(cCommunity + s);
                    }
                    default -> tally.increment(cUnemployed + s);
                }
            }
        }

        @Override
        public void finish(Accumulator t) {
            for (int f = 0; f < jobs.length; f++) {
                labourPlain[f] = t.sum(sPlain + f);
                labourElite[f] = t.sum(sElite + f);
                jobs[f] = t.count(cFirm + f);
            }
            for (int s = 0; s < gig.length; s++) {
                gig[s] = t.count(cGig + s);
                crowd[s] = t.count(cCrowd + s);
                crowdSkill[s] = t.sum(sCrowd + s);
                freelancers[s] = t.count(cFreelance + s);
                closedFreelancers[s] = t.count(cClosed + s);
                freeH2[s] = t.sum(sFreeH2 + s);
                closedH2[s] = t.sum(sClosedH2 + s);
                contributors[s] = t.count(cCommunity + s);
                contributorSkill[s] = t.sum(sCommunity + s);
                unemployed[s] = t.count(cUnemployed + s);
            }
            eliteJobs[0] = t.count(cElite);
        }

        private static long total(long[] counts) {
            long sum = 0;
            for (long c : counts) {
                sum += c;
            }
            return sum;
        }

        private void bindMetrics(Assembly a) {
            a.metric(EMPLOYED, () -> total(jobs) / n);
            a.metric(GIG, () -> total(gig) / n);
            a.metric(CROWD, () -> total(crowd) / n);
            a.metric(FREELANCE, () -> total(freelancers) / n);
            a.metric(COMMUNITY, () -> total(contributors) / n);
            a.metric(UNEMPLOYED, () -> total(unemployed) / n);
            a.invariant("the six labour forms' counts (jobs, gig, crowd, freelance, community, unemployed) sum to N",
                    () -> total(jobs) + total(gig) + total(crowd) + total(freelancers) + total(contributors)
                            + total(unemployed) == (long) n);
        }
    }
}
