package org.cloudnations.sim.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;
import org.junit.jupiter.api.Test;

/**
 * The rule kit's checks of declarations, when a rule set is assembled and when a run binds it: a
 * random stream drawn by two rules (or twice by one), a metric declared by two rules, a parameter
 * declared two ways, a metric computed without its declaration or declared without its code, a
 * column asked for with two element types, a table used before any rule creates it.
 */
class RuleSetTest {
    private static final MetricSpec M = new MetricSpec("m", "1", "a metric");

    /** A small configurable rule for the checks. */
    private record Probe(String name, List<StreamUse> streams, List<MetricSpec> metrics, List<ParameterSpec> parameters,
                         java.util.function.Function<Assembly, RuleStep> binder) implements Rule {
        @Override
        public String phase() {
            return "test";
        }

        Probe withName(String other) {
            return new Probe(other, streams, metrics, parameters, binder);
        }

        @Override
        public RuleStep bind(Assembly a) {
            return binder.apply(a);
        }
    }

    private static Probe rule(String name, List<StreamUse> streams) {
        return new Probe(name, streams, List.of(), List.of(), a -> ctx -> { });
    }

    @Test
    void aStreamDrawnByTwoRulesIsRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.of("t", List.of(
                rule("first", List.of(new StreamUse(7, "noise"))), rule("second", List.of(new StreamUse(7, "shocks"))))));
        assertEquals("random stream 7 is drawn by both first (noise) and second (shocks); give each use its own "
                + "stream number", e.getMessage());
    }

    @Test
    void aStreamUsedTwiceInsideOneRuleIsRefusedNamingBothUses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.of("t", List.of(
                rule("vote", List.of(new StreamUse(67, "vote shocks"), new StreamUse(67, "personal noise"))))));
        assertEquals("random stream 67 is drawn by both vote (vote shocks) and vote (personal noise); give each use "
                + "its own stream number", e.getMessage());
    }

    @Test
    void aShippedRuleSetRefusesAnAddedRuleThatReusesOneOfItsStreams() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExitModel.RULES.with(rule("mine", List.of(new StreamUse(10, "my draws")))));
        assertEquals("random stream 10 is drawn by both exit-choice (revision and the exit/return draws) and mine "
                + "(my draws); give each use its own stream number", e.getMessage());
    }

    @Test
    void metricsAndParametersMustBeDeclaredOnce() {
        Probe a = new Probe("a", List.of(), List.of(M), List.of(), x -> ctx -> { });
        Probe b = new Probe("b", List.of(), List.of(M), List.of(), x -> ctx -> { });
        assertEquals("metric m is declared by both a and b",
                assertThrows(IllegalArgumentException.class, () -> RuleSet.of("t", List.of(a, b))).getMessage());
        ParameterSpec p1 = ParameterSpec.real("x", 1, 0, 2, "1", "t", "x");
        ParameterSpec p2 = ParameterSpec.real("x", 1, 0, 3, "1", "t", "x");
        Probe c = new Probe("c", List.of(), List.of(), List.of(p1), x -> ctx -> { });
        Probe d = new Probe("d", List.of(), List.of(), List.of(p2), x -> ctx -> { });
        assertEquals(true, assertThrows(IllegalArgumentException.class, () -> RuleSet.of("t", List.of(c, d)))
                .getMessage().startsWith("parameter x is declared differently by rule d than before"));
        assertEquals(List.of("x"), RuleSet.of("t", List.of(c, c.withName("e"))).parameters().names(), "same: shared");
    }

    @Test
    void bindingRefusesUndeclaredMetricsMissingCodeAndClashingColumns() {
        Probe undeclared = new Probe("u", List.of(), List.of(), List.of(), a -> {
            a.metric(M, () -> 1);
            return ctx -> { };
        });
        assertEquals("rule u computes metric m without declaring it in metrics()", bindError(undeclared));
        Probe noCode = new Probe("n", List.of(), List.of(M), List.of(), a -> ctx -> { });
        assertEquals("rule n declares metric m but binds no code to it", bindError(noCode));
        Probe floats = new Probe("f", List.of(), List.of(), List.of(), a -> {
            a.createTable(Tables.STATES, 3).floats("tax");
            return ctx -> { };
        });
        Probe doubles = new Probe("g", List.of(), List.of(), List.of(), a -> {
            a.table(Tables.STATES).doubles("tax");
            return ctx -> { };
        });
        assertEquals("column states.tax holds float values, not double (asked for by g)",
                bindError(floats, doubles));
        assertEquals("rule g uses table states, which no rule before it creates", bindError(doubles));
        Probe undeclaredStream = new Probe("s", List.of(), List.of(), List.of(), a -> {
            a.stream(3);
            return ctx -> { };
        });
        assertEquals("rule s draws from random stream 3 without declaring it in streams()", bindError(undeclaredStream));
    }

    @Test
    void columnsAreAllocatedOnlyWhenAskedForAndCountedPerRow() {
        Table t = new Table("individuals", 10);
        assertEquals(0, t.bytesPerRow(), 0.0);
        t.floats("skill");
        t.ints("home");
        t.bytes("kind");
        assertEquals(9, t.bytesPerRow(), 0.0);
        assertEquals(List.of("skill", "home", "kind"), t.columns());
    }

    private static String bindError(Rule... rules) {
        RuleSet set = RuleSet.of("t", List.of(rules));
        Parameters p = set.parameters().resolve(Map.of());
        try (ParallelLoop loop = new ParallelLoop(1, 16)) {
            return assertThrows(RuntimeException.class, () -> set.instantiate(p, 1, loop)).getMessage();
        }
    }
}
