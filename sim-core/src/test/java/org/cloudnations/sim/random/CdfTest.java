package org.cloudnations.sim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Cdf}: the cumulative weights and the draw, against a linear scan of the definition. */
class CdfTest {
    /** The definition: the first index whose cumulative probability exceeds u. */
    private static int firstAbove(double[] cdf, double u) {
        for (int k = 0; k < cdf.length; k++) {
            if (u < cdf[k]) {
                return k;
            }
        }
        throw new AssertionError("u = " + u + " is not below the last entry");
    }

    @Test
    void cumulativeWeightsEndAtExactlyOne() {
        assertArrayEquals(new double[] {0.25, 0.25, 1.0}, Cdf.of(new double[] {1, 0, 3}), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Cdf.of(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Cdf.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Cdf.of(new double[] {1, -1}));
    }

    @Test
    void drawIsTheFirstEntryAboveTheUniformForEverySizeAndZeroWeights() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n = 1; n <= 70; n++) {
            for (int rep = 0; rep < 30; rep++) {
                double[] w = new double[n];
                for (int k = 0; k < n; k++) {
                    w[k] = r.nextInt(4) == 0 ? 0 : r.nextDouble();
                }
                w[r.nextInt(n)] = 1;
                double[] cdf = Cdf.of(w);
                for (int j = 0; j < 200; j++) {
                    double u = r.nextDouble();
                    assertEquals(firstAbove(cdf, u), Cdf.draw(cdf, u), "n = " + n + ", u = " + u);
                }
                // the boundaries: u equal to an entry, just below it, and 0
                for (double c : cdf) {
                    for (double u : new double[] {c, Math.nextDown(c), 0.0}) {
                        if (u >= 0 && u < 1) {
                            assertEquals(firstAbove(cdf, u), Cdf.draw(cdf, u), "n = " + n + ", u = " + u);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aSegmentIsTheSameDistributionAsItsOwnArray() {
        SplittableRandom r = new SplittableRandom(5);
        for (int n = 1; n <= 40; n++) {
            int before = r.nextInt(5);
            int after = r.nextInt(5);
            double[] w = new double[before + n + after];
            for (int k = 0; k < w.length; k++) {
                w[k] = r.nextInt(4) == 0 ? 0 : r.nextDouble();
            }
            w[before + r.nextInt(n)] = 1;
            double[] own = Cdf.of(Arrays.copyOfRange(w, before, before + n));
            double[] segment = new double[w.length];
            Cdf.of(w, before, before + n, segment);
            assertArrayEquals(own, Arrays.copyOfRange(segment, before, before + n), 0.0, "bits, n = " + n);
            for (int j = 0; j < 100; j++) {
                double u = r.nextDouble();
                assertEquals(before + Cdf.draw(own, u), Cdf.draw(segment, before, before + n, u), "n = " + n);
            }
            Cdf.of(w, before, before + n, w); // in place
            assertArrayEquals(own, Arrays.copyOfRange(w, before, before + n), 0.0, "in place, n = " + n);
        }
        assertThrows(IllegalArgumentException.class, () -> Cdf.of(new double[] {1, 0, 0, 1}, 1, 3, new double[4]));
    }
}
