package org.cloudnations.sim.model.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.stats.Inequality;
import org.junit.jupiter.api.Test;

/** The governance model's rules on hand-made inputs. */
class GovernanceRulesTest {

    private static int cascade(double[] threshold, int initial) {
        boolean[] adopted = new boolean[threshold.length];
        for (int s = 0; s < initial; s++) {
            adopted[s] = true;
        }
        boolean[] all = new boolean[threshold.length];
        Arrays.fill(all, true);
        while (Diffusion.step(adopted, threshold, all) > 0) {
            continue;
        }
        int n = 0;
        for (boolean b : adopted) {
            n += b ? 1 : 0;
        }
        return n;
    }

    @Test
    void granovettersRiot() {
        // Granovetter (1978): thresholds 0, 1, ..., 99 of 100 people give a full cascade;
        // raise the threshold of the person at 1 to 2 and the cascade stops after the first
        double[] uniform = new double[100];
        for (int s = 0; s < 100; s++) {
            uniform[s] = s / 100.0;
        }
        assertEquals(100, cascade(uniform, 0));
        uniform[1] = 0.02;
        assertEquals(1, cascade(uniform, 0));
        // adoption is irreversible and needs reconsideration
        boolean[] adopted = {true, false};
        assertEquals(0, Diffusion.step(adopted, new double[] {1, 0}, new boolean[] {true, false}));
        assertTrue(adopted[0]);
        assertEquals(1, Diffusion.step(adopted, new double[] {1, 0}, new boolean[] {true, true}));
    }

    @Test
    void weightsFloatToTheirTargetAndDecideByWeightedMajority() {
        double[] w = {0.9, 0.05, 0.05};
        double[] contribution = {0, 3, 1};
        long[] members = {100, 50, 50};
        for (int t = 0; t < 200; t++) {
            Weights.floatTowardsContribution(w, contribution, members, 0.5, 0.1);
        }
        // target: 0.5 * (0, 0.75, 0.25) + 0.5 * (0.5, 0.25, 0.25)
        assertEquals(0.25, w[0], 1e-6);
        assertEquals(0.5, w[1], 1e-6);
        assertEquals(0.25, w[2], 1e-6);
        assertTrue(Weights.decide(new double[] {0.6, 0.4}, new boolean[] {true, false}));
        assertFalse(Weights.decide(new double[] {0.5, 0.5}, new boolean[] {true, false}), "a tie fails");
        assertEquals(0.5, Weights.topContributorShare(new double[] {0.5, 0.2, 0.2, 0.1}, new double[] {1, 0, 0, 0}), 1e-12);
        assertEquals(0.1, Weights.topContributorShare(new double[] {0.5, 0.2, 0.2, 0.1}, new double[] {0, 0, 0, 9}),
                1e-12);
    }

    @Test
    void statsOnKnownValues() {
        assertEquals(0.0, Inequality.giniSorted(new double[] {1, 1, 1, 1}));
        assertEquals(0.75, Inequality.giniSorted(new double[] {0, 0, 0, 4}), 1e-12); // (n-1)/n for one holder
        assertEquals(0.5, Inequality.hhi(new double[] {1, 1}));
        assertEquals(1.0, Inequality.hhi(new long[] {0, 7}));
        assertEquals(0.5, CultureWithReserves.simpson(new long[] {9, 3, 3}, 1, 3), 1e-12);
        assertEquals(0.0, CultureWithReserves.simpson(new long[] {0, 0}, 0, 2));
    }

