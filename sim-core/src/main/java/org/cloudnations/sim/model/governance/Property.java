package org.cloudnations.sim.model.governance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.stats.Inequality;
import org.cloudnations.sim.table.ColumnIO;

/**
 * (G3) Assets held by owners of different use efficiency. An owner uses at most {@code capacity}
 * assets (in asset order); the rest lie idle. Each tick an asset changes hands with probability
 * {@code turnover}, bought by an owner chosen in proportion to wealth, so holdings concentrate.
 * With time-limited property, an asset whose term ends is renewed only if it is in use and its
 * owner's efficiency is at least the median; otherwise it goes to the most efficient owner with
 * spare capacity.
 */
final class Property implements RuleState {
    final int[] owner;
    private final int[] expiry;
    final double[] efficiency;
    final double[] wealth;
    final int[] holdings;
    private final boolean[] used;
    private final int capacity;
    private final double turnover;
    private final boolean timeLimited;
    private final int term;
    private final double medianEfficiency;
    long revoked;

    Property(int assets, int owners, int capacity, double turnover, boolean timeLimited, int term, long seed,
             int stream) {
        owner = new int[assets];
        expiry = new int[assets];
        efficiency = new double[owners];
        wealth = new double[owners];
        holdings = new int[owners];
        used = new boolean[assets];
        this.capacity = capacity;
        this.turnover = turnover;
        this.timeLimited = timeLimited;
        this.term = term;
        long key = CounterRandom.streamKey(seed, 0, stream);
        for (int m = 0; m < owners; m++) {
            efficiency[m] = StrictMath.exp(0.5 * CounterRandom.gaussian(key, m, 0) - 0.125);
            wealth[m] = 1;
        }
        long assetKey = CounterRandom.streamKey(seed, 0, stream + 1);
        for (int a = 0; a < assets; a++) {
            owner[a] = (int) (CounterRandom.uniform(assetKey, a, 0) * owners);
            holdings[owner[a]]++;
            expiry[a] = 1 + a % term;
        }
        double[] sorted = efficiency.clone();
        java.util.Arrays.sort(sorted);
        medianEfficiency = sorted[owners / 2];
        markUse();
    }

    private void markUse() {
        int[] count = new int[holdings.length];
        for (int a = 0; a < owner.length; a++) {
            used[a] = ++count[owner[a]] <= capacity;
        }
    }

    /** One tick: production and wealth, turnover to the wealthy, then expiry of terms. */
    void step(long key, int tick) {
        for (int a = 0; a < owner.length; a++) {
            if (used[a]) {
                wealth[owner[a]] += efficiency[owner[a]];
            }
        }
        double[] cdf = new double[wealth.length];
        double acc = 0;
        for (int m = 0; m < wealth.length; m++) {
            acc += wealth[m];
            cdf[m] = acc;
        }
        for (int a = 0; a < owner.length; a++) {
            if (CounterRandom.uniform(key, a, 0) < turnover) {
                double target = CounterRandom.uniform(key, a, 1) * acc;
                int buyer = java.util.Arrays.binarySearch(cdf, target);
                buyer = buyer >= 0 ? Math.min(buyer + 1, cdf.length - 1) : -buyer - 1;
                move(a, buyer);
            }
        }
        markUse();
        if (timeLimited) {
            for (int a = 0; a < owner.length; a++) {
                if (expiry[a] > tick) {
                    continue;
                }
                expiry[a] = tick + term;
                if (used[a] && efficiency[owner[a]] >= medianEfficiency) {
                    continue;
                }
                int best = -1;
                for (int m = 0; m < holdings.length; m++) {
                    if (holdings[m] < capacity && (best < 0 || efficiency[m] > efficiency[best])) {
                        best = m;
                    }
                }
                if (best >= 0 && best != owner[a]) {
                    move(a, best);
                    revoked++;
                }
            }
            markUse();
        }
    }

    private void move(int a, int to) {
        holdings[owner[a]]--;
        owner[a] = to;
        holdings[to]++;
    }

    /** @return the share of assets lying idle */
    double idleShare() {
        int idle = 0;
        for (boolean u : used) {
            idle += u ? 0 : 1;
        }
        return owner.length == 0 ? 0 : (double) idle / owner.length;
    }

    /** @return the Herfindahl-Hirschman index of holdings */
    double hhi() {
        double[] h = new double[holdings.length];
        for (int m = 0; m < h.length; m++) {
            h[m] = holdings[m];
        }
        return Inequality.hhi(h);
    }

    @Override
    public void save(DataOutputStream out) throws IOException {
        ColumnIO.write(out, owner);
        ColumnIO.write(out, expiry);
        ColumnIO.write(out, wealth);
        ColumnIO.write(out, holdings);
        ColumnIO.write(out, used);
        out.writeLong(revoked);
    }

    @Override
    public void restore(DataInputStream in) throws IOException {
        ColumnIO.read(in, owner, "owner");
        ColumnIO.read(in, expiry, "expiry");
        ColumnIO.read(in, wealth, "wealth");
        ColumnIO.read(in, holdings, "holdings");
        ColumnIO.read(in, used, "used");
        revoked = in.readLong();
    }
}
