package org.cloudnations.sim.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The statistics of one run, the effect and where a claim holds, on hand-made series. */
class RobustnessMapTest {
    private static final long[] TICKS = {0, 1, 2, 3, 4};
    private static final double[] VALUES = {10, 1, 2, 3, 4};

    @Test
    void aRunsStatisticIsItsLastValueOrItsMeanOrTotalOverAWindow() {
        assertEquals(4, new RunStatistic("m", RunStatistic.Over.LAST, 0, -1, 0).of(TICKS, VALUES));
        assertEquals(20.0 / 5, new RunStatistic("m", RunStatistic.Over.MEAN, 0, -1, 0).of(TICKS, VALUES));
        assertEquals(2.5, new RunStatistic("m", RunStatistic.Over.MEAN, 1, -1, 0).of(TICKS, VALUES)); // ticks 1..4
        assertEquals(3, new RunStatistic("m", RunStatistic.Over.TOTAL, 1, 2, 0).of(TICKS, VALUES));
        assertEquals(3.5, new RunStatistic("m", RunStatistic.Over.MEAN, 0, -1, 2).of(TICKS, VALUES)); // last 2
        assertEquals(20, new RunStatistic("m", RunStatistic.Over.TOTAL, 0, -1, 99).of(TICKS, VALUES));
        assertTrue(Double.isNaN(new RunStatistic("m", RunStatistic.Over.MEAN, 7, 9, 0).of(TICKS, VALUES)));
        assertEquals("mean of m over ticks 1 to 40", new RunStatistic("m", RunStatistic.Over.MEAN, 1, 40, 0).toString());
        assertEquals("total of m over the last 20 ticks",
                new RunStatistic("m", RunStatistic.Over.TOTAL, 0, -1, 20).toString());
        assertThrows(IllegalArgumentException.class, () -> new RunStatistic("m", RunStatistic.Over.MEAN, 5, 4, 0));
    }

    @Test
    void effectsAreDifferencesOrSharesOfTheControl() {
        assertEquals(0.5, ClaimDefinition.Effect.DIFFERENCE.of(2.5, 2), 1e-15);
        assertEquals(0.25, ClaimDefinition.Effect.RELATIVE.of(2.5, 2), 1e-15);
        assertEquals(0.25, ClaimDefinition.Effect.RELATIVE.of(-1.5, -2), 1e-15); // above a negative control
        assertEquals(Double.POSITIVE_INFINITY, ClaimDefinition.Effect.RELATIVE.of(1, 0));
        assertEquals(0, ClaimDefinition.Effect.RELATIVE.of(0, 0));
    }

    private static ClaimDefinition paired(double smallest) {
        return new ClaimDefinition(Map.of("x", "1"), Map.of("x", "0"),
                new RunStatistic("m", RunStatistic.Over.LAST, 0, -1, 0), null, Double.NaN,
                ClaimDefinition.Effect.DIFFERENCE, smallest);
    }

    @Test
    void theClaimHoldsWhereTheReplicateMeanEffectExceedsTheSmallestEffect() {
        TreeMap<Integer, List<Double>> treatment = new TreeMap<>(Map.of(0, List.of(0.30, 0.34), 1, List.of(0.30, 0.30),
                2, List.of(0.5, Double.NaN)));
        TreeMap<Integer, List<Double>> control = new TreeMap<>(Map.of(0, List.of(0.20, 0.24), 1, List.of(0.29, 0.30),
                2, List.of(0.1, 0.1)));
        Map<Integer, Map<String, String>> values = Map.of(0, Map.of("a", "0.1"), 1, Map.of("a", "0.9"),
                2, Map.of("a", "0.5"));
        RobustnessMap map = RobustnessMap.of(paired(0.05), List.of("a"), List.of(treatment), List.of(control),
                values);
        assertEquals(3, map.points().size());
        RobustnessMap.Point first = map.points().get(0);
        assertEquals(0.32, first.treatment(), 1e-12);
        assertEquals(0.22, first.control(), 1e-12);
        assertEquals(0.10, first.effect(), 1e-12);
        assertTrue(first.holds());
        assertEquals(4, first.runs());
        assertFalse(map.points().get(1).holds(), "an effect of 0.005 is below the smallest effect, 0.05");
        assertFalse(map.points().get(2).holds(), "a point without a value does not hold");
        assertEquals(1, map.share().successes());
        assertEquals(3, map.share().trials());
        assertEquals("point,a,treatment,control,effect,holds,runs\n"
                + "0,0.1,0.32,0.22,0.1,1,4\n"
                + "1,0.9,0.3,0.295,0.005,0,4\n"
                + "2,0.5,,0.1,,0,4\n", map.csv());
        // the point in the upper half (0.9) does not hold, the lower one (0.1) does; 0.5 is the middle
        assertEquals(Map.of("a", -0.5), map.halvesDifference());
    }

