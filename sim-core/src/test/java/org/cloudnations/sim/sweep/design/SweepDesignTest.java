package org.cloudnations.sim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.ToyModel;
import org.junit.jupiter.api.Test;

class SweepDesignTest {
    private static Vary vary(String s) {
        return Vary.parse(s, ToyModel.PARAMETERS);
    }

    @Test
    void gridIsTheFullFactorialWithTheLastVaryFastest() {
        GridDesign g = new GridDesign(List.of(vary("a=0:1:3"), vary("mode=x,y")), 1000);
        assertEquals(6, g.points());
        assertArrayEquals(new String[] {"0.0", "x"}, g.point(0));
        assertArrayEquals(new String[] {"0.0", "y"}, g.point(1));
        assertArrayEquals(new String[] {"0.5", "x"}, g.point(2));
        assertArrayEquals(new String[] {"1.0", "y"}, g.point(5));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new GridDesign(List.of(vary("a=0:1:1000"), vary("b=1:10:10")), 5000));
        assertTrue(e.getMessage().startsWith("the grid design has more than 5000 points"), e.getMessage());
    }

    @Test
    void latinHypercubeUsesEveryStratumOnce() {
        int n = 50;
        LatinHypercubeDesign d = new LatinHypercubeDesign(List.of(vary("a=0:1"), vary("fail_above=0:2")), n, 9);
        for (int dim = 0; dim < 2; dim++) {
            Set<Integer> strata = new HashSet<>();
            double width = dim == 0 ? 1 : 2;
            for (int p = 0; p < n; p++) {
                double x = Double.parseDouble(d.point(p)[dim]);
                strata.add((int) Math.min(n - 1, Math.floor(x / width * n)));
            }
            assertEquals(n, strata.size(), "every stratum of dimension " + dim + " used once");
        }
        assertNotEquals(List.of(d.point(0)), List.of(new LatinHypercubeDesign(d.varies(), n, 10).point(0)));
        assertArrayEquals(d.point(7), new LatinHypercubeDesign(d.varies(), n, 9).point(7), "seeded");
    }

    @Test
    void saltelliBlocksMixColumnsOfAAndB() {
        SaltelliDesign d = new SaltelliDesign(List.of(vary("a=0:1"), vary("fail_above=0:2"), vary("b=1:10")), 8,
                1_000_000);
        int k = 3;
        assertEquals(8 * (k + 2), d.points());
        for (int j = 0; j < 8; j++) {
            double[] a = d.unitPoint(j * (k + 2));
            double[] b = d.unitPoint(j * (k + 2) + k + 1);
            for (int i = 0; i < k; i++) {
                double[] ab = d.unitPoint(j * (k + 2) + 1 + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], "AB_" + i + " column " + c);
                }
            }
        }
        // the first base sample is Sobol point 1 (0.5 in every coordinate), not the all-zero point 0
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, d.unitPoint(0));
    }

    @Test
    void morrisTrajectoriesMoveOneVaryByDeltaPerStep() {
        List<Vary> varies = List.of(vary("a=0:1"), vary("fail_above=0:2"), vary("b=1:10"));
        MorrisDesign d = new MorrisDesign(varies, 20, 4, 3, 1_000_000);
        assertEquals(20 * 4, d.points());
        assertEquals(4.0 / 6.0, d.delta(), 1e-15);
        Set<String> starts = new HashSet<>();
        for (int t = 0; t < 20; t++) {
            MorrisDesign.Trajectory tr = d.trajectory(t);
            starts.add(java.util.Arrays.toString(tr.levels()[0]));
            Set<Integer> moved = new HashSet<>();
            for (int s = 1; s <= 3; s++) {
                int changed = -1;
                for (int i = 0; i < 3; i++) {
                    int diff = tr.levels()[s][i] - tr.levels()[s - 1][i];
                    if (diff != 0) {
                        assertEquals(-1, changed, "one vary per step");
                        changed = i;
                        assertEquals(tr.direction()[i] * 2, diff, "a jump of p/2 levels in the vary's direction");
                    }
                    assertTrue(tr.levels()[s][i] >= 0 && tr.levels()[s][i] <= 3);
                }
                assertEquals(tr.order()[s - 1], changed);
                moved.add(changed);
            }
            assertEquals(3, moved.size(), "every vary moves once");
        }
        assertTrue(starts.size() > 5, "trajectories start at different points");
    }

    @Test
    void oneAtATimeStartsFromTheDefaultsAndMovesEachVaryAlone() {
        List<Vary> varies = List.of(vary("a=0:1:3"), vary("mode=y,z"));
        OneAtATimeDesign d = new OneAtATimeDesign(varies, Map.of("a", "0.5", "mode", "x"), 100);
        assertArrayEquals(new String[] {"0.5", "y"}, d.point(0), "a's default is a level; mode's is not listed");
        assertEquals(1 + 2 + 1, d.points());
        assertArrayEquals(new String[] {"0.0", "y"}, d.point(1));
        assertArrayEquals(new String[] {"1.0", "y"}, d.point(2));
        assertArrayEquals(new String[] {"0.5", "z"}, d.point(3));
    }

    @Test
    void runSeedsDependOnPointAndReplicateOnly() {
        Set<Long> seeds = new HashSet<>();
        for (int p = 0; p < 100; p++) {
            for (int r = 0; r < 10; r++) {
                seeds.add(Seeds.run(1, p, r));
            }
        }
        assertEquals(1000, seeds.size(), "distinct");
        assertEquals(Seeds.run(1, 5, 3), Seeds.run(1, 5, 3));
        assertNotEquals(Seeds.run(1, 5, 3), Seeds.run(2, 5, 3));
    }

    @Test
    void designKindsHaveSuggestions() {
        assertEquals(DesignKind.LHS, DesignKind.parse("LHS"));
        assertEquals("unknown design 'sobl'; did you mean 'sobol'? Known: grid, random, lhs, sobol, oat, morris",
                assertThrows(ConfigurationException.class, () -> DesignKind.parse("sobl")).getMessage());
    }
}
