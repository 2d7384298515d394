package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.ADOPTION_SPEED;
import static org.cloudnations.sim.model.governance.GovernanceParameters.INITIAL_ADOPTERS;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G9) Diffusion of a new institution from the edge (phase {@code institutions}): the
 * {@code round(x_0 S)} smallest states adopt at the start; each tick a state that has not adopted
 * reconsiders with probability {@code r_s} and adopts, for good, if the share of adopters at the end
 * of the last tick is at least its threshold (Granovetter 1978; see {@link Diffusion}).
 *
 * <p>Reads {@code states.threshold}; writes {@code states.adopted}.
 */
public final class InstitutionDiffusion implements Rule {
    /** Random stream of the states' reconsideration (tick t, id s). */
    static final int STREAM = 69;

    static final MetricSpec ADOPTION_SHARE = MetricSpec.share("adoption_share",
            "share of states that have adopted the new institution");

    @Override
    public String name() {
        return "diffusion";
    }

    @Override
    public String phase() {
        return "institutions";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(INITIAL_ADOPTERS, ADOPTION_SPEED);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(ADOPTION_SHARE);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "reconsideration of adoption by states"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        Table table = a.table(Tables.STATES);
        int states = table.size();
        boolean[] adopted = table.booleans("adopted");
        double[] threshold = table.doubles("threshold");
        int initial = (int) Math.round(a.parameters().getDouble("initial_adopters") * states);
        for (int r = 0; r < initial; r++) {
            adopted[states - 1 - r] = true; // the smallest states: Zipf weights fall with the index
        }
        double speed = a.parameters().getDouble("adoption_speed");
        Stream stream = a.stream(STREAM);
        boolean[] reconsider = new boolean[states];
        a.metric(ADOPTION_SHARE, () -> Diffusion.share(adopted));
        return context -> {
            if (context.tick() == 0) {
                return;
            }
            long key = stream.key(context.tick());
            for (int s = 0; s < states; s++) {
                reconsider[s] = CounterRandom.uniform(key, s, 0) < speed;
            }
            Diffusion.step(adopted, threshold, reconsider);
        };
    }
}
