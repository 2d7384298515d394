package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.ATTENTION_REVISION;
import static org.cloudnations.sim.model.governance.GovernanceParameters.OPEN_RECOMMENDER;
import static org.cloudnations.sim.model.governance.GovernanceParameters.POPULARITY_BIAS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.SOURCES;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.random.Cdf;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (G6) Recommenders and attention over all individuals (phase {@code individuals}): source
 * {@code j} has quality {@code q_j = e^(0.5 z - 0.125)} and weight {@code q_j (N_j + 1)^gamma'},
 * {@code N_j} its followers last tick, {@code gamma' = gamma} with a closed recommender and 0 with
 * an open one; each tick an individual picks a new source with probability {@code r_a}, drawn by
 * weight. After the pass the followers and the weights of the next tick.
 *
 * <p>Creates the {@code sources} table. Reads and writes {@code individuals.source}; writes
 * {@code sources.quality, followers, cdf}.
 */
public final class Recommender implements Rule {
    /** Random stream of the sources' quality (tick 0, id j) and of the choice of source (tick t, id i). */
    static final int STREAM = 66;

    static final MetricSpec ATTENTION_HHI = MetricSpec.index("attention_hhi",
            "Herfindahl-Hirschman index of attention over sources");

    @Override
    public String name() {
        return "recommender";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(SOURCES, OPEN_RECOMMENDER, POPULARITY_BIAS, ATTENTION_REVISION);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(ATTENTION_HHI);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "quality of sources (tick 0) and choice of source (tick t)"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound rule. */
    private static final class Pass implements IndividualPass, RuleState {
        private final int[] source;
        private final double[] quality;
        private final long[] followers;
        private final double[] cdf;
        private final double gamma;
        private final double revision;
        private final Stream stream;
        private final int cFollowers;
        private long key;
        private boolean active;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            source = a.table(Tables.INDIVIDUALS).ints("source");
            Table sources = a.createTable(UnitLayout.SOURCES, p.getInt("sources"));
            quality = sources.doubles("quality");
            followers = sources.longs("followers");
            cdf = sources.doubles("cdf");
            gamma = p.getBoolean("open_recommender") ? 0 : p.getDouble("popularity_bias");
            revision = p.getDouble("attention_revision");
            stream = a.stream(STREAM);
            long qualityKey = stream.key(0);
            for (int j = 0; j < quality.length; j++) {
                quality[j] = StrictMath.exp(0.5 * CounterRandom.gaussian(qualityKey, j, 0) - 0.125);
            }
            cFollowers = a.counts("followers", quality.length);
            a.metric(ATTENTION_HHI, () -> Inequality.hhi(followers));
        }

        @Override
        public void step(TickContext context) {
            key = stream.key(context.tick());
            active = context.tick() > 0;
        }

        /** (G6) choice of source and attention for individuals {@code from} to {@code to - 1}. */
        @Override
        public void apply(int from, int to, Accumulator t) {
            for (int i = from; i < to; i++) {
                if (active && CounterRandom.uniform(key, i, 0) < revision) {
                    source[i] = Cdf.draw(cdf, CounterRandom.uniform(key, i, 1));
                }
                t.increment(cFollowers + source[i]);
            }
        }

        @Override
        public void finish(Accumulator total) {
            int sources = followers.length;
            for (int j = 0; j < sources; j++) {
                followers[j] = total.count(cFollowers + j);
            }
            double acc = 0;
            for (int j = 0; j < sources; j++) {
                acc += quality[j] * StrictMath.pow(followers[j] + 1.0, gamma);
                cdf[j] = acc;
            }
            for (int j = 0; j < sources; j++) {
                cdf[j] /= acc;
            }
            cdf[sources - 1] = 1;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeLong(key);
            out.writeBoolean(active);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            key = in.readLong();
            active = in.readBoolean();
        }
    }
}
