package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.CLOUD_CONTACT;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CULTURE_FEATURES;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CULTURE_RATE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.CULTURE_TRAITS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.MEDIA_INFLUENCE;
import static org.cloudnations.sim.model.governance.GovernanceParameters.RESERVE_FUND;

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
 * (G5) Culture among individuals with mass media, reserves and a fund (phase {@code individuals}):
 * with probability {@code r_c} an individual interacts; a reserve member with a random reserve
 * member of its city; anybody else with probability {@code phi} with a random reserve member, else
 * with probability {@code mu H_A} with the mainstream culture ({@code H_A} the attention HHI of
 * (G6)), else with probability {@code pi_K} (community members) with a member of its community,
 * else with a member of its city. With a person, Axelrod's rule (A1): if {@code 0 < o < F}, with
 * probability {@code o / F} copy one differing trait; the mainstream is copied regardless of the
 * overlap. Synchronous: each individual reads last tick's cultures. After the pass the trait counts
 * and the mainstream culture (each feature's most common trait) of the next tick.
 *
 * <p>Reads {@code individuals.city, community, reserve}, {@code sources.followers}; reads and
 * writes {@code cultures.trait_a, trait_b} (double-buffered: which one is current alternates each
 * tick).
 */
public final class CultureWithReserves implements Rule {
    /** Random stream of the cultural interactions (tick t, id i). */
    static final int STREAM = 65;

    static final MetricSpec CULTURAL_DIVERSITY = new MetricSpec("cultural_diversity", "1",
            "Gini-Simpson index of traits, averaged over features");
    static final MetricSpec MAINSTREAM_SHARE = new MetricSpec("mainstream_share", "1",
            "share of individuals whose culture is the mainstream culture");

    @Override
    public String name() {
        return "culture";
    }

    @Override
    public String phase() {
        return "individuals";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(CULTURE_FEATURES, CULTURE_TRAITS, CULTURE_RATE, CLOUD_CONTACT, MEDIA_INFLUENCE, RESERVE_FUND);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CULTURAL_DIVERSITY, MAINSTREAM_SHARE);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "cultural interactions of individuals"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        return new Pass(a);
    }

    /**
     * Gini-Simpson index {@code 1 - sum p_v^2} of counts {@code from} to {@code to - 1}.
     *
     * @param counts counts
     * @param from first index
     * @param to last index, exclusive
     * @return the index; 0 when all counts are 0
     */
    static double simpson(long[] counts, int from, int to) {
        long total = 0;
        for (int v = from; v < to; v++) {
            total += counts[v];
        }
        if (total == 0) {
            return 0;
        }
        double s = 0;
        for (int v = from; v < to; v++) {
            double p = (double) counts[v] / total;
            s += p * p;
        }
        return 1 - s;
    }

    /** The bound rule: the contacts, the two culture buffers and the mainstream culture. */
    private static final class Pass implements IndividualPass, RuleState {
        private final int n;
        private final int features;
        private final int traits;
        private final int[] city;
        private final int[] community;
        private final boolean[] reserve;
        private final long[] followers;
        private final Contacts contacts;
        private final long[] traitCounts;
        private final byte[] mainstream;
        private final double rate;
        private final double contact;
        private final double mu;
        private final double fund;
        private final Stream stream;
        private final int cTraits;
        private final int cMainstream;
        /** The two trait buffers, swapped each tick: which one is current is state. */
        private final byte[] traitA;
        private final byte[] traitB;
        private byte[] cur;
        private byte[] nxt;
        private long key;
        private long tick;
        private boolean active;
        private double media;
        private double mainstreamShare;

        Pass(Assembly a) {
            Parameters p = a.parameters();
            UnitLayout layout = UnitLayout.of(p);
            Table people = a.table(Tables.INDIVIDUALS);
            Table cultures = a.table(UnitLayout.CULTURES);
            n = people.size();
            features = p.getInt("culture_features");
            traits = p.getInt("culture_traits");
            city = people.ints("city");
            community = people.ints("community");
            reserve = people.booleans("reserve");
            followers = a.table(UnitLayout.SOURCES).longs("followers");
            traitA = cultures.bytes("trait_a");
            traitB = cultures.bytes("trait_b");
            cur = traitA;
            nxt = traitB;
            contacts = new Contacts(city, community, reserve, layout.cities(), layout.communities());
            traitCounts = new long[features * traits];
            mainstream = new byte[features];
            rate = p.getDouble("culture_rate");
            contact = p.getDouble("cloud_contact");
            mu = p.getDouble("media_influence");
            fund = p.getDouble("reserve_fund");
            stream = a.stream(STREAM);
            cTraits = a.counts("traits", features * traits);
            cMainstream = a.counts("mainstream", 1);
            a.metric(CULTURAL_DIVERSITY, () -> {
                double diversity = 0;
                for (int f = 0; f < features; f++) {
                    diversity += simpson(traitCounts, f * traits, (f + 1) * traits) / features;
                }
                return diversity;
            });
            a.metric(MAINSTREAM_SHARE, () -> mainstreamShare);
        }

        @Override
        public void step(TickContext context) {
            tick = context.tick();
            key = stream.key(tick);
            active = tick > 0;
            media = mu * Inequality.hhi(followers); // attention of the last tick
        }

        /** (G5) for individuals {@code from} to {@code to - 1}, then their traits counted. */
        @Override
        public void apply(int from, int to, Accumulator t) {
            for (int i = from; i < to; i++) {
                interact(i);
                boolean isMainstream = true;
                for (int f = 0; f < features; f++) {
                    byte v = nxt[i * features + f];
                    t.increment(cTraits + f * traits + v);
                    isMainstream &= v == mainstream[f];
                }
                if (isMainstream) {
                    t.increment(cMainstream);
                }
            }
        }

        /** Axelrod interaction with a partner from the city, the community, a reserve or the mainstream. */
        private void interact(int i) {
            int base = i * features;
            System.arraycopy(cur, base, nxt, base, features);
            if (!active || CounterRandom.uniform(key, i, 0) >= rate) {
                return;
            }
            double u1 = CounterRandom.uniform(key, i, 1);
            double u2 = CounterRandom.uniform(key, i, 2);
            int c = city[i];
            int partner; // -1: the mainstream culture
            if (reserve[i]) {
                partner = contacts.inReserveOf(c, u2);
            } else if (u1 < fund && contacts.hasReserves()) {
                partner = contacts.inAnyReserve(u2);
            } else if (u1 < fund + media) {
                partner = -1;
            } else if (u1 < fund + media + contact && community[i] >= 0) {
                partner = contacts.inCommunity(community[i], u2);
            } else {
                partner = contacts.inCity(c, u2);
            }
            int differing = 0;
            for (int f = 0; f < features; f++) {
                differing += cur[base + f] != trait(partner, f) ? 1 : 0;
            }
            if (differing == 0) {
                return;
            }
            // Axelrod's rule with a person; the mainstream pushed by the recommender is copied regardless
            if (partner >= 0 && (differing == features
                    || CounterRandom.uniform(key, i, 3) >= (double) (features - differing) / features)) {
                return;
            }
            int pick = (int) (CounterRandom.uniform(key, i, 4) * differing);
            for (int f = 0; f < features; f++) {
                byte theirs = trait(partner, f);
                if (cur[base + f] != theirs && pick-- == 0) {
                    nxt[base + f] = theirs;
                    return;
                }
            }
        }

        private byte trait(int partner, int f) {
            return partner < 0 ? mainstream[f] : cur[partner * features + f];
        }

        @Override
        public void finish(Accumulator total) {
            byte[] swap = cur;
            cur = nxt;
            nxt = swap;
            for (int k = 0; k < traitCounts.length; k++) {
                traitCounts[k] = total.count(cTraits + k);
            }
            mainstreamShare = (double) total.count(cMainstream) / n;
            for (int f = 0; f < features; f++) {
                int best = 0;
                for (int v = 1; v < traits; v++) {
                    if (traitCounts[f * traits + v] > traitCounts[f * traits + best]) {
                        best = v;
                    }
                }
                mainstream[f] = (byte) best;
            }
            if (tick == 0) { // the mainstream of tick 0 is known only now
                long matching = 0;
                for (int i = 0; i < n; i++) {
                    boolean same = true;
                    for (int f = 0; f < features && same; f++) {
                        same = cur[i * features + f] == mainstream[f];
                    }
                    matching += same ? 1 : 0;
                }
                mainstreamShare = (double) matching / n;
            }
        }

        @Override
        public void save(DataOutputStream out) throws IOException {
            out.writeBoolean(cur == traitB);
            ColumnIO.write(out, traitCounts);
            ColumnIO.write(out, mainstream);
            out.writeLong(key);
            out.writeLong(tick);
            out.writeBoolean(active);
            out.writeDouble(media);
            out.writeDouble(mainstreamShare);
        }

        @Override
        public void restore(DataInputStream in) throws IOException {
            boolean swapped = in.readBoolean();
            cur = swapped ? traitB : traitA;
            nxt = swapped ? traitA : traitB;
            ColumnIO.read(in, traitCounts, "traitCounts");
            ColumnIO.read(in, mainstream, "mainstream");
            key = in.readLong();
            tick = in.readLong();
            active = in.readBoolean();
            media = in.readDouble();
            mainstreamShare = in.readDouble();
        }
    }
}
