package org.cloudnations.sim.model.world;

import java.util.List;
import org.cloudnations.sim.model.ai.AiParameters;
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
 * (W0) The world at tick 0: S states with lognormal productivity and policy {@code s mod 4}; F
 * firms, firm f in state {@code f mod S}, a share of them integrating the commons; K human
 * communities, community k of capability type {@code k mod T}; N individuals with lognormal skill
 * (mean 1), uniform loyalty, a home state drawn with weight {@code (s + 1)^-zeta} (row 0.9) and a
 * job at a random firm of their state (or unemployed with probability {@code u_0}). Does nothing
 * in a tick.
 */
public final class WorldSetup implements Rule {
    /** Random stream of the states' and firms' draws. */
    static final int STATE_STREAM = 140;
    /** Random stream of the individuals' endowment. */
    static final int INIT_STREAM = 141;

    @Override
    public String name() {
        return "world-setup";
    }

    @Override
    public String phase() {
        return "init";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.INDIVIDUALS, AiParameters.STATES, AiParameters.FIRMS, WorldParameters.COMMUNITIES,
                WorldParameters.CAPABILITY_TYPES, WorldParameters.SKILL_SIGMA, WorldParameters.STATE_SIZE_EXPONENT,
                WorldParameters.INITIAL_UNEMPLOYMENT, WorldParameters.INTEGRATION_SHARE);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STATE_STREAM, "state productivity and which firms integrate the commons"),
                new StreamUse(INIT_STREAM, "skill, loyalty, home state and first job of individuals"));
    }

    /**
     * Creates the tables and draws the world.
     *
     * @param a the run being assembled
     * @return a step that does nothing
     * @throws ConfigurationException when {@code firms < states}
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int n = p.getInt("individuals");
        int states = p.getInt("states");
        int firms = p.getInt("firms");
        if (firms < states) {
            throw new ConfigurationException("firms = " + firms + " is less than states = " + states
                    + " (allowed: firms >= states, so that every state has a firm)");
        }
        int communities = p.getInt("communities");
        int types = p.getInt("capability_types");
        Table st = a.createTable(Tables.STATES, states);
        Table ft = a.createTable(Tables.FIRMS, firms);
        Table ct = a.createTable(Tables.COMMUNITIES, communities);
        Table people = a.createTable(Tables.INDIVIDUALS, n);
        long stateKey = a.stream(STATE_STREAM).key(0);
        double[] productivity = st.doubles(Columns.PRODUCTIVITY);
        int[] policy = st.ints(Columns.POLICY);
        double[] sizeCdf = new double[states];
        double zeta = p.getDouble("state_size_exponent");
        double total = 0;
        for (int s = 0; s < states; s++) {
            productivity[s] = StrictMath.exp(0.2 * CounterRandom.gaussian(stateKey, s, 0) - 0.02);
            policy[s] = s % 4;
            total += StrictMath.pow(s + 1.0, -zeta);
            sizeCdf[s] = total;
        }
        for (int s = 0; s < states; s++) {
            sizeCdf[s] /= total;
        }
        int[] firmState = ft.ints(Columns.STATE);
        boolean[] integrating = ft.booleans(Columns.INTEGRATING);
        double integrationShare = p.getDouble("integration_share");
        for (int f = 0; f < firms; f++) {
            firmState[f] = f % states;
            integrating[f] = CounterRandom.uniform(stateKey, states + (long) f, 0) < integrationShare;
        }
        int[] type = ct.ints(Columns.TYPE);
        for (int k = 0; k < communities; k++) {
            type[k] = k % types;
        }
        float[] skill = people.floats(Columns.SKILL);
        float[] loyalty = people.floats(Columns.LOYALTY);
        int[] home = people.ints(Columns.HOME);
        int[] unit = people.ints(Columns.UNIT);
        byte[] form = people.bytes(Columns.FORM);
        double sigma = p.getDouble("skill_sigma");
        double u0 = p.getDouble("initial_unemployment");
        long key = a.stream(INIT_STREAM).key(0);
        a.loop().run(n, 0, 0, (from, to, tally) -> {
            for (int i = from; i < to; i++) {
                skill[i] = (float) StrictMath.exp(sigma * CounterRandom.gaussian(key, i, 0) - 0.5 * sigma * sigma);
                loyalty[i] = (float) CounterRandom.uniform(key, i, 2);
                int s = Cdf.draw(sizeCdf, CounterRandom.uniform(key, i, 3));
                home[i] = s;
                if (CounterRandom.uniform(key, i, 4) < u0) {
                    form[i] = Columns.UNEMPLOYED;
                    unit[i] = -1;
                } else {
                    form[i] = Columns.EMPLOYED;
                    unit[i] = firmOf(s, states, firms, CounterRandom.uniform(key, i, 5));
                }
            }
        });
        return context -> { };
    }

    /**
     * A firm of a state drawn uniformly: the firms of state s are {@code s, s + S, s + 2S, ...}.
     *
     * @param state s
     * @param states S
     * @param firms F, at least S
     * @param u a uniform draw in [0, 1)
     * @return the firm
     */
    static int firmOf(int state, int states, int firms, double u) {
        int count = (firms - state + states - 1) / states;
        return state + states * (int) (u * count);
    }
}
