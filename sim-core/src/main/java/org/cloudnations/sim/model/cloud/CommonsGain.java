package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.COMMONS_GAIN;
import static org.cloudnations.sim.model.cloud.CloudParameters.COMMONS_HALF;
import static org.cloudnations.sim.model.cloud.CloudParameters.LEAGUE_DISCOUNT;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
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
 * (C5) the commons gain of integrating firms, saturating in the commons stock per individual,
 * {@code g = theta k / (k + K_half)}, and crowd demand (the share of integrating firms); (C6)
 * league members share innovation: their gain is multiplied by {@code 1 + lambda_L L / S} for a
 * league of {@code L} states (phase {@code communities}).
 *
 * <p>Reads {@code global.commons}, {@code states.league, first_firm, firm_count}, {@code
 * firms.state, integrating, integrating_weight}; writes {@code states.state_gain, mean_gain} and
 * {@code global.crowd_demand}.
 */
public final class CommonsGain implements Rule {
    static final MetricSpec FIRM_COMMONS_USE = new MetricSpec("firm_commons_use", "1",
            "mean productivity gain from the commons over all firms");

    @Override
    public String name() {
        return "cloud-commons-gain";
    }

    @Override
    public String phase() {
        return "communities";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(COMMONS_GAIN, COMMONS_HALF, LEAGUE_DISCOUNT);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(FIRM_COMMONS_USE);
    }

    /**
     * Binds the columns.
     *
     * @param a the run being assembled
     * @return the step (C5, C6)
     */
    @Override
    public RuleStep bind(Assembly a) {
        return new Step(a);
    }

    /** The bound rule. */
    private static final class Step implements RuleStep, RuleState {
        private final double[] commons;
        private final double[] crowdDemand;
        private final boolean[] league;
        private final int[] firstFirm;
        private final int[] firmCount;
        private final int[] firmState;
        private final boolean[] integrating;
        private final double[] integratingWeight;
        private final double[] stateGain;
        private final double[] meanGain;
        private final double size;
        private final double theta;
        private final double half;
        private final double leagueDiscount;
        private double meanFirmGain;

        Step(Assembly a) {
            Parameters p = a.parameters();
            Table global = a.table(Tables.GLOBAL);
            Table states = a.table(Tables.STATES);
            Table firms = a.table(Tables.FIRMS);
            commons = global.doubles(People.COMMONS);
            crowdDemand = global.doubles(People.CROWD_DEMAND);
            league = states.booleans(People.LEAGUE);
            firstFirm = states.ints(People.FIRST_FIRM);
            firmCount = states.ints(People.FIRM_COUNT);
            stateGain = states.doubles(People.STATE_GAIN);
            meanGain = states.doubles(People.MEAN_GAIN);
            firmState = firms.ints(People.STATE);
            integrating = firms.booleans(People.INTEGRATING);
            integratingWeight = firms.doubles(People.INTEGRATING_WEIGHT);
            size = a.table(Tables.INDIVIDUALS).size();
            theta = p.getDouble("commons_gain");
            half = p.getDouble("commons_half");
            leagueDiscount = p.getDouble("league_discount");
            a.metric(FIRM_COMMONS_USE, () -> meanFirmGain);
        }

        @Override
        public void step(org.cloudnations.sim.engine.TickContext context) {
            int states = league.length;
            // (C5) commons gain, saturating in the commons stock per individual
            double perCapita = commons[0] / size;
            double gain = theta * perCapita / (perCapita + half);
            int adopters = 0;
            for (boolean b : integrating) {
                adopters += b ? 1 : 0;
            }
            crowdDemand[0] = (double) adopters / integrating.length;
            int leagueSize = 0;
            for (boolean b : league) {
                leagueSize += b ? 1 : 0;
            }
            // (C6) league members share innovation: the gain grows with the league's size
            double leagueShare = 1 + leagueDiscount * leagueSize / states;
            for (int s = 0; s < states; s++) {
                int integratingHere = 0;
                for (int f = firstFirm[s]; f < firstFirm[s] + firmCount[s]; f++) {
                    integratingHere += integrating[f] ? 1 : 0;
                }
                stateGain[s] = gain * (league[s] ? leagueShare : 1);
                meanGain[s] = stateGain[s] * integratingHere / firmCount[s];
            }
            double totalGain = 0;
            for (int f = 0; f < integrating.length; f++) {
                totalGain += integratingWeight[f] * stateGain[firmState[f]];
            }
            meanFirmGain = totalGain / integrating.length;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeDouble(meanFirmGain);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            meanFirmGain = in.readDouble();
        }
    }
}
