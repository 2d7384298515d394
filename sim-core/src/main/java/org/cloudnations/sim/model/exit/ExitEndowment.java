package org.cloudnations.sim.model.exit;

import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (E0) The exit model's world: N individuals with skill, loyalty, digital access and a home state
 * drawn by {@link Endowment}; S states with log-normal productivity and their population; C
 * communities. Creates the tables; does nothing in a tick.
 *
 * <p>Writes {@code individuals.skill, loyalty, digital, home}, {@code states.productivity,
 * population} and {@code global.mean_skill}.
 */
public final class ExitEndowment implements Rule {
    static final ParameterSpec INDIVIDUALS = ParameterSpec.integer("individuals", 100_000, 1, 50_000_000,
            "individuals", "0.1", "N, number of individuals");
    static final ParameterSpec STATES = ParameterSpec.integer("states", 20, 1, 100_000, "states", "0.2",
            "S, number of states; individuals are spread uniformly over them");
    static final ParameterSpec COMMUNITIES = ParameterSpec.integer("communities", 10, 1, 100_000, "communities",
            "0.1", "C, number of cloud communities");

    @Override
    public String name() {
        return "exit-endowment";
    }

    @Override
    public String phase() {
        return "init";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(INDIVIDUALS, STATES, COMMUNITIES,
                ParameterSpec.real("digital_access", 0.5, 0.01, 0.99, "1", "0.1",
                        "D, mean digital access; d ~ Beta(D/(1-D), 1) scales cloud income"),
                ParameterSpec.real("skill_sigma", 0.8, 0.0, 3.0, "1", "0.1",
                        "sigma_h, standard deviation of log skill (skill is log-normal with mean 1)"),
                ParameterSpec.real("loyalty_mean", 0.3, 0.0, 10.0, "income", "0.2",
                        "L, mean loyalty to the home state (exponential); raises the exit threshold"),
                ParameterSpec.real("productivity_sigma", 0.3, 0.0, 3.0, "1", "0.2",
                        "sigma_A, standard deviation of log state productivity (mean 1)"));
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(Endowment.STREAM, "endowment of individuals"),
                new StreamUse(Endowment.STATE_STREAM, "state productivity"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        var p = a.parameters();
        int states = p.getInt("states");
        Table people = a.createTable(Tables.INDIVIDUALS, p.getInt("individuals"));
        Table stateTable = a.createTable(Tables.STATES, states);
        a.createTable(Tables.COMMUNITIES, p.getInt("communities"));
        float[] skill = people.floats("skill");
        float[] loyalty = people.floats("loyalty");
        float[] digital = people.floats("digital");
        int[] home = people.ints("home");
        double sigma = p.getDouble("skill_sigma");
        double loyaltyMean = p.getDouble("loyalty_mean");
        double access = p.getDouble("digital_access");
        long key = a.stream(Endowment.STREAM).key(0);
        a.stream(Endowment.STATE_STREAM);
        Accumulator init = a.loop().run(people.size(), 1, states, (from, to, tally) -> {
            for (int i = from; i < to; i++) {
                skill[i] = (float) Endowment.skill(key, i, sigma);
                loyalty[i] = (float) Endowment.loyalty(key, i, loyaltyMean);
                digital[i] = (float) Endowment.digital(key, i, access);
                home[i] = Endowment.home(key, i, states);
                tally.add(0, skill[i]);
                tally.increment(home[i]);
            }
        });
        double[] productivity = stateTable.doubles("productivity");
        long[] population = stateTable.longs("population");
        for (int s = 0; s < states; s++) {
            productivity[s] = Endowment.stateProductivity(a.seed(), s, p.getDouble("productivity_sigma"));
            population[s] = init.count(s);
        }
        a.table(Tables.GLOBAL).doubles("mean_skill")[0] = init.sum(0) / people.size();
        return context -> { };
    }
}
