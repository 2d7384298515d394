package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.BENEFIT_NOISE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.NON_STATE_WEIGHT;

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
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.ColumnIO;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G1) Multi-level units and the weighted vote over all individuals (phase {@code individuals}):
 * initial identity weights {@code w_s = (1 - nu) n_s / N} for states and {@code nu / (U - S)} for
 * every other unit; each tick one proposal with individual benefit
 * {@code b_i = z_t + eta_(s_i,t) + sigma_b eps_(i,t)}, summed per unit; unit {@code u} votes yes iff
 * {@code sum_(i in u) b_i > 0}; the proposal passes iff the yes-weight exceeds half the total
 * ({@link Weights#decide}); it is correct iff it passes exactly when {@code sum_i b_i > 0}. Voting
 * power {@code pi_i = sum_(u contains i) w_u N / n_u}, and participation (G8)
 * {@code (sum pi)^2 / (N sum pi^2)}.
 *
 * <p>Reads {@code individuals.state, city, community, dao}, {@code units.members}; writes
 * {@code units.weight, power} (initial values; {@link FloatingWeights} moves them).
 */
public final class WeightedVote implements Rule {
    /** Random stream of the proposal: common (id 0) and state (id s + 1) benefits (tick t). */
    static final int STREAM = 67;
    /**
     * Random stream of the individuals' idiosyncratic benefits (tick t, id i): its own, since issue 13
     * (individual i's noise was drawn from the proposal's stream, so individuals 0 to S reused the
     * common and state shocks as their own noise).
     */
    static final int NOISE_STREAM = 71;

    static final MetricSpec WEIGHT_HHI = MetricSpec.index("weight_hhi",
            "Herfindahl-Hirschman index of governance weights (concentration of weight)");
    static final MetricSpec NON_STATE_WEIGHT_SHARE = new MetricSpec("non_state_weight_share", "1",
            "share of weight held by cities, communities and DAOs");
    static final MetricSpec DECISION_QUALITY = new MetricSpec("decision_quality", "1",
            "share of decisions so far that matched the sign of the summed benefit of all individuals");
    static final MetricSpec PARTICIPATION = new MetricSpec("participation", "1",
            "effective share of individuals with voting power: (sum pi)^2 / (N sum pi^2)");

    @Override
    public String name() {
        return "vote";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(NON_STATE_WEIGHT, BENEFIT_NOISE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(WEIGHT_HHI, NON_STATE_WEIGHT_SHARE, DECISION_QUALITY, PARTICIPATION);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "benefits of the proposal: common and states'"),
                new StreamUse(NOISE_STREAM, "idiosyncratic benefits of individuals"));
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
        private final long[] members;
        private final double[] weight;
        private final double[] power;
        private final boolean[] yes;
        private final double[] benefitShift;
        private final int n;
        private final int states;
        private final int cityUnit;
        private final int communityUnit;
        private final int daoUnit;
        private final double noise;
        private final Stream stream;
        private final Stream noiseStream;
        private final int sTotal;
        private final int sBenefit;
        private final int sPi;
        private final int sPi2;
        private long tick;
        private long voteKey;
        private long noiseKey;
        private long decisions;
        private long correct;
        private double participation;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            UnitLayout layout = UnitLayout.of(p);
            Table people = a.table(Tables.INDIVIDUALS);
            Table units = a.table(UnitLayout.UNITS);
            state = people.ints("state");
            city = people.ints("city");
            community = people.ints("community");
            dao = people.ints("dao");
            members = units.longs("members");
            weight = units.doubles("weight");
            power = units.doubles("power");
            yes = new boolean[units.size()];
            n = people.size();
            states = layout.states();
            benefitShift = new double[states];
            cityUnit = layout.cityUnit();
            communityUnit = layout.communityUnit();
            daoUnit = layout.daoUnit();
            noise = p.getDouble("benefit_noise");
            double nu = p.getDouble("non_state_weight");
            int count = units.size();
            for (int u = 0; u < count; u++) {
                weight[u] = u < states ? (1 - nu) * members[u] / n : nu / (count - states);
            }
            Weights.power(weight, members, n, power);
            stream = a.stream(STREAM);
            noiseStream = a.stream(NOISE_STREAM);
            sTotal = a.sums("benefit", 1);
            sBenefit = a.sums("unit_benefit", count);
            sPi = a.sums("power", 1);
            sPi2 = a.sums("power_squared", 1);
            a.metric(WEIGHT_HHI, () -> Inequality.hhi(weight));
            a.metric(NON_STATE_WEIGHT_SHARE, () -> {
                double nonState = 0;
                for (int u = states; u < count; u++) {
                    nonState += weight[u];
                }
                return nonState;
            });
            a.metric(DECISION_QUALITY, () -> decisions == 0 ? 0 : (double) correct / decisions);
            a.metric(PARTICIPATION, () -> participation);
        }

        /** The proposal of the tick: {@code z_t + eta_(s,t)} per state. */
        @Override
        public void step(TickContext context) {
            tick = context.tick();
            voteKey = stream.key(tick);
            noiseKey = noiseStream.key(tick);
            if (tick > 0) {
                double common = CounterRandom.gaussian(voteKey, 0, 0);
                for (int s = 0; s < states; s++) {
                    benefitShift[s] = common + CounterRandom.gaussian(voteKey, s + 1L, 0);
                }
            }
        }

        /** Benefits summed per unit and voting power for individuals {@code from} to {@code to - 1}. */
        @Override
        public void apply(int from, int to, Accumulator t) {
            for (int i = from; i < to; i++) {
                int s = state[i];
                double b = benefitShift[s] + noise * CounterRandom.gaussian(noiseKey, i, 0);
                t.add(sTotal, b);
                t.add(sBenefit + s, b);
                t.add(sBenefit + cityUnit + city[i], b);
                double pi = power[s] + power[cityUnit + city[i]];
                if (community[i] >= 0) {
                    t.add(sBenefit + communityUnit + community[i], b);
                    pi += power[communityUnit + community[i]];
                }
                if (dao[i] >= 0) {
                    t.add(sBenefit + daoUnit + dao[i], b);
                    pi += power[daoUnit + dao[i]];
                }
                t.add(sPi, pi);
                t.add(sPi2, pi * pi);
            }
        }

        /** Participation; from tick 1 the unit votes and the weighted decision. */
        @Override
        public void finish(Accumulator total) {
            double pi = total.sum(sPi);
            double pi2 = total.sum(sPi2);
            participation = pi2 > 0 ? pi * pi / (n * pi2) : 0;
            if (tick == 0) {
                return;
            }
            for (int u = 0; u < yes.length; u++) {
                yes[u] = members[u] > 0 && total.sum(sBenefit + u) > 0;
            }
            boolean decision = Weights.decide(weight, yes);
            decisions++;
            correct += decision == (total.sum(sTotal) > 0) ? 1 : 0;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeLong(tick);
            out.writeLong(voteKey);
            out.writeLong(noiseKey);
            out.writeLong(decisions);
            out.writeLong(correct);
            out.writeDouble(participation);
            ColumnIO.write(out, benefitShift);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            tick = in.readLong();
            voteKey = in.readLong();
            noiseKey = in.readLong();
            decisions = in.readLong();
            correct = in.readLong();
            participation = in.readDouble();
            ColumnIO.read(in, benefitShift, "benefitShift");
        }
    }
}
