package org.cloudnations.sim.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.cloudnations.sim.engine.InvariantViolationException;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The checking mode: a rule's declared invariant and its metrics' ranges are verified after every
 * tick, the first failure stops the run naming the rule, the tick and the invariant, and the
 * output with checks off is the same series.
 */
class CheckingModeTest {
    private static final MetricSpec HALF_TICKS = MetricSpec.share("half_ticks", "ticks so far over 2 (leaves [0, 1] at tick 3)");
    private static final MetricSpec RATIO = new MetricSpec("ratio", "1", "1 over (4 - ticks): infinite at tick 4");

    /** A rule counting ticks, with a metric that leaves its range and an invariant that fails at tick 5. */
    private record Counter(List<MetricSpec> metrics, int failsAt) implements Rule {
        @Override
        public String name() {
            return "counter";
        }

        @Override
        public String phase() {
            return "test";
        }

        @Override
        public RuleStep bind(Assembly a) {
            long[] ticks = a.createTable("global", 1).longs("ticks");
            for (MetricSpec m : metrics) {
                a.metric(m, m == HALF_TICKS ? () -> ticks[0] / 2.0 : () -> 1.0 / (4 - ticks[0]));
            }
            a.invariant("ticks stay below " + failsAt, () -> ticks[0] < failsAt);
            return ctx -> ticks[0] = ctx.tick();
        }
    }

    private static MetricSeries run(Rule rule, int ticks, boolean check) {
        RuleSet set = RuleSet.of("t", List.of(rule));
        Parameters p = set.parameters().resolve(Map.of());
        try (ParallelLoop loop = new ParallelLoop(1, 16)) {
            return Runner.series(set, set.instantiate(p, 1, loop), 1, ticks, loop, RunListener.NONE, check);
        }
    }

    @Test
    void aMetricLeavingItsDeclaredRangeStopsTheRunNamingRuleTickAndMetric() {
        InvariantViolationException e = assertThrows(InvariantViolationException.class,
                () -> run(new Counter(List.of(HALF_TICKS), 100), 10, true));
        assertEquals("invariant violated at tick 3: rule counter: metric half_ticks is finite and in [0, 1]",
                e.getMessage());
        assertEquals(3, e.tick());
        assertEquals("counter", e.owner());
    }

    @Test
    void aNonFiniteMetricStopsTheRun() {
        InvariantViolationException e = assertThrows(InvariantViolationException.class,
                () -> run(new Counter(List.of(RATIO), 100), 10, true));
        assertEquals("invariant violated at tick 4: rule counter: metric ratio is finite", e.getMessage());
    }

    @Test
    void aRulesDeclaredInvariantStopsTheRun() {
        InvariantViolationException e = assertThrows(InvariantViolationException.class,
                () -> run(new Counter(List.of(), 5), 10, true));
        assertEquals("invariant violated at tick 5: rule counter: ticks stay below 5", e.getMessage());
    }

    @Test
    void checksOffRunToTheEndWithTheSameValuesAsChecksOnBeforeTheFailure() {
        MetricSeries off = run(new Counter(List.of(HALF_TICKS), 100), 10, false);
        assertEquals(11, off.ticks().length);
        assertEquals(5.0, off.column("half_ticks")[10], 0.0);
        MetricSeries on = run(new Counter(List.of(HALF_TICKS), 100), 2, true);
        assertArrayEquals(java.util.Arrays.copyOf(off.column("half_ticks"), 3), on.column("half_ticks"), 0.0);
    }

    @Test
    void aMetricRangeMustBeNonEmptyAndTheOldConstructorHasNone() {
        assertEquals("metric m: range [1.0, 0.0] is empty or NaN",
                assertThrows(IllegalArgumentException.class, () -> new MetricSpec("m", "1", "d", 1, 0)).getMessage());
        MetricSpec plain = new MetricSpec("m", "1", "d");
        assertEquals("finite", plain.rangeText());
        assertEquals(false, plain.admits(Double.NaN));
        assertEquals(true, plain.admits(-1e300));
    }
}
