package org.cloudnations.sim.model.cloud;

import static org.cloudnations.sim.model.cloud.CloudParameters.OFFSHORE_FEE;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.cloudnations.sim.engine.Accumulator;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.IndividualPass;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * (C9) E-residency (pass over individuals, after {@link LabourMarket}): a community member whose
 * state of residence is not OFFSHORE and taxes cloud income above the offshore fee holds an
 * e-residency with an OFFSHORE state, if there is one: it keeps the one it has while that state is
 * still OFFSHORE, else takes a random OFFSHORE state (stream 23); other members hold none. (A
 * member who leaves its community has already given it up in {@link LabourMarket}, so only
 * members are visited.)
 *
 * <p>Reads {@code individuals.kind, residence}, {@code states.cloud_tax, policy, offshore_list},
 * {@code global.offshore_count}; writes {@code individuals.e_residency} and
 * {@code states.e_residents}.
 */
public final class EResidency implements Rule {
    /** Random stream of the choice of an OFFSHORE state. */
    static final int STREAM = 23;

    static final MetricSpec OFFSHORE_MEMBERS = MetricSpec.nonNegative("offshore_members", "individuals",
            "e-residents of OFFSHORE states");

    @Override
    public String name() {
        return "cloud-e-residency";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(OFFSHORE_FEE);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(OFFSHORE_MEMBERS);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "which OFFSHORE state for a new e-residency"));
    }

    /**
     * Binds the columns, stream and tallies.
     *
     * @param a the run being assembled
     * @return the pass (C9)
     */
    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /** The bound rule. */
    private static final class Pass implements IndividualPass, RuleState {
        private static final int OFFSHORE = Policy.OFFSHORE.ordinal();
        private final byte[] kind;
        private final int[] residence;
        private final int[] eResidency;
        private final double[] cloudTax;
        private final int[] policy;
        private final int[] offshoreList;
        private final int[] offshoreCount;
        private final long[] eResidents;
        private final double fee;
        private final Stream stream;
        private final int cEres;
        private long key;
        private int offshore;
        private long total;

        Pass(Assembly a) {
            Table people = a.table(Tables.INDIVIDUALS);
            Table states = a.table(Tables.STATES);
            kind = people.bytes(People.KIND);
            residence = people.ints(People.RESIDENCE);
            eResidency = people.ints(People.E_RESIDENCY);
            cloudTax = states.doubles(People.CLOUD_TAX);
            policy = states.ints(People.POLICY);
            offshoreList = states.ints(People.OFFSHORE_LIST);
            eResidents = states.longs(People.E_RESIDENTS);
            offshoreCount = a.table(Tables.GLOBAL).ints(People.OFFSHORE_COUNT);
            fee = a.parameters().getDouble("offshore_fee");
            stream = a.stream(STREAM);
            cEres = a.counts("e_residents", states.size());
            a.metric(OFFSHORE_MEMBERS, () -> total);
        }

        @Override
        public void step(TickContext context) {
            key = stream.key(context.tick());
            offshore = offshoreCount[0];
        }

        @Override
        public void apply(int from, int to, Accumulator t) {
            final byte[] kind = this.kind;
            final int offshore = this.offshore;
            for (int i = from; i < to; i++) {
                if (kind[i] != People.COMMUNITY) {
                    continue;
                }
                final int s = residence[i];
                final int e0 = eResidency[i];
                int e = -1;
                if (offshore > 0 && cloudTax[s] > fee && policy[s] != OFFSHORE) {
                    e = e0 >= 0 && policy[e0] == OFFSHORE ? e0
                            : offshoreList[(int) (CounterRandom.uniform(key, i, 0) * offshore)];
                }
                if (e != e0) {
                    eResidency[i] = e;
                }
                if (e >= 0) {
                    t.increment(cEres + e);
                }
            }
        }

        @Override
        public void finish(Accumulator a) {
            long sum = 0;
            for (int s = 0; s < eResidents.length; s++) {
                eResidents[s] = a.count(cEres + s);
                sum += eResidents[s];
            }
            total = sum;
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeLong(key);
            out.writeInt(offshore);
            out.writeLong(total);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            key = in.readLong();
            offshore = in.readInt();
            total = in.readLong();
        }
    }
}
