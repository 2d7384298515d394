package org.cloudnations.sim.sweep.design;

import java.util.List;

/**
 * Full factorial design: every combination of every vary's levels (a range's {@code N} levels,
 * a list's values). The last vary changes fastest.
 */
public final class GridDesign implements Design {
    private final List<Vary> varies;
    private final int[] radix;
    private final int points;

    /**
     * @param varies the varied parameters
     * @param maxPoints the largest allowed number of points
     * @throws org.cloudnations.sim.param.ConfigurationException when the grid is too large
     */
    public GridDesign(List<Vary> varies, long maxPoints) {
        this.varies = List.copyOf(varies);
        this.radix = new int[varies.size()];
        long n = 1;
        for (int i = 0; i < radix.length; i++) {
            radix[i] = varies.get(i).levelCount();
            n *= radix[i];
            Designs.checkSize(n, maxPoints, "grid");
        }
        this.points = (int) n;
    }

    @Override
    public DesignKind kind() {
        return DesignKind.GRID;
    }

    @Override
    public List<Vary> varies() {
        return varies;
    }

    @Override
    public int points() {
        return points;
    }

    @Override
    public String[] point(int index) {
        Designs.checkIndex(index, points);
        String[] out = new String[radix.length];
        int rest = index;
        for (int i = radix.length - 1; i >= 0; i--) {
            out[i] = varies.get(i).level(rest % radix[i], radix[i]);
            rest /= radix[i];
        }
        return out;
    }
}
