package org.cloudnations.sim.sweep.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One at a time: point 0 is the base point, where each vary takes the run's default value (the
 * scenario's, or the one given with {@code -P}) when that lies within the vary, else the middle
 * level of its range (the first value of its list). Then each vary in turn goes through its
 * levels with the others at base, skipping the base value itself.
 */
public final class OneAtATimeDesign implements Design {
    private final List<Vary> varies;
    private final String[] base;
    private final int[] vary;
    private final String[] value;

    /**
     * @param varies the varied parameters
     * @param defaults every parameter's value when not varied (canonical text)
     * @param maxPoints the largest allowed number of points
     */
    public OneAtATimeDesign(List<Vary> varies, Map<String, String> defaults, long maxPoints) {
        this.varies = List.copyOf(varies);
        this.base = new String[varies.size()];
        List<Integer> whichVary = new ArrayList<>();
        List<String> whichValue = new ArrayList<>();
        long n = 1;
        for (int i = 0; i < base.length; i++) {
            Vary v = varies.get(i);
            String d = defaults.get(v.name());
            base[i] = d != null && v.contains(d) ? d : v.isRange() ? v.level(1, 3) : v.values().get(0);
            int levels = v.levelCount();
            for (int j = 0; j < levels; j++) {
                String level = v.level(j, levels);
                if (!level.equals(base[i])) {
                    whichVary.add(i);
                    whichValue.add(level);
                    Designs.checkSize(++n, maxPoints, "oat");
                }
            }
        }
        this.vary = whichVary.stream().mapToInt(Integer::intValue).toArray();
        this.value = whichValue.toArray(String[]::new);
    }

    @Override
    public DesignKind kind() {
        return DesignKind.OAT;
    }

    @Override
    public List<Vary> varies() {
        return varies;
    }

    @Override
    public int points() {
        return 1 + vary.length;
    }

    @Override
    public String[] point(int index) {
        Designs.checkIndex(index, points());
        String[] out = base.clone();
        if (index > 0) {
            out[vary[index - 1]] = value[index - 1];
        }
        return out;
    }
}
