package org.cloudnations.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact, order-independent sums. */
class AccumulatorTest {
    private static final int N = 50_000;

    private static double[] values(long seed) {
        Random r = new Random(seed);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            // mixed magnitudes and signs, where double summation is order-dependent
            v[i] = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(7) - 3);
        }
        return v;
    }

    private static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    @Test
    void sumIsTheSumOfFixedPointValuesTruncatedTowardZero() {
        double[] v = values(1);
        Accumulator a = new Accumulator(1, 0);
        long exact = 0;
        for (double x : v) {
            a.add(0, x);
            exact += (long) (x * Accumulator.SCALE); // the documented conversion: truncation toward zero
        }
        assertEquals(bits(exact / Accumulator.SCALE), bits(a.sum(0)));
        double naive = 0;
        for (double x : v) {
            naive += x;
        }
        // each term loses less than one unit of 2^-24
        assertEquals(naive, a.sum(0), N / Accumulator.SCALE + 1e-9);
    }

    @Test
    void valuesOnTheGridAreSummedExactly() {
        Accumulator a = new Accumulator(2, 0);
        for (int i = 0; i < 1_000_000; i++) {
            a.add(0, 0.25);
            a.add(1, -0x1p-24);
        }
        assertEquals(250_000.0, a.sum(0), 0.0);
        assertEquals(-1_000_000 * 0x1p-24, a.sum(1), 0.0);
    }

    @Test
    void sumsAreIdenticalForAnyOrderAndPartition() {
        double[] v = values(2);
        Accumulator reference = new Accumulator(1, 1);
        for (double x : v) {
            reference.add(0, x);
            reference.increment(0);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            order.add(i);
        }
        Random r = new Random(3);
        boolean doubleSumsDiffered = false;
        double referenceNaive = 0;
        for (double x : v) {
            referenceNaive += x;
        }
        for (int parts : new int[] {1, 2, 3, 5, 16}) {
            Collections.shuffle(order, r);
            Accumulator[] workers = new Accumulator[parts];
            for (int w = 0; w < parts; w++) {
                workers[w] = new Accumulator(1, 1);
            }
            double naive = 0;
            for (int j = 0; j < N; j++) {
                int i = order.get(j);
                Accumulator w = workers[r.nextInt(parts)];
                w.add(0, v[i]);
                w.increment(0);
                naive += v[i];
            }
            Accumulator total = new Accumulator(1, 1);
            for (int w = parts - 1; w >= 0; w--) {
                total.addAll(workers[w]);
            }
            assertEquals(bits(reference.sum(0)), bits(total.sum(0)), "sum with " + parts + " parts");
            assertEquals(N, total.count(0));
            doubleSumsDiffered |= bits(naive) != bits(referenceNaive);
        }
        // the test data is such that plain double sums do depend on order
        assertEquals(true, doubleSumsDiffered, "the data should expose order-dependence of double sums");
    }

    @Test
    void clearResetsAndSlotsAreIndependent() {
        Accumulator a = new Accumulator(3, 2);
        a.add(1, 2.5);
        a.increment(1);
        a.increment(1);
        assertEquals(0.0, a.sum(0), 0.0);
        assertEquals(2.5, a.sum(1), 0.0);
        assertEquals(0.0, a.sum(2), 0.0);
        assertEquals(0, a.count(0));
        assertEquals(2, a.count(1));
        assertEquals(3, a.sumSlots());
        assertEquals(2, a.countSlots());
        a.clear();
        assertEquals(0.0, a.sum(1), 0.0);
        assertEquals(0, a.count(1));
        assertEquals(true, a.fits(3, 2));
        assertEquals(false, a.fits(2, 3));
    }

    @Test
    void sumsUpToTwoToThe39AreExactAndCombiningDetectsOverflow() {
        Accumulator a = new Accumulator(1, 0);
        a.add(0, 0x1p38);
        Accumulator b = new Accumulator(1, 0);
        b.add(0, 0x1p38 - 0x1p-14);
        a.addAll(b);
        assertEquals(0x1p39 - 0x1p-14, a.sum(0), 0.0);

        Accumulator c = new Accumulator(1, 0);
        c.add(0, 0x1p38 * 1.5);
        Accumulator d = new Accumulator(1, 0);
        d.add(0, 0x1p38 * 1.5);
        assertThrows(ArithmeticException.class, () -> c.addAll(d));
    }

    @Test
    void eachTermIsTruncatedTowardZeroToAUnitOfTwoToTheMinus24() {
        Accumulator a = new Accumulator(2, 0);
        a.add(0, 0.99 * 0x1p-24);
        a.add(1, -0.99 * 0x1p-24);
        assertEquals(0.0, a.sum(0), 0.0);
        assertEquals(0.0, a.sum(1), 0.0);
        a.add(0, 1.5 * 0x1p-24);
        a.add(1, -2.5 * 0x1p-24);
        assertEquals(0x1p-24, a.sum(0), 0.0);
        assertEquals(-0x1p-23, a.sum(1), 0.0);
        assertNotEquals(0.0, a.sum(0));
    }
}
