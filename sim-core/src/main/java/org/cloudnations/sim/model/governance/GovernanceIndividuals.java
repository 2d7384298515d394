package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.CITIES_PER_STATE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CLOUD_SHARE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.COMMUNITIES;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CULTURE_FEATURES;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CULTURE_TRAITS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.DAOS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.DAO_SHARE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.INDIVIDUALS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.RESERVE_SHARE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.SKILL_SIGMA;
import static org.cloudnations.sim.model.governance.GovernanceParameters.SOURCES;

import java.util.List;
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
 * (G0) The governance model's individuals: skill {@code h = exp(sigma_h z - sigma_h^2 / 2)}, a state
 * drawn by Zipf size, a uniform city of it, a community with probability {@code min(1, p_K h)} and a
 * DAO with probability {@code min(1, p_D h)}, a reserve with probability {@code pi_R}, a uniform
 * information source and a culture (uniform traits; reserve members share their city's culture).
 * Creates the individuals', units' and cultures' tables and counts each unit's members (G1) and each
 * state's potential output {@code Y*_s = A_s sum_{i in s} h_i}. Does nothing in a tick.
 *
 * <p>Reads {@code states.productivity, size_cdf}; writes {@code individuals.skill, state, city,
 * community, dao, source, reserve}, {@code cultures.trait_a}, {@code units.members} and
 * {@code states.potential}.
 */
public final class GovernanceIndividuals implements Rule {
    /** Random stream of the individuals' endowment (tick 0, id i). */
    static final int STREAM = 60;
    /** Random stream of the initial sources and cultures (tick 0, id i and iF + f). */
    static final int CULTURE_STREAM = STREAM + 100;
    /** Random stream of the reserves' cultures (tick 0, id cF + f). */
    static final int RESERVE_STREAM = STREAM + 200;

    @Override
    public String name() {
        return "governance-individuals";
    }

    @Override
    public String phase() {
        return "init";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(INDIVIDUALS, CITIES_PER_STATE, COMMUNITIES, DAOS, CLOUD_SHARE, DAO_SHARE, SKILL_SIGMA,
                RESERVE_SHARE, SOURCES, CULTURE_FEATURES, CULTURE_TRAITS);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "skill, memberships and reserve of individuals"),
                new StreamUse(CULTURE_STREAM, "initial source and culture of individuals"),
                new StreamUse(RESERVE_STREAM, "culture of each city's reserve"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        UnitLayout layout = UnitLayout.of(p);
        int n = p.getInt("individuals");
        int features = p.getInt("culture_features");
        int traits = p.getInt("culture_traits");
        int sources = p.getInt("sources");
        int cps = p.getInt("cities_per_state");
        int communities = layout.communities();
        int daos = layout.daos();
        double sh = p.getDouble("skill_sigma");
        double cloudShare = p.getDouble("cloud_share");
        double daoShare = p.getDouble("dao_share");
        double reserveShare = p.getDouble("reserve_share");
        Table states = a.table(Tables.STATES);
        double[] stateCdf = states.doubles("size_cdf");
        double[] productivity = states.doubles("productivity");
        double[] potential = states.doubles("potential");
        Table people = a.createTable(Tables.INDIVIDUALS, n);
        float[] skill = people.floats("skill");
        int[] state = people.ints("state");
        int[] city = people.ints("city");
        int[] community = people.ints("community");
        int[] dao = people.ints("dao");
        int[] source = people.ints("source");
        boolean[] reserve = people.booleans("reserve");
        byte[] culture = a.createTable(UnitLayout.CULTURES, n * features).bytes("trait_a");
        long[] members = a.createTable(UnitLayout.UNITS, layout.units()).longs("members");
        long key = a.stream(STREAM).key(0);
        long cultureKey = a.stream(CULTURE_STREAM).key(0);
        long reserveKey = a.stream(RESERVE_STREAM).key(0);
        a.loop().run(n, 0, 0, (from, to, t) -> {
            for (int i = from; i < to; i++) {
                skill[i] = (float) StrictMath.exp(sh * CounterRandom.gaussian(key, i, 0) - 0.5 * sh * sh);
                int s = Cdf.draw(stateCdf, CounterRandom.uniform(key, i, 2));
                state[i] = s;
                city[i] = s * cps + (int) (CounterRandom.uniform(key, i, 3) * cps);
                community[i] = CounterRandom.uniform(key, i, 4) < Math.min(1, cloudShare * skill[i])
                        ? (int) (CounterRandom.uniform(key, i, 5) * communities) : -1;
                dao[i] = CounterRandom.uniform(key, i, 6) < Math.min(1, daoShare * skill[i])
                        ? (int) (CounterRandom.uniform(key, i, 7) * daos) : -1;
                source[i] = (int) (CounterRandom.uniform(cultureKey, i, 0) * sources);
                reserve[i] = CounterRandom.uniform(key, i, 1) < reserveShare;
                for (int f = 0; f < features; f++) {
                    culture[i * features + f] = reserve[i]
                            ? (byte) (CounterRandom.uniform(reserveKey, (long) city[i] * features + f, 0) * traits)
                            : (byte) (CounterRandom.uniform(cultureKey, (long) i * features + f, 1) * traits);
                }
            }
        });
        int cityUnit = layout.cityUnit();
        int communityUnit = layout.communityUnit();
        int daoUnit = layout.daoUnit();
        for (int i = 0; i < n; i++) {
            members[state[i]]++;
            members[cityUnit + city[i]]++;
            if (community[i] >= 0) {
                members[communityUnit + community[i]]++;
            }
            if (dao[i] >= 0) {
                members[daoUnit + dao[i]]++;
            }
            potential[state[i]] += productivity[state[i]] * skill[i];
        }
        return context -> { };
    }
}
