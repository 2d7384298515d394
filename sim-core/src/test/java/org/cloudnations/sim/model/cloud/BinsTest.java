package org.cloudnations.sim.model.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Bins#of} (the one-shift form used in the hot loop since issue 8) against the definition
 * in its javadoc, written out the direct way: binary exponent and top three mantissa bits.
 */
class BinsTest {
    /** The definition: bin 0 below 2^-14 (and NaN, negatives), 8 bins per doubling, the last from 2^18. */
    private static int reference(double v) {
        if (!(v >= 0x1p-14)) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1023;
        if (e > Bins.MAX_EXPONENT) {
            return Bins.COUNT - 1;
        }
        int m = (int) ((bits >>> 49) & 7);
        return 1 + (e - Bins.MIN_EXPONENT) * 8 + m;
    }

    @Test
    void edgesAndSpecialValues() {
        double[] edges = {0.0, -0.0, -1.0, Double.NaN, -Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE, 0x1p-14, Math.nextDown(0x1p-14), Math.nextUp(0x1p-14), 0x1p18,
            Math.nextDown(0x1p18), 0x1p17, 1.0, 1.125, Math.nextDown(1.125), 3.0, 1e300, Double.longBitsToDouble(0x7ff8000000000001L),
            Double.longBitsToDouble(0xfff8000000000000L)};
        for (double v : edges) {
            assertEquals(reference(v), Bins.of(v), "bin of " + v + " (bits " + Long.toHexString(Double.doubleToRawLongBits(v)) + ")");
        }
        assertEquals(1, Bins.of(0x1p-14));
        assertEquals(Bins.COUNT - 2, Bins.of(Math.nextDown(0x1p18)));
        assertEquals(Bins.COUNT - 1, Bins.of(0x1p18));
    }

    @Test
    void agreesWithTheDefinitionOnRandomValuesOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(8);
        for (int k = 0; k < 2_000_000; k++) {
            double v = k % 2 == 0 ? Double.longBitsToDouble(r.nextLong()) : Math.scalb(r.nextDouble(), r.nextInt(-30, 30));
            assertEquals(reference(v), Bins.of(v), "bin of " + v);
        }
    }
}
