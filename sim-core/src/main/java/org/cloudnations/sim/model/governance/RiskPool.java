package org.cloudnations.sim.model.governance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.table.ColumnIO;

/**
 * (G7) Disasters, recovery and the disaster-risk pool across states. Each state has potential
 * output Y*_s and an output level m_s in (0, 1]. Poorer states are hit harder and recover more
 * slowly. With the pool, high-carbon states and multinationals pay a levy in advance into a fund
 * that pays hit states' losses, poorest first, and the poorest states get resilience nodes.
 */
final class RiskPool implements RuleState {
    private final double[] productivity;
    private final double meanProductivity;
    private final boolean[] highCarbon;
    private final boolean[] resilient;
    private final int[] poorestFirst;
    private final boolean on;
    private final double tax;
    private final double multinationalShare;
    private final double shockRate;
    private final double shockDepth;
    private final double recoveryRate;
    private final double protection;
    /** m-bar: a state is recovering from when its level falls below it until it is back at it (G8). */
    private final double recoveredLevel;
    final double[] level;
    final double[] levy;
    private final boolean[] recovering;
    private final long[] recoveryStart;
    double fund;
    long recoveries;
    long recoveryTicks;
    double paidOut;
    double contributed;

    RiskPool(double[] productivity, boolean[] highCarbon, int[] poorestFirst, boolean[] resilient, boolean on,
             double tax, double multinationalShare, double shockRate, double shockDepth, double recoveryRate,
             double protection, double recoveredLevel) {
        this(productivity, highCarbon, poorestFirst, resilient, on, tax, multinationalShare, shockRate, shockDepth,
                recoveryRate, protection, recoveredLevel, new double[productivity.length],
                new double[productivity.length]);
    }

    /** A pool whose output levels and levies live in the given (state-table) columns. */
    RiskPool(double[] productivity, boolean[] highCarbon, int[] poorestFirst, boolean[] resilient, boolean on,
             double tax, double multinationalShare, double shockRate, double shockDepth, double recoveryRate,
             double protection, double recoveredLevel, double[] level, double[] levy) {
        int n = productivity.length;
        this.productivity = productivity;
        double mean = 0;
        for (double a : productivity) {
            mean += a / n;
        }
        this.meanProductivity = mean;
        this.highCarbon = highCarbon;
        this.poorestFirst = poorestFirst;
        this.resilient = resilient;
        this.on = on;
        this.tax = tax;
        this.multinationalShare = multinationalShare;
        this.shockRate = shockRate;
        this.shockDepth = shockDepth;
        this.recoveryRate = recoveryRate;
        this.protection = protection;
        this.recoveredLevel = recoveredLevel;
        this.level = level;
        this.levy = levy;
        recovering = new boolean[n];
        recoveryStart = new long[n];
        java.util.Arrays.fill(level, 1.0);
        for (int s = 0; s < n; s++) {
            levy[s] = on && highCarbon[s] ? tax : 0;
        }
    }

    /** Damage share of a hit: delta_s = min(0.95, d * 2 / (1 + A_s / mean A)), less with a resilience node. */
    double damage(int s) {
        double d = Math.min(0.95, shockDepth * 2 / (1 + productivity[s] / meanProductivity));
        return on && resilient[s] ? d * (1 - protection) : d;
    }

    /** Recovery rate rho_s = min(1, rho sqrt(A_s / mean A)). */
    double recovery(int s) {
        return Math.min(1, recoveryRate * Math.sqrt(productivity[s] / meanProductivity));
    }

    /**
     * One tick: recovery, levy, shocks, payouts (poorest first), recovery bookkeeping.
     *
     * @param key stream key of this tick's shocks
     * @param tick the tick
     * @param potential Y*_s, potential output of each state
     * @param lastOutput each state's output in the previous tick (levy base)
     */
    void step(long key, long tick, double[] potential, double[] lastOutput) {
        int n = level.length;
        double world = 0;
        for (int s = 0; s < n; s++) {
            level[s] += recovery(s) * (1 - level[s]);
            world += lastOutput[s];
            if (on) {
                fund += levy[s] * lastOutput[s];
                contributed += levy[s] * lastOutput[s];
            }
        }
        if (on) {
            fund += tax * multinationalShare * world;
            contributed += tax * multinationalShare * world;
        }
        double[] loss = new double[n];
        for (int s = 0; s < n; s++) {
            if (CounterRandom.uniform(key, s, 0) < shockRate) {
                double d = damage(s);
                loss[s] = d * level[s] * potential[s];
                level[s] *= 1 - d;
            }
        }
        if (on) {
            for (int s : poorestFirst) {
                if (loss[s] > 0 && fund > 0 && potential[s] > 0) {
                    double pay = Math.min(fund, loss[s]);
                    fund -= pay;
                    paidOut += pay;
                    level[s] = Math.min(1, level[s] + pay / potential[s]);
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (!recovering[s] && level[s] < recoveredLevel) {
                recovering[s] = true;
                recoveryStart[s] = tick;
            } else if (recovering[s] && level[s] >= recoveredLevel) {
                recovering[s] = false;
                recoveries++;
                recoveryTicks += tick - recoveryStart[s];
            }
        }
    }

    /**
     * The pool's account as signed terms that sum to zero: the fund holds what was contributed
     * since the start less what was paid out.
     *
     * @return {fund, -contributions, payouts}
     */
    double[] account() {
        return new double[] {fund, -contributed, paidOut};
    }

    /** Loss of state s this tick as a share of its potential output: 1 - m_s plus its levy. */
    double loss(int s) {
        return 1 - level[s] + levy[s];
    }

    @Override
    public void save(DataOutputStream out) throws IOException {
        ColumnIO.write(out, level);
        ColumnIO.write(out, levy);
        ColumnIO.write(out, recovering);
        ColumnIO.write(out, recoveryStart);
        out.writeDouble(fund);
        out.writeLong(recoveries);
        out.writeLong(recoveryTicks);
        out.writeDouble(paidOut);
        out.writeDouble(contributed);
    }

    @Override
    public void restore(DataInputStream in) throws IOException {
        ColumnIO.read(in, level, "level");
        ColumnIO.read(in, levy, "levy");
        ColumnIO.read(in, recovering, "recovering");
        ColumnIO.read(in, recoveryStart, "recoveryStart");
        fund = in.readDouble();
        recoveries = in.readLong();
        recoveryTicks = in.readLong();
        paidOut = in.readDouble();
        contributed = in.readDouble();
    }
}
