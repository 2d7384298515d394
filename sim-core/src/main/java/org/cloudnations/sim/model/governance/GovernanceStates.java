package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.PRODUCTIVITY_SIGMA;
import static org.cloudnations.sim.model.governance.GovernanceParameters.STATES;
import static org.cloudnations.sim.model.governance.GovernanceParameters.STATE_SIZE_EXPONENT;
import static org.cloudnations.sim.model.governance.GovernanceParameters.THRESHOLD_MEAN;
import static org.cloudnations.sim.model.governance.GovernanceParameters.THRESHOLD_SD;

import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G0) The governance model's states: productivity {@code A_s = exp(sigma_A z - sigma_A^2 / 2)},
 * carbon intensity {@code sqrt(A_s) exp(0.5 z - 0.125)} (high-carbon: at or above the median),
 * adoption threshold {@code clamp(mean + sd z, 0, 1)} (G9) and Zipf sizes {@code (s + 1)^-zeta}.
 * Creates the states' table; does nothing in a tick.
 *
 * <p>Writes {@code states.productivity, high_carbon, threshold, size_cdf} (cumulative size shares,
 * last entry 1).
 */
public final class GovernanceStates implements Rule {
    /** Random stream of the states' draws (tick 0, id s). */
    static final int STREAM = 61;

    @Override
    public String name() {
        return "governance-states";
    }

    @Override
    public String phase() {
        return "init";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(STATES, STATE_SIZE_EXPONENT, PRODUCTIVITY_SIGMA, THRESHOLD_MEAN, THRESHOLD_SD);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "state productivity, carbon intensity and adoption threshold"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int states = p.getInt("states");
        Table table = a.createTable(Tables.STATES, states);
        double[] productivity = table.doubles("productivity");
        double[] threshold = table.doubles("threshold");
        boolean[] highCarbon = table.booleans("high_carbon");
        double[] stateCdf = table.doubles("size_cdf");
        double[] carbon = new double[states];
        double[] size = new double[states];
        long stateKey = a.stream(STREAM).key(0);
        double sa = p.getDouble("productivity_sigma");
        double mean = p.getDouble("threshold_mean");
        double sd = p.getDouble("threshold_sd");
        double zeta = p.getDouble("state_size_exponent");
        double sizeTotal = 0;
        for (int s = 0; s < states; s++) {
            productivity[s] = StrictMath.exp(sa * CounterRandom.gaussian(stateKey, s, 0) - 0.5 * sa * sa);
            carbon[s] = Math.sqrt(productivity[s]) * StrictMath.exp(0.5 * CounterRandom.gaussian(stateKey, s, 2) - 0.125);
            threshold[s] = Math.max(0, Math.min(1, mean + sd * CounterRandom.gaussian(stateKey, s, 4)));
            size[s] = StrictMath.pow(s + 1, -zeta);
            sizeTotal += size[s];
        }
        double acc = 0;
        for (int s = 0; s < states; s++) {
            acc += size[s];
            stateCdf[s] = acc / sizeTotal;
        }
        stateCdf[states - 1] = 1;
        double[] carbonSorted = carbon.clone();
        Arrays.sort(carbonSorted);
        double carbonMedian = carbonSorted[states / 2];
        for (int s = 0; s < states; s++) {
            highCarbon[s] = carbon[s] >= carbonMedian;
        }
        return context -> { };
    }
}
