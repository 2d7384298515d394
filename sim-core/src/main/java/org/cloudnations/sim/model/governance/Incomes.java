package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.CONTRIBUTION_RATE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CREDITS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CREDIT_RATE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CREDIT_REDEMPTION;
import static org.cloudnations.sim.model.governance.GovernanceParameters.INCOME_NOISE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.PEER_MULTIPLIER;
import static org.cloudnations.sim.model.governance.GovernanceParameters.STATE_CONTRIBUTION;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.rule.Tolerance;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G4) Incomes and contribution credits, and (G2) contributions, over all individuals (phase
 * {@code individuals}): {@code y_i = A_s m_s h_i e^(sigma_y z - sigma_y^2 / 2) (1 - l_s)(1 - f_t) + rho_c k'_i}
 * with the credit levy {@code f_t = redeemed_(t-1) / gross_(t-1)}; contribution
 * {@code x_i = c h_i (0.5 + u) (m_p through a community or DAO)} credited to the individual's DAO,
 * else community, else city; credits {@code k'_i = k_i + kappa x_i}, {@code k_i <- (1 - rho_c) k'_i}.
 * After the pass each unit's contribution {@code X_u} (states: {@code tau_g Y_s(t-1)}) and each
 * state's output {@code Y_s = A_s m_s sum h_i}.
 *
 * <p>Reads {@code individuals.state, city, community, dao, skill}, {@code states.output_factor,
 * levy}; writes {@code individuals.income, credits}, {@code units.contribution} and
 * {@code states.output}.
 */
public final class Incomes implements Rule {
    /** Random stream of income noise (draws 0, 1) and contribution (draw 2) (tick t, id i). */
    static final int STREAM = 64;

    static final MetricSpec MEAN_INCOME = new MetricSpec("mean_income", "income", "mean income per individual");

    @Override
    public String name() {
        return "incomes";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(CONTRIBUTION_RATE, PEER_MULTIPLIER, STATE_CONTRIBUTION, CREDITS, CREDIT_RATE,
                CREDIT_REDEMPTION, INCOME_NOISE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(MEAN_INCOME);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "income noise and contributions of individuals"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound rule. */
    private static final class Pass implements IndividualPass, RuleState {
        private final int[] state;
        private final int[] city;
        private final int[] community;
        private final int[] dao;
        private final float[] skill;
        private final float[] income;
        private final float[] credits;
        private final double[] outputFactor;
        private final double[] levy;
        private final double[] output;
        private final double[] contribution;
        private final int n;
        private final int cityUnit;
        private final int communityUnit;
        private final int daoUnit;
        private final double rate;
        private final double peer;
        private final double stateContribution;
        private final boolean creditsOn;
        private final double creditRate;
        private final double redemption;
        private final Stream stream;
        private final int sIncome;
        private final int sGross;
        private final int sRedeemed;
        private final int sContribution;
        private final int sOutput;
        private long key;
        private boolean active;
        private double funding;
        private double lastGross;
        private double lastRedeemed;
        private double meanIncome;
        /** sigma_y of (G4), and sigma_y^2 / 2, which makes the noise's mean 1. */
        private final double noiseSd;
        private final double noiseDrift;
        private double totalIncome;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            UnitLayout layout = UnitLayout.of(p);
            Table people = a.table(Tables.INDIVIDUALS);
            Table states = a.table(Tables.STATES);
            state = people.ints("state");
            city = people.ints("city");
            community = people.ints("community");
            dao = people.ints("dao");
            skill = people.floats("skill");
            income = people.floats("income");
            creditsOn = p.getBoolean("credits");
            credits = creditsOn ? people.floats("credits") : null;
            outputFactor = states.doubles("output_factor");
            levy = states.doubles("levy");
            output = states.doubles("output");
            contribution = a.table(UnitLayout.UNITS).doubles("contribution");
            n = people.size();
            cityUnit = layout.cityUnit();
            communityUnit = layout.communityUnit();
            daoUnit = layout.daoUnit();
            rate = p.getDouble("contribution_rate");
            noiseSd = p.getDouble("income_noise");
            noiseDrift = noiseSd * noiseSd / 2;
            peer = p.getDouble("peer_multiplier");
            stateContribution = p.getDouble("state_contribution");
            creditRate = p.getDouble("credit_rate");
            redemption = p.getDouble("credit_redemption");
            stream = a.stream(STREAM);
            sIncome = a.sums("income", 1);
            sGross = a.sums("gross", 1);
            sRedeemed = a.sums("redeemed", 1);
            sContribution = a.sums("contribution", layout.units());
            sOutput = a.sums("output", states.size());
            a.metric(MEAN_INCOME, () -> meanIncome);
            a.identity("income = gross income - pool levy - credit levy + credits redeemed",
                    Tolerance.tallied(2L * n), () -> new double[] {totalIncome, -lastRedeemed, -incomeBeforeCredits()});
        }

        /** @return individual {@code i}'s income noise {@code e^(sigma_y z - sigma_y^2 / 2)} this tick (draw 0) */
        private double noise(int i) {
            return StrictMath.exp(noiseSd * CounterRandom.gaussian(key, i, 0) - noiseDrift);
        }

        /**
         * This tick's incomes before credits, {@code sum_i g_i (1 - l_s)(1 - f_t)}, recomputed from the
         * columns and the income stream (checking mode only).
         */
        private double incomeBeforeCredits() {
            double total = 0;
            for (int i = 0; i < n; i++) {
                int s = state[i];
                total += outputFactor[s] * skill[i] * noise(i) * (1 - levy[s]) * (1 - funding);
            }
            return total;
        }

        @Override
        public void step(TickContext context) {
            key = stream.key(context.tick());
            active = context.tick() > 0;
            funding = lastGross > 0 ? Math.min(1, lastRedeemed / lastGross) : 0;
        }

        /** (G4) and the contributions of (G2) for individuals {@code from} to {@code to - 1}. */
        @Override
        public void apply(int from, int to, Accumulator t) {
            for (int i = from; i < to; i++) {
                int s = state[i];
                double gross = outputFactor[s] * skill[i] * noise(i);
                double y = gross * (1 - levy[s]) * (1 - funding);
                if (active) {
                    int unit = dao[i] >= 0 ? daoUnit + dao[i]
                            : community[i] >= 0 ? communityUnit + community[i] : cityUnit + city[i];
                    double c = rate * skill[i] * (0.5 + CounterRandom.uniform(key, i, 2))
                            * (unit >= communityUnit ? peer : 1);
                    t.add(sContribution + unit, c);
                    if (creditsOn) {
                        double k = credits[i] + creditRate * c;
                        double redeemed = redemption * k;
                        credits[i] = (float) (k - redeemed);
                        y += redeemed;
                        t.add(sRedeemed, redeemed);
                    }
                }
                income[i] = (float) y;
                t.add(sIncome, y);
                t.add(sGross, gross);
                t.add(sOutput + s, outputFactor[s] * skill[i]);
            }
        }

        @Override
        public void finish(Accumulator total) {
            for (int u = 0; u < contribution.length; u++) {
                contribution[u] = total.sum(sContribution + u);
            }
            for (int s = 0; s < output.length; s++) {
                contribution[s] += stateContribution * output[s]; // last tick's output
                output[s] = total.sum(sOutput + s);
            }
            lastGross = total.sum(sGross);
            lastRedeemed = total.sum(sRedeemed);
            totalIncome = total.sum(sIncome);
            meanIncome = totalIncome / n;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeLong(key);
            out.writeBoolean(active);
            out.writeDouble(funding);
            out.writeDouble(lastGross);
            out.writeDouble(lastRedeemed);
            out.writeDouble(meanIncome);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            key = in.readLong();
            active = in.readBoolean();
            funding = in.readDouble();
            lastGross = in.readDouble();
            lastRedeemed = in.readDouble();
            meanIncome = in.readDouble();
        }
    }
}
