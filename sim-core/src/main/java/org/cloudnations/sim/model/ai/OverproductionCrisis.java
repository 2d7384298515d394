package org.cloudnations.sim.model.ai;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (A15) Overproduction crises, at the start of the {@code firms} phase: a running crisis counts
 * down one tick (the tick just accounted); then, from tick 1, if none is running and last tick's
 * demand gap exceeds {@code g_bar}, a crisis of {@code T_cr} ticks starts. The crisis factor
 * {@code chi_D} is {@code 1 - Delta} while a crisis runs, 1 otherwise.
 *
 * <p>Reads {@code global.demand_gap}; writes {@code global.crisis_left} (ticks of the running
 * crisis still to account) and {@code global.crisis} (chi_D).
 */
public final class OverproductionCrisis implements Rule {
    static final MetricSpec CRISES = MetricSpec.nonNegative("crises", "crises/tick",
            "overproduction crises starting this tick");

    @Override
    public String name() {
        return "ai-crisis";
    }

    @Override
    public String phase() {
        return "firms";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AiParameters.CRISIS_THRESHOLD, AiParameters.CRISIS_LENGTH, AiParameters.CRISIS_DEPTH);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CRISES);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Counter(a);
    }

    /** The bound rule: the crisis counter lives in {@code global.crisis_left}. */
    private static final class Counter implements RuleStep, RuleState {
        private final double threshold;
        private final int length;
        private final double depth;
        private final double[] gap;
        private final double[] crisis;
        private final int[] left;
        private int started;

        Counter(Assembly a) {
            Parameters p = a.parameters();
            threshold = p.getDouble("crisis_threshold");
            length = p.getInt("crisis_length");
            depth = p.getDouble("crisis_depth");
            Table global = a.table(Tables.GLOBAL);
            gap = global.doubles("demand_gap");
            crisis = global.doubles("crisis");
            left = global.ints("crisis_left");
            a.metric(CRISES, () -> started);
        }

        @Override
        public void step(TickContext context) {
            if (left[0] > 0) {
                left[0]--;
            }
            started = 0;
            if (context.tick() > 0 && left[0] == 0 && gap[0] > threshold) {
                left[0] = length;
                started = 1;
            }
            crisis[0] = left[0] > 0 ? 1.0 - depth : 1.0;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeInt(started);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            started = in.readInt();
        }
    }
}
