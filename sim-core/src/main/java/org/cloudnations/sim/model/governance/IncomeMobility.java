package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.CREDITS;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.ColumnIO;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G8) Accounts at the end of the tick (phase {@code accounts}): this tick's incomes sorted for
 * their Gini coefficient and the quintile cut points (incomes at ranks {@code kN/5}, k = 1..4); the
 * Gini coefficient of credits (G4); then a pass over all individuals sets each one's quintile
 * {@code Q_i} (cut points at or below {@code y_i}) and counts upward mobility: the share of those
 * with {@code Q_i(t-1) < 4} whose {@code Q_i(t) > Q_i(t-1)}.
 *
 * <p>Reads {@code individuals.income, credits}; writes {@code individuals.quintile}.
 */
public final class IncomeMobility implements Rule {
    static final MetricSpec CREDIT_GINI = MetricSpec.index("credit_gini",
            "Gini coefficient of credit holdings (0 without credits)");
    static final MetricSpec INCOME_GINI = MetricSpec.index("income_gini",
            "Gini coefficient of individual income");
    static final MetricSpec UPWARD_MOBILITY = new MetricSpec("upward_mobility", "1",
            "share of individuals below the top income quintile who moved up a quintile this tick");

    @Override
    public String name() {
        return "mobility";
    }

    @Override
    public String phase() {
        return "accounts";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(CREDITS);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CREDIT_GINI, INCOME_GINI, UPWARD_MOBILITY);
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound rule. */
    private static final class Pass implements IndividualPass, RuleState {
        private final float[] income;
        private final float[] credits;
        private final byte[] quintile;
        private final double[] sorted;
        private final double[] cut = new double[4];
        private final int n;
        private final int cBelow;
        private final int cUp;
        private boolean active;
        private double incomeGini;
        private double creditGini;
        private double upwardMobility;

        Pass(Assembly a) {
            Table people = a.table(Tables.INDIVIDUALS);
            income = people.floats("income");
            credits = a.parameters().getBoolean("credits") ? people.floats("credits") : null;
            quintile = people.bytes("quintile");
            n = people.size();
            sorted = new double[n];
            cBelow = a.counts("below_top", 1);
            cUp = a.counts("moved_up", 1);
            a.metric(CREDIT_GINI, () -> creditGini);
            a.metric(INCOME_GINI, () -> incomeGini);
            a.metric(UPWARD_MOBILITY, () -> upwardMobility);
        }

        /** Sorts this tick's incomes (Gini, cut points) and credits (Gini). */
        @Override
        public void step(TickContext context) {
            active = context.tick() > 0;
            for (int i = 0; i < n; i++) {
                sorted[i] = income[i];
            }
            Arrays.sort(sorted);
            incomeGini = Inequality.giniSorted(sorted);
            for (int k = 1; k <= 4; k++) {
                cut[k - 1] = sorted[(int) ((long) k * n / 5)];
            }
            if (credits != null) {
                for (int i = 0; i < n; i++) {
                    sorted[i] = credits[i];
                }
                Arrays.sort(sorted);
                creditGini = Inequality.giniSorted(sorted);
            }
        }

        /** Quintiles and moves up for individuals {@code from} to {@code to - 1}. */
        @Override
        public void apply(int from, int to, Accumulator t) {
            for (int i = from; i < to; i++) {
                int q = 0;
                while (q < 4 && income[i] >= cut[q]) {
                    q++;
                }
                if (active && quintile[i] < 4) {
                    t.increment(cBelow);
                    if (q > quintile[i]) {
                        t.increment(cUp);
                    }
                }
                quintile[i] = (byte) q;
            }
        }

        @Override
        public void finish(Accumulator total) {
            upwardMobility = total.count(cBelow) == 0 ? 0 : (double) total.count(cUp) / total.count(cBelow);
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeBoolean(active);
            out.writeDouble(incomeGini);
            out.writeDouble(creditGini);
            out.writeDouble(upwardMobility);
            ColumnIO.write(out, cut);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            active = in.readBoolean();
            incomeGini = in.readDouble();
            creditGini = in.readDouble();
            upwardMobility = in.readDouble();
            ColumnIO.read(in, cut, "cut");
        }
    }
}
