package org.cloudnations.sim.model.ai;

import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.model.exit.Endowment;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A0) The AI economy's world: S states with Zipf population weights and log-normal productivity,
 * F firms (firm f &lt; S in state f, the others in a state drawn from the weights), N individuals
 * with log-normal skill, a state drawn from the weights and, but for a share u_0 of job seekers, a
 * firm of that state drawn with the Zipf size weights. Creates the tables; does nothing in a tick.
 *
 * <p>Writes {@code individuals.skill, state, firm, form}; {@code states.productivity, population,
 * first_firm, firm_count}; {@code firms.state, by_state, size_cdf, base_skill, base_jobs, labour,
 * jobs} ({@code by_state} lists the firms state by state, ascending within a state; {@code
 * size_cdf} is indexed like it: the size distribution of each state's firms, one segment per
 * state, from {@code first_firm} for {@code firm_count} entries); {@code global.fee_unit}.
 */
public final class AiEndowment implements Rule {
    /** Random stream of the individuals' draws (state, firm, initial unemployment; skill). */
    static final int INIT_STREAM = 80;
    /** Random stream of the states of firms {@code f >= S}. */
    static final int FIRM_STREAM = 82;

    @Override
    public String name() {
        return "ai-endowment";
    }

    @Override
    public String phase() {
        return "init";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.INDIVIDUALS, AiParameters.STATES, AiParameters.FIRMS, AiParameters.PLATFORMS,
                AiParameters.STATE_SIZE_EXPONENT, AiParameters.FIRM_SIZE_EXPONENT, AiParameters.PRODUCTIVITY_SIGMA,
                AiParameters.SKILL_SIGMA, AiParameters.INITIAL_UNEMPLOYMENT);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(INIT_STREAM, "skill, state, firm and initial unemployment of individuals"),
                new StreamUse(FIRM_STREAM, "state of each firm beyond the first S"),
                new StreamUse(Endowment.STATE_STREAM, "state productivity"));
    }

    /**
     * Checks the counts, draws the world (A0) and writes the columns listed above.
     *
     * @param a the run being assembled
     * @return a step that does nothing
     * @throws ConfigurationException when {@code firms < states} or {@code platforms > firms}
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int size = p.getInt("individuals");
        int states = p.getInt("states");
        int firms = p.getInt("firms");
        int platforms = p.getInt("platforms");
        if (firms < states) {
            throw new ConfigurationException("firms = " + firms + " is below states = " + states
                    + ": every state needs a firm (allowed: firms >= states)");
        }
        if (platforms > firms) {
            throw new ConfigurationException("platforms = " + platforms + " exceeds firms = " + firms
                    + " (allowed: 0 <= platforms <= firms)");
        }
        Table stateTable = a.createTable(Tables.STATES, states);
        Table firmTable = a.createTable(Tables.FIRMS, firms);
        Table people = a.createTable(Tables.INDIVIDUALS, size);
        a.stream(Endowment.STATE_STREAM);

        double[] productivity = stateTable.doubles("productivity");
        double[] weights = new double[states];
        double stateExponent = p.getDouble("state_size_exponent");
        for (int s = 0; s < states; s++) {
            productivity[s] = Endowment.stateProductivity(a.seed(), s, p.getDouble("productivity_sigma"));
            weights[s] = StrictMath.pow(s + 1, -stateExponent);
        }
        double[] stateCdf = Cdf.of(weights);

        int[] firmState = firmTable.ints("state");
        int[] first = stateTable.ints("first_firm");
        int[] count = stateTable.ints("firm_count");
        long firmKey = a.stream(FIRM_STREAM).key(0);
        for (int f = 0; f < firms; f++) {
            firmState[f] = f < states ? f : Cdf.draw(stateCdf, CounterRandom.uniform(firmKey, f, 0));
            count[firmState[f]]++;
        }
        for (int s = 1; s < states; s++) {
            first[s] = first[s - 1] + count[s - 1];
        }
        int[] byState = firmTable.ints("by_state");
        int[] filled = new int[states];
        for (int f = 0; f < firms; f++) {
            int s = firmState[f];
            byState[first[s] + filled[s]++] = f;
        }
        double[] sizeCdf = firmTable.doubles("size_cdf");
        double[] sizeWeights = new double[firms];
        double firmExponent = p.getDouble("firm_size_exponent");
        for (int k = 0; k < firms; k++) {
            sizeWeights[k] = StrictMath.pow(byState[k] + 1, -firmExponent);
        }
        for (int s = 0; s < states; s++) {
            Cdf.of(sizeWeights, first[s], first[s] + count[s], sizeCdf);
        }

        float[] skill = people.floats("skill");
        int[] state = people.ints("state");
        int[] firm = people.ints("firm");
        byte[] form = people.bytes("form");
        long key = a.stream(INIT_STREAM).key(0);
        double sigma = p.getDouble("skill_sigma");
        double unemployment = p.getDouble("initial_unemployment");
        Accumulator init = a.loop().run(size, firms, firms + states, (from, to, tally) -> {
            for (int i = from; i < to; i++) {
                float h = (float) Endowment.skill(key, i, sigma);
                int s = Cdf.draw(stateCdf, CounterRandom.uniform(key, i, 2));
                skill[i] = h;
                state[i] = s;
                tally.increment(firms + s);
                if (CounterRandom.uniform(key, i, 4) < unemployment) {
                    form[i] = LabourForms.UNEMPLOYED;
                    firm[i] = -1;
                } else {
                    int f = byState[Cdf.draw(sizeCdf, first[s], first[s] + count[s], CounterRandom.uniform(key, i, 3))];
                    form[i] = LabourForms.EMPLOYED;
                    firm[i] = f;
                    tally.add(f, h);
                    tally.increment(f);
                }
            }
        });
        long[] population = stateTable.longs("population");
        for (int s = 0; s < states; s++) {
            population[s] = init.count(firms + s);
        }
        double[] baseSkill = firmTable.doubles("base_skill");
        long[] baseJobs = firmTable.longs("base_jobs");
        double[] labour = firmTable.doubles("labour");
        long[] jobs = firmTable.longs("jobs");
        double unit = 0;
        for (int f = 0; f < firms; f++) {
            baseSkill[f] = init.sum(f);
            baseJobs[f] = init.count(f);
            labour[f] = baseSkill[f];
            jobs[f] = baseJobs[f];
            unit += productivity[firmState[f]] * baseSkill[f];
        }
        a.table(Tables.GLOBAL).doubles("fee_unit")[0] = unit / firms;
        return context -> { };
    }
}
