package org.cloudnations.sim.model.culture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Axelrod's model: region counts on hand-made grids, the stopping condition (absorbed iff every
 * neighbour pair has overlap 0 or F), absorption of the 10 x 10, F = 5, q = 10 baseline within the
 * default 200 ticks, and independence of the trajectory from how events are grouped into ticks.
 */
class AxelrodModelTest {
    private static final Scenario AXELROD = new Scenario("axelrod-test", "test", AxelrodModel.RULES, Map.of());

    /** A grid from rows of cultures, each culture a string of F digits. */
    private static CultureGrid grid(String... rows) {
        String[][] cells = new String[rows.length][];
        for (int y = 0; y < rows.length; y++) {
            cells[y] = rows[y].trim().split("\\s+");
        }
        int w = cells[0].length;
        int f = cells[0][0].length();
        int[] trait = new int[rows.length * w * f];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < w; x++) {
                for (int k = 0; k < f; k++) {
                    trait[(y * w + x) * f + k] = cells[y][x].charAt(k) - '0';
                }
            }
        }
        return new CultureGrid(w, rows.length, f, trait);
    }

    @Test
    void regionsOnHandMadeGrids() {
        assertEquals(1, grid("11 11 11", "11 11 11", "11 11 11").regions());
        assertEquals(9, grid("12 21 12", "21 12 21", "12 21 12").regions(), "checkerboard");
        // diagonal contact does not join: von Neumann neighbourhood
        assertEquals(4, grid("00 11", "11 00").regions());
        // a U-shaped region of 00 around a single 11 and a bar of 22
        CultureGrid u = grid("00 11 00", "00 22 00", "00 00 00");
        assertEquals(3, u.regions());
        assertEquals(7, u.largestRegion());
        // same culture in two places not in contact: two regions
        assertEquals(3, grid("35 35 99 35").regions());
        assertEquals(1, grid("7").regions());
        // zones join sites whose overlap is positive: 12|13 share a feature, 13|45 do not
        CultureGrid z = grid("12 13 45");
        assertEquals(3, z.regions());
        assertEquals(2, z.zones());
        assertEquals(2, z.bonds());
    }

    @Test
    void neighbourhoodIsVonNeumannWithoutWrapping() {
        CultureGrid g = new CultureGrid(4, 3, 1);
        assertEquals(2, g.neighbourCount(0));
        assertEquals(3, g.neighbourCount(1));
        assertEquals(4, g.neighbourCount(5));
        assertEquals(2, g.neighbourCount(11));
        assertEquals(1, g.neighbour(0, 0)); // east
        assertEquals(4, g.neighbour(0, 1)); // south
        assertEquals(17, g.bonds()); // 3 x 3 horizontal + 4 x 2 vertical
        assertEquals(0, new CultureGrid(1, 1, 3).neighbourCount(0));
    }

    @Test
    void absorbedExactlyWhenEveryNeighbourPairHasOverlapZeroOrF() {
        CultureGrid frozen = grid("000 000 111", "000 111 111", "222 222 111");
        assertTrue(frozen.absorbed());
        CultureGrid live = grid("000 000 111", "000 011 111", "222 222 111");
        assertFalse(live.absorbed());
        // 011 shares one feature with its 000 neighbours (west, north) and two with 111 (east)
        assertEquals(3, live.activeBonds());
        assertEquals(3, liveBondsByBruteForce(live));
        assertEquals(0, liveBondsByBruteForce(frozen));
        // the rule agrees: from an absorbed grid no event changes anything; from the other, one does
        assertEquals(0, changesIn(frozen, 100_000));
        assertTrue(changesIn(live, 100_000) > 0);
    }

    @Test
    void theStoppingConditionAgreesWithTheDynamicsOnRandomTinyGrids() {
        int absorbed = 0;
        for (int seed = 1; seed <= 300; seed++) {
            CultureGrid g = new CultureGrid(2, 2, 2);
            g.randomise(seed, 7, 2);
            int[] before = g.trait.clone();
            boolean predicted = g.absorbed();
            boolean changed = changesIn(g, 2000) > 0;
            assertEquals(!predicted, changed, "seed " + seed + " " + java.util.Arrays.toString(before));
            absorbed += predicted ? 1 : 0;
        }
        assertTrue(absorbed > 20 && absorbed < 280, "both kinds of grid were tried: " + absorbed);
    }

    @Test
    void baselineAbsorbsWithinTheDefaultTicksInSeconds() {
        long t0 = System.nanoTime();
        for (int seed = 1; seed <= 10; seed++) {
            MetricSeries s = Runner.run(AXELROD.configure(Map.of(), seed, 200, 1)).series();
            double[] absorbed = s.column("absorbed");
            assertEquals(1.0, absorbed[absorbed.length - 1], "seed " + seed + " absorbed");
            int first = 0;
            while (absorbed[first] == 0) {
                first++;
            }
            for (int t = first; t < absorbed.length; t++) {
                assertEquals(1.0, absorbed[t]);
                assertEquals(s.column("cultural_regions")[first], s.column("cultural_regions")[t]);
                assertEquals(s.column("events")[first], s.column("events")[t], "no events once absorbed");
                assertEquals(0.0, s.column("active_bonds")[t]);
            }
            assertTrue(s.last("last_change_event") <= s.last("events"));
            assertTrue(s.last("cultural_regions") >= 1);
            assertEquals(s.last("cultural_regions"), s.last("cultural_zones"), "absorbed: zones are regions");
            assertTrue(s.column("cultural_regions")[0] > 1, "random initial cultures are not uniform");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 10, "10 runs to absorption took " + seconds + " s");
    }

    @Test
    void theTrajectoryDoesNotDependOnHowEventsAreGroupedIntoTicks() {
        MetricSeries coarse = Runner.run(AXELROD.configure(Map.of("sweeps_per_tick", "200"), 3, 20, 1)).series();
        MetricSeries fine = Runner.run(AXELROD.configure(Map.of("sweeps_per_tick", "20"), 3, 200, 2)).series();
        assertEquals(1.0, coarse.last("absorbed"));
        assertEquals(coarse.last("last_change_event"), fine.last("last_change_event"));
        assertEquals(coarse.last("cultural_regions"), fine.last("cultural_regions"));
        assertEquals(coarse.last("largest_region_share"), fine.last("largest_region_share"));
        MetricSeries again = Runner.run(AXELROD.configure(Map.of("sweeps_per_tick", "200"), 3, 20, 3)).series();
        assertArrayEquals(coarse.column("cultural_regions"), again.column("cultural_regions"));
        assertArrayEquals(coarse.column("active_bonds"), again.column("active_bonds"));
    }

    @Test
    void oneTraitMeansOneCultureAndATooLargeGridIsRefused() {
        MetricSeries s = Runner.run(AXELROD.configure(Map.of("traits", "1"), 1, 1, 1)).series();
        assertEquals(1.0, s.column("cultural_regions")[0]);
        assertEquals(1.0, s.column("absorbed")[0]);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Runner.run(
                AXELROD.configure(Map.of("width", "10000", "height", "10000"), 1, 1, 1)));
        assertEquals("width x height x features = 500000000 is too large; allowed: at most 50000000", e.getMessage());
    }

    private static int liveBondsByBruteForce(CultureGrid g) {
        int live = 0;
        for (int s = 0; s < g.sites(); s++) {
            for (int k = 0; k < g.neighbourCount(s); k++) {
                int b = g.neighbour(s, k);
                int o = g.overlap(s, b);
                if (b > s && o > 0 && o < g.features) {
                    live++;
                }
            }
        }
        return live;
    }

    private static int changesIn(CultureGrid g, int events) {
        long key = CounterRandom.streamKey(11, 0, AxelrodEvents.EVENT_STREAM);
        int changes = 0;
        for (int e = 1; e <= events; e++) {
            changes += g.event(key, e) ? 1 : 0;
        }
        return changes;
    }
}
