package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.*;

import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
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
 * (C0) The cloud model's world: states with Zipf population weights, log-normal productivity and
 * their initial policy; {@code F' = max(F, S)} firms spread over the states (one each, the rest by
 * weight), each integrating the commons with probability {@code commons_adoption}; communities
 * with a capability type drawn from Zipf(1), their rarity and the machine communities; and the
 * individuals, all employed at a firm of their state. Creates the tables; does nothing in a tick.
 *
 * <p>Writes {@code individuals.skill, digital, loyalty, wealth (0), residence, unit, e_residency
 * (-1), kind, flags}; {@code states.productivity, policy, first_firm, firm_count};
 * {@code firms.state, integrating, integrating_weight}; {@code communities.capability, rarity,
 * machine}; {@code global.mean_skill}.
 */
public final class CloudSetup implements Rule {
    /** Random stream of the individuals' endowment. */
    static final int INIT_STREAM = 20;
    /** Random stream of the states' productivity (plus 100: firms; plus 200: communities). */
    static final int STATE_STREAM = 21;

    @Override
    public String name() {
        return "cloud-setup";
    }

    @Override
    public String phase() {
        return "init";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(INDIVIDUALS, STATES, FIRMS, COMMUNITIES, CAPABILITY_TYPES, STATE_SIZE_EXPONENT,
                CAPITAL_SHARE, DIGITAL_ACCESS, SKILL_SIGMA, LOYALTY_MEAN, PRODUCTIVITY_SIGMA, COMMONS_ADOPTION,
                MACHINE_SHARE, POLICY_MIX);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(INIT_STREAM, "endowment of individuals"),
                new StreamUse(STATE_STREAM, "state productivity"),
                new StreamUse(STATE_STREAM + 100, "which firms integrate the commons"),
                new StreamUse(STATE_STREAM + 200, "capability types of communities"));
    }

    /**
     * Creates and fills the tables (C0).
     *
     * @param a the run being assembled
     * @return a step that does nothing
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int states = p.getInt("states");
        int communities = p.getInt("communities");
        int firms = Math.max(p.getInt("firms"), states);
        Table people = a.createTable(Tables.INDIVIDUALS, p.getInt("individuals"));
        Table stateTable = a.createTable(Tables.STATES, states);
        Table firmTable = a.createTable(Tables.FIRMS, firms);
        Table communityTable = a.createTable(Tables.COMMUNITIES, communities);
        // states: Zipf weights, productivity, policy
        double[] productivity = stateTable.doubles(People.PRODUCTIVITY);
        int[] policy = stateTable.ints(People.POLICY);
        double[] weight = new double[states];
        long stateKey = a.stream(STATE_STREAM).key(0);
        double totalWeight = 0;
        PolicyMix mix = p.getEnum(POLICY_MIX.name(), PolicyMix.class);
        for (int s = 0; s < states; s++) {
            double sigma = p.getDouble("productivity_sigma");
            productivity[s] = StrictMath.exp(sigma * CounterRandom.gaussian(stateKey, s, 0) - 0.5 * sigma * sigma);
            policy[s] = mix.initial(s).ordinal();
            weight[s] = StrictMath.pow(s + 1, -p.getDouble("state_size_exponent"));
            totalWeight += weight[s];
        }
        double[] stateCdf = Cdf.of(weight);
        // firms: one per state, the rest by population weight
        int[] firstFirm = stateTable.ints(People.FIRST_FIRM);
        int[] firmCount = stateTable.ints(People.FIRM_COUNT);
        int[] perState = new int[states];
        int assigned = 0;
        for (int s = 0; s < states; s++) {
            perState[s] = 1 + (int) Math.floor((firms - states) * weight[s] / totalWeight);
            assigned += perState[s];
        }
        for (int s = 0; assigned < firms; s = (s + 1) % states) {
            perState[s]++;
            assigned++;
        }
        int[] firmState = firmTable.ints(People.STATE);
        boolean[] integrating = firmTable.booleans(People.INTEGRATING);
        double[] integratingWeight = firmTable.doubles(People.INTEGRATING_WEIGHT);
        long firmKey = a.stream(STATE_STREAM + 100).key(0);
        double adoption = p.getDouble("commons_adoption");
        for (int s = 0, f = 0; s < states; s++) {
            firstFirm[s] = f;
            firmCount[s] = perState[s];
            for (int j = 0; j < perState[s]; j++, f++) {
                firmState[f] = s;
                integrating[f] = CounterRandom.uniform(firmKey, f, 0) < adoption;
                integratingWeight[f] = integrating[f] ? 1 : 0;
            }
        }
        communities(a, p, communityTable);
        individuals(a, p, people, stateCdf, firstFirm, firmCount);
        return context -> { };
    }

    /** Communities: capability types from Zipf(1), rarity (C9), machine communities. */
    private static void communities(Assembly a, Parameters p, Table table) {
        int communities = table.size();
        int[] capability = table.ints(People.CAPABILITY);
        double[] rarity = table.doubles(People.RARITY);
        boolean[] machine = table.booleans(People.MACHINE);
        double[] typeWeight = new double[p.getInt("capability_types")];
        for (int k = 0; k < typeWeight.length; k++) {
            typeWeight[k] = 1.0 / (k + 1);
        }
        double[] typeCdf = Cdf.of(typeWeight);
        long commKey = a.stream(STATE_STREAM + 200).key(0);
        int[] typeCount = new int[typeWeight.length];
        for (int c = 0; c < communities; c++) {
            capability[c] = Cdf.draw(typeCdf, CounterRandom.uniform(commKey, c, 0));
            typeCount[capability[c]]++;
            machine[c] = c < Math.round(p.getDouble("machine_share") * communities);
        }
        int distinct = 0;
        for (int n : typeCount) {
            distinct += n > 0 ? 1 : 0;
        }
        for (int c = 0; c < communities; c++) {
            // (C9) rarity: 1 when every type present is equally common
            rarity[c] = (double) communities / (distinct * typeCount[capability[c]]);
        }
    }

    /** Individuals: skill, loyalty, digital access, state, capital flag, firm (stream 20). */
    private static void individuals(Assembly a, Parameters p, Table people, double[] stateCdf, int[] firstFirm,
                                    int[] firmCount) {
        float[] skill = people.floats(People.SKILL);
        float[] digital = people.floats(People.DIGITAL);
        float[] loyalty = people.floats(People.LOYALTY);
        people.floats(People.WEALTH);
        int[] residence = people.ints(People.RESIDENCE);
        int[] unit = people.ints(People.UNIT);
        int[] eResidency = people.ints(People.E_RESIDENCY);
        byte[] kind = people.bytes(People.KIND);
        byte[] flags = people.bytes(People.FLAGS);
        Arrays.fill(eResidency, -1);
        double sigma = p.getDouble("skill_sigma");
        double loyaltyMean = p.getDouble("loyalty_mean");
        double d = p.getDouble("digital_access");
        double capitalShare = p.getDouble("capital_share");
        long key = a.stream(INIT_STREAM).key(0);
        Accumulator init = a.loop().run(people.size(), 1, 0, (from, to, tally) -> {
            for (int i = from; i < to; i++) {
                skill[i] = (float) StrictMath.exp(sigma * CounterRandom.gaussian(key, i, 0) - 0.5 * sigma * sigma);
                loyalty[i] = (float) (-loyaltyMean * StrictMath.log(CounterRandom.uniformPositive(key, i, 2)));
                digital[i] = (float) StrictMath.pow(CounterRandom.uniform(key, i, 3), (1.0 - d) / d);
                int s = Cdf.draw(stateCdf, CounterRandom.uniform(key, i, 4));
                residence[i] = s;
                flags[i] = CounterRandom.uniform(key, i, 5) < capitalShare ? People.CAPITAL : 0;
                unit[i] = firstFirm[s] + (int) (CounterRandom.uniform(key, i, 6) * firmCount[s]);
                kind[i] = People.EMPLOYED;
                tally.add(0, skill[i]);
            }
        });
        a.table(Tables.GLOBAL).doubles(People.MEAN_SKILL)[0] = init.sum(0) / people.size();
    }
}
