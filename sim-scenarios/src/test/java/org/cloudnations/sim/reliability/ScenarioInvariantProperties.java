package org.cloudnations.sim.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;

/**
 * Every scenario of the catalogue, run in the checking mode with parameters drawn from their
 * declared ranges (a tiny population, few ticks): no invariant of any rule or metric may fail.
 * jqwik shrinks a failing draw towards the simplest values; the bugs found and their regression
 * cases are listed in docs/reliability.md. {@code mvn verify} runs the tries of
 * src/test/resources/junit-platform.properties; docs/reliability.md gives the command for many more.
 */
class ScenarioInvariantProperties {
    /** Smallest and largest population drawn: small runs, still several individuals per state. */
    static final int MIN_INDIVIDUALS = 50;
    /** Largest population drawn. */
    static final int MAX_INDIVIDUALS = 500;
    /** Largest whole number drawn for other size parameters (firms, states ...), to keep runs small. */
    static final int MAX_OTHER_INT = 200;

    /**
     * Largest number of ticks drawn: 30 in {@code mvn verify}, more with
     * {@code -Dreliability.max-ticks=T} (docs/reliability.md).
     */
    static final int MAX_TICKS = Integer.getInteger("reliability.max-ticks", 30);

    /** Grid points of a real parameter's range. */
    static final int STEPS = 1_000_000;

    /** One draw: a scenario, its parameters as text, a seed and a number of ticks. */
    record Draw(String scenario, Map<String, String> parameters, long seed, int ticks) {
    }

    /**
     * A draw either runs with every invariant holding or is refused as a whole by a rule relating
     * two parameters (e.g. {@code open_labs <= racing_teams}): a one-line user error, which is the
     * contract for such input, so it counts as a pass.
     */
    @Property
    void everyInvariantHoldsInsideTheDeclaredRanges(@ForAll("draws") Draw draw) {
        try {
            run(draw);
            Statistics.label("outcome").collect("ran, every invariant held");
        } catch (ConfigurationException refusedCombination) {
            // refused in one line before any tick ran: the documented outcome for such a combination
            Statistics.label("outcome").collect("refused combination");
        }
    }

    /**
     * Runs one draw with checks on (an {@link org.cloudnations.sim.engine.InvariantViolationException}
     * fails the property).
     *
     * @param draw the draw
     */
    static void run(Draw draw) {
        Scenario s = Scenarios.get(draw.scenario());
        Runner.run(s.configure(draw.parameters(), draw.seed(), draw.ticks(), 1).withCheck(true));
    }

    @Provide
    Arbitrary<Draw> draws() {
        return Arbitraries.of(Scenarios.catalog().all().stream().map(Scenario::name).toList())
                .flatMap(ScenarioInvariantProperties::draws);
    }

    private static Arbitrary<Draw> draws(String scenario) {
        List<ParameterSpec> specs = Scenarios.get(scenario).parameters().specs();
        List<Arbitrary<String>> values = new ArrayList<>();
        for (ParameterSpec p : specs) {
            values.add(value(p));
        }
        Arbitrary<List<String>> all = Combinators.combine(values).as(ArrayList::new);
        return Combinators.combine(all, Arbitraries.longs().between(1, 1000), Arbitraries.integers().between(1, MAX_TICKS))
                .as((v, seed, ticks) -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int k = 0; k < specs.size(); k++) {
                        m.put(specs.get(k).name(), v.get(k));
                    }
                    return new Draw(scenario, m, seed, ticks);
                });
    }

    /** A value inside the declared range, shrinking towards the declared default. */
    private static Arbitrary<String> value(ParameterSpec p) {
        return switch (p.type()) {
            case INT -> {
                long lo = (long) p.min();
                long hi = (long) p.max();
                if ("individuals".equals(p.name())) {
                    lo = Math.max(lo, MIN_INDIVIDUALS);
                    hi = Math.min(hi, MAX_INDIVIDUALS);
                } else {
                    hi = Math.min(hi, Math.max(lo, MAX_OTHER_INT));
                }
                long d = Math.max(lo, Math.min(hi, Long.parseLong(p.defaultValue())));
                yield Arbitraries.longs().between(lo, hi).shrinkTowards(d).map(v -> Long.toString(v));
            }
            case DOUBLE -> {
                // a position on a grid of STEPS points from min to max (both ends included)
                double lo = p.min();
                double hi = p.max();
                double d = Double.parseDouble(p.defaultValue());
                int towards = hi > lo ? (int) Math.round((d - lo) / (hi - lo) * STEPS) : 0;
                yield Arbitraries.integers().between(0, STEPS).shrinkTowards(towards)
                        .map(i -> Double.toString(i == STEPS ? hi : lo + (hi - lo) * i / STEPS));
            }
            case BOOLEAN -> Arbitraries.of("false", "true");
            case CHOICE -> Arbitraries.of(p.choices());
        };
    }
}
