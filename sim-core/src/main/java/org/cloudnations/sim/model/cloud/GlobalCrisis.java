package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.CLOUD_EXPOSURE;
import static org.cloudnations.sim.model.cloud.CloudParameters.CRISIS_DEPTH;
import static org.cloudnations.sim.model.cloud.CloudParameters.CRISIS_LENGTH;
import static org.cloudnations.sim.model.cloud.CloudParameters.CRISIS_RATE;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (C13) Global crisis (phase {@code states}, first): when none is running, one draw of MASON's
 * sequential generator starts one with probability {@code crisis_rate}, lasting
 * {@code crisis_length} ticks; during a crisis home, firm and crowd income is multiplied by
 * {@code chi = 1 - crisis_depth} and community income by {@code chi_C = 1 - crisis_depth *
 * cloud_exposure}. Tick 0 draws nothing.
 *
 * <p>Writes {@code global.crisis_left, crisis_multiplier, cloud_crisis_multiplier}.
 */
public final class GlobalCrisis implements Rule {
    static final MetricSpec CRISIS = new MetricSpec("crisis", "1", "1 during a global crisis, else 0");

    @Override
    public String name() {
        return "cloud-crisis";
    }

    @Override
    public String phase() {
        return "states";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(CRISIS_RATE, CRISIS_LENGTH, CRISIS_DEPTH, CLOUD_EXPOSURE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CRISIS);
    }

    /**
     * Binds the global crisis columns.
     *
     * @param a the run being assembled
     * @return the crisis step (C13)
     */
    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        Table global = a.table(Tables.GLOBAL);
        int[] left = global.ints(People.CRISIS_LEFT);
        double[] multiplier = global.doubles(People.CRISIS_MULTIPLIER);
        double[] cloudMultiplier = global.doubles(People.CLOUD_CRISIS_MULTIPLIER);
        double rate = p.getDouble("crisis_rate");
        int length = p.getInt("crisis_length");
        double depth = p.getDouble("crisis_depth");
        double exposure = p.getDouble("cloud_exposure");
        a.metric(CRISIS, () -> left[0] > 0 ? 1 : 0);
        return context -> {
            if (context.tick() > 0) {
                if (left[0] > 0) {
                    left[0]--;
                } else if (context.random().nextDouble() < rate) {
                    left[0] = length;
                }
            }
            multiplier[0] = left[0] > 0 ? 1 - depth : 1;
            cloudMultiplier[0] = left[0] > 0 ? 1 - depth * exposure : 1;
        };
    }
}