    @Test
    void thePoolPaysThePoorestFirstAndResilienceNodesCutDamage() {
        double[] productivity = {0.5, 1.0, 1.5};
        double[] potential = {10, 10, 10};
        boolean[] highCarbon = {false, false, true};
        int[] poorestFirst = {0, 1, 2};
        boolean[] resilient = {true, false, false};
        RiskPool off = new RiskPool(productivity, highCarbon, poorestFirst, resilient, false, 0.1, 0.0, 1.0, 0.3,
                0.0, 0.5, 0.95);
        RiskPool on = new RiskPool(productivity, highCarbon, poorestFirst, resilient, true, 0.1, 0.0, 1.0, 0.3,
                0.0, 0.5, 0.95);
        assertEquals(Math.min(0.95, 0.3 * 2 / 1.5), off.damage(0), 1e-12);
        assertEquals(0.5 * off.damage(0), on.damage(0), 1e-12);
        long key = CounterRandom.streamKey(1, 1, 0);
        off.step(key, 1, potential, new double[] {10, 10, 10});
        on.step(key, 1, potential, new double[] {10, 10, 10}); // fund: 0.1 * 10 from the high-carbon state
        assertEquals(1 - off.damage(0), off.level[0], 1e-12);
        // every state is hit (shock rate 1); the fund of 1.0 goes to the poorest state first
        assertEquals(Math.min(1, 1 - on.damage(0) + 1.0 / 10), on.level[0], 1e-12);
        assertEquals(1 - on.damage(1), on.level[1], 1e-12, "nothing left for the next state");
        assertTrue(on.loss(0) < off.loss(0));
        assertEquals(0.1, on.loss(2) - (1 - on.level[2]), 1e-12, "the high-carbon state's levy counts as its loss");
    }

    @Test
    void thePoolsAccountBalancesAndAPayoutNotBookedBreaksIt() {
        // issue 18, identity (G7): fund = contributions - payouts, checked with the declared tolerance
        double[] productivity = {0.5, 1.0, 1.5};
        double[] potential = {10, 10, 10};
        RiskPool pool = new RiskPool(productivity, new boolean[] {true, false, true}, new int[] {0, 1, 2},
                new boolean[] {true, false, false}, true, 0.1, 0.2, 0.4, 0.3, 0.1, 0.5, 0.95);
        org.cloudnations.sim.rule.Tolerance tolerance = org.cloudnations.sim.rule.Tolerance.rounding();
        for (int t = 1; t <= 200; t++) {
            pool.step(CounterRandom.streamKey(3, t, 0), t, potential, new double[] {8, 9, 10});
            assertTrue(tolerance.balances(pool.account()), "tick " + t);
            assertTrue(pool.fund >= 0, "tick " + t);
        }
        assertTrue(pool.paidOut > 0 && pool.contributed > pool.paidOut, "the pool both collected and paid");
        pool.fund -= 1e-6 * pool.contributed; // a payout of a millionth of the contributions, not booked
        assertFalse(tolerance.balances(pool.account()));
    }

    @Test
    void timeLimitedPropertyMovesIdleAssetsToEfficientOwners() {
        Property plain = new Property(200, 10, 5, 0.2, false, 10, 7, 100);
        Property limited = new Property(200, 10, 5, 0.2, true, 10, 7, 100);
        for (int t = 1; t <= 50; t++) {
            long key = CounterRandom.streamKey(7, t, 101);
            plain.step(key, t);
            limited.step(key, t);
        }
        // 200 assets but room for only 5 x 10 in use: at least 150 lie idle either way, assets are
        // conserved, and expired terms of idle assets are revoked
        assertTrue(plain.idleShare() >= 0.75 && limited.idleShare() >= 0.75);
        int total = Arrays.stream(limited.holdings).sum();
        assertEquals(200, total);
        assertTrue(limited.revoked > 0);
        Property small = new Property(40, 10, 5, 0.2, true, 5, 7, 100);
        Property smallPlain = new Property(40, 10, 5, 0.2, false, 5, 7, 100);
        for (int t = 1; t <= 60; t++) {
            long key = CounterRandom.streamKey(7, t, 101);
            small.step(key, t);
            smallPlain.step(key, t);
        }
        assertTrue(small.idleShare() < smallPlain.idleShare(), small.idleShare() + " vs " + smallPlain.idleShare());
    }
}
