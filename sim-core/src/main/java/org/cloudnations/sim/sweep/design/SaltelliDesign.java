package org.cloudnations.sim.sweep.design;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol indices (Saltelli 2002; Saltelli et al. 2010, Comput.
 * Phys. Commun. 181). Point j of a 2k-dimensional Sobol sequence (commons-math3
 * {@link SobolSequenceGenerator}, starting after its all-zero first point) gives two base
 * samples: A_j (its first k coordinates) and B_j (its last k). The design holds, for every base
 * sample j, k + 2 consecutive points: A_j, then AB_j^(i) for i = 1..k (A_j with coordinate i taken
 * from B_j), then B_j. Point index = j (k + 2) + block.
 */
public final class SaltelliDesign implements Design {
    private final List<Vary> varies;
    private final int samples;
    private final int k;
    private final SobolSequenceGenerator sobol;

    /**
     * @param varies the varied parameters (1 to 500)
     * @param samples N, the number of base samples; the design has N (k + 2) points
     * @param maxPoints the largest allowed number of points
     */
    public SaltelliDesign(List<Vary> varies, int samples, long maxPoints) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive");
        }
        this.varies = List.copyOf(varies);
        this.k = varies.size();
        if (k < 1 || 2 * k > 1000) {
            throw new IllegalArgumentException("a Sobol design takes 1 to 500 varied parameters");
        }
        Designs.checkSize((long) samples * (k + 2), maxPoints, "sobol");
        this.samples = samples;
        this.sobol = new SobolSequenceGenerator(2 * k);
    }

    @Override
    public DesignKind kind() {
        return DesignKind.SOBOL;
    }

    @Override
    public List<Vary> varies() {
        return varies;
    }

    @Override
    public int points() {
        return samples * (k + 2);
    }

    /** @return N, the number of base samples */
    public int baseSamples() {
        return samples;
    }

    /**
     * @param point a point index
     * @return its block: 0 for A, i (1..k) for AB^(i), k + 1 for B
     */
    public int block(int point) {
        return point % (k + 2);
    }

    /**
     * @param point a point index
     * @return its base sample j
     */
    public int baseSample(int point) {
        return point / (k + 2);
    }

    /**
     * The unit coordinates of a point.
     *
     * @param index the point
     * @return k coordinates in [0, 1)
     */
    public double[] unitPoint(int index) {
        Designs.checkIndex(index, points());
        int j = baseSample(index);
        int block = block(index);
        double[] ab;
        synchronized (sobol) {
            ab = sobol.skipTo(j + 1);
        }
        double[] out = new double[k];
        for (int d = 0; d < k; d++) {
            boolean fromB = block == k + 1 || block == d + 1;
            out[d] = fromB ? ab[k + d] : ab[d];
        }
        return out;
    }

    @Override
    public String[] point(int index) {
        double[] u = unitPoint(index);
        String[] out = new String[k];
        for (int d = 0; d < k; d++) {
            out[d] = varies.get(d).atUnit(u[d]);
        }
        return out;
    }
}