    @Test
    void aClaimWithFurtherConditionsHoldsWhereEveryConditionHolds() {
        RunStatistic last = new RunStatistic("m", RunStatistic.Over.LAST, 0, -1, 0);
        RunStatistic total = new RunStatistic("n", RunStatistic.Over.TOTAL, 0, -1, 0);
        ClaimDefinition second = new ClaimDefinition(Map.of("x", "1"), Map.of("x", "0"), total, null, Double.NaN,
                ClaimDefinition.Effect.RELATIVE, 0.05);
        ClaimDefinition claim = new ClaimDefinition(Map.of("x", "1"), Map.of("x", "0"), last, null, Double.NaN,
                ClaimDefinition.Effect.DIFFERENCE, 0.01, List.of(second));
        assertEquals(2, claim.conditions().size());
        TreeMap<Integer, List<Double>> t1 = new TreeMap<>(Map.of(0, List.of(0.5), 1, List.of(0.5)));
        TreeMap<Integer, List<Double>> c1 = new TreeMap<>(Map.of(0, List.of(0.3), 1, List.of(0.3)));
        TreeMap<Integer, List<Double>> t2 = new TreeMap<>(Map.of(0, List.of(11.0), 1, List.of(10.2)));
        TreeMap<Integer, List<Double>> c2 = new TreeMap<>(Map.of(0, List.of(10.0), 1, List.of(10.0)));
        RobustnessMap map = RobustnessMap.of(claim, List.of("a"), List.of(t1, t2), List.of(c1, c2),
                Map.of(0, Map.of("a", "1"), 1, Map.of("a", "2")));
        assertTrue(map.points().get(0).holds(), "0.2 > 0.01 and 10% > 5%");
        assertFalse(map.points().get(1).holds(), "0.2 > 0.01 but 2% < 5%");
        assertEquals("point,a,treatment,control,effect,treatment_2,control_2,effect_2,holds,runs\n"
                + "0,1,0.5,0.3,0.2,11,10,0.1,1,2\n"
                + "1,2,0.5,0.3,0.2,10.2,10,0.02,0,2\n", map.csv());
        assertThrows(IllegalArgumentException.class, () -> new ClaimDefinition(Map.of("x", "1"), Map.of("x", "2"),
                last, null, Double.NaN, ClaimDefinition.Effect.DIFFERENCE, 0.01, List.of(second)),
                "a further condition has the claim's arms");
    }

    @Test
    void aClaimHasTwoDifferentArmsOrOneWithinRunControl() {
        RunStatistic last = new RunStatistic("m", RunStatistic.Over.LAST, 0, -1, 0);
        assertThrows(IllegalArgumentException.class, () -> new ClaimDefinition(Map.of("x", "1"), Map.of("x", "1"),
                last, null, Double.NaN, ClaimDefinition.Effect.DIFFERENCE, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new ClaimDefinition(Map.of(), Map.of(), last, last, 1.0,
                ClaimDefinition.Effect.DIFFERENCE, 0.1));
        assertThrows(IllegalArgumentException.class, () -> paired(0));
        assertThrows(IllegalArgumentException.class, () -> paired(Double.NaN));
        assertFalse(new ClaimDefinition(Map.of(), Map.of(), last, null, 1.0, ClaimDefinition.Effect.DIFFERENCE, 0.1)
                .paired());
    }
}
