package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.MULTINATIONAL_SHARE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.POOL_TAX;
import static org.cloudnations.sim.model.governance.GovernanceParameters.RECOVERY_RATE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.RECOVERY_THRESHOLD;
import static org.cloudnations.sim.model.governance.GovernanceParameters.RESILIENCE_PROTECTION;
import static org.cloudnations.sim.model.governance.GovernanceParameters.RESILIENCE_SHARE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.RISK_POOL;
import static org.cloudnations.sim.model.governance.GovernanceParameters.SHOCK_DEPTH;
import static org.cloudnations.sim.model.governance.GovernanceParameters.SHOCK_RATE;

import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.rule.Tolerance;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G7) Disasters, recovery and the disaster-risk pool (phase {@code institutions}), computed by
 * {@link RiskPool}: output levels recover at {@code rho_s = min(1, rho sqrt(A_s / mean A))}, the
 * pool collects its levy from last tick's output, a hit state loses
 * {@code delta_s = min(0.95, 2 d / (1 + A_s / mean A))} of its level (less with a resilience node),
 * and the fund pays losses poorest state first. Then each state's output factor {@code A_s m_s}
 * for this tick's incomes (G4). Also the fairness metrics of states (G8): losses and recovery
 * times.
 *
 * <p>Reads {@code states.productivity, high_carbon, potential, output}; writes
 * {@code states.level, levy, output_factor}.
 */
public final class DisasterRiskPool implements Rule {
    /** Random stream of the disasters (tick t, id s). */
    static final int STREAM = 68;

    static final MetricSpec POOREST_LOSS = new MetricSpec("poorest_loss", "1",
            "mean loss (output gap plus levy, share of potential output) of the poorest fifth of states");
    static final MetricSpec MEAN_LOSS = new MetricSpec("mean_loss", "1", "mean loss over all states");
    static final MetricSpec POOL_FUND = new MetricSpec("pool_fund", "income/individual",
            "risk-pool fund per individual");
    static final MetricSpec RECOVERY_TIME = MetricSpec.nonNegative("recovery_time", "ticks",
            "mean duration of completed recoveries so far (0 if none)");

    @Override
    public String name() {
        return "risk-pool";
    }

    @Override
    public String phase() {
        return "institutions";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(RISK_POOL, POOL_TAX, MULTINATIONAL_SHARE, SHOCK_RATE, SHOCK_DEPTH, RECOVERY_RATE,
                RESILIENCE_SHARE, RESILIENCE_PROTECTION, RECOVERY_THRESHOLD);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(POOREST_LOSS, MEAN_LOSS, POOL_FUND, RECOVERY_TIME);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "disasters hitting states"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        Table table = a.table(Tables.STATES);
        int states = table.size();
        double n = a.table(Tables.INDIVIDUALS).size();
        double[] productivity = table.doubles("productivity");
        boolean[] highCarbon = table.booleans("high_carbon");
        double[] potential = table.doubles("potential");
        double[] lastOutput = table.doubles("output");
        double[] outputFactor = table.doubles("output_factor");
        int[] poorestFirst = poorestFirst(productivity);
        int poorestCount = Math.max(1, states / 5);
        boolean[] resilient = new boolean[states];
        int resilientCount = (int) Math.round(p.getDouble("resilience_share") * states);
        for (int r = 0; r < resilientCount; r++) {
            resilient[poorestFirst[r]] = true;
        }
        RiskPool pool = new RiskPool(productivity, highCarbon, poorestFirst, resilient, p.getBoolean("risk_pool"),
                p.getDouble("pool_tax"), p.getDouble("multinational_share"), p.getDouble("shock_rate"),
                p.getDouble("shock_depth"), p.getDouble("recovery_rate"), p.getDouble("resilience_protection"),
                p.getDouble("recovery_threshold"), table.doubles("level"), table.doubles("levy"));
        System.arraycopy(productivity, 0, outputFactor, 0, states);
        Stream stream = a.stream(STREAM);
        a.keep(pool);
        a.metric(POOREST_LOSS, () -> {
            double poorest = 0;
            for (int r = 0; r < poorestCount; r++) {
                poorest += pool.loss(poorestFirst[r]) / poorestCount;
            }
            return poorest;
        });
        a.metric(MEAN_LOSS, () -> {
            double all = 0;
            for (int r = 0; r < states; r++) {
                all += pool.loss(poorestFirst[r]) / states;
            }
            return all;
        });
        a.metric(POOL_FUND, () -> pool.fund / n);
        a.identity("the pool's fund = contributions - payouts", Tolerance.rounding(), pool::account);
        a.invariant("the pool's fund is not negative", () -> pool.fund >= 0);
        a.metric(RECOVERY_TIME, () -> pool.recoveries == 0 ? 0 : (double) pool.recoveryTicks / pool.recoveries);
        return context -> {
            long t = context.tick();
            if (t == 0) {
                return;
            }
            pool.step(stream.key(t), t, potential, lastOutput);
            for (int s = 0; s < states; s++) {
                outputFactor[s] = productivity[s] * pool.level[s];
            }
        };
    }

    /** @return the states ordered by productivity, lowest first (ties by index) */
    static int[] poorestFirst(double[] productivity) {
        Integer[] order = new Integer[productivity.length];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (x, y) -> productivity[x] != productivity[y]
                ? Double.compare(productivity[x], productivity[y]) : Integer.compare(x, y));
        int[] result = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            result[r] = order[r];
        }
        return result;
    }
}
