package org.cloudnations.sim.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The three constants that became parameters (docs/model.md, "Constants in the rules"):
 * {@code income_noise} (G4), {@code recovery_threshold} (G8) and {@code max_tax_rate} (C3). Their
 * defaults are the old constants, so a run that sets the default explicitly gives the same series
 * as one that does not (and {@code GoldenRunsTest} pins the bytes); another value reaches the rule
 * and moves its metric in the documented direction (one seed: these are wiring checks of one rule,
 * not claims); values outside their declared ranges are refused with the range (messages pinned).
 */
class RuleConstantsTest {
    private static MetricSeries run(Scenario scenario, int ticks, String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            values.put(pairs[k], pairs[k + 1]);
        }
        return Runner.run(scenario.configure(values, 3, ticks, 1)).series();
    }

    private static double mean(MetricSeries s, String metric) {
        return Replicates.meanOf(s, metric, 1, s.column(metric).length);
    }

    /**
     * Runs {@code base} and asserts that setting {@code name} to the old constant {@code value}
     * explicitly gives the same series of {@code metric}.
     *
     * @return the run of {@code base}
     */
    private static MetricSeries runAtTheOldConstant(Scenario s, int ticks, String metric, String[] base, String name,
                                                    String value) {
        MetricSeries byDefault = run(s, ticks, base);
        assertArrayEquals(byDefault.column(metric), run(s, ticks, with(base, name, value)).column(metric),
                name + " defaults to the old constant " + value);
        return byDefault;
    }

    @Test
    void incomeNoiseSpreadsIncomes() {
        Scenario s = Governance.RISK_POOL;
        MetricSeries byDefault = runAtTheOldConstant(s, 20, "income_gini", new String[] {"individuals", "1000"},
                "income_noise", "0.3");
        double quiet = mean(run(s, 20, "individuals", "1000", "income_noise", "0"), "income_gini");
        double loud = mean(run(s, 20, "individuals", "1000", "income_noise", "1.0"), "income_gini");
        assertTrue(quiet < mean(byDefault, "income_gini") && mean(byDefault, "income_gini") < loud,
                "income Gini rises with the noise: " + quiet + ", " + mean(byDefault, "income_gini") + ", " + loud);
    }

    @Test
    void aLowerRecoveryThresholdShortensRecoveries() {
        Scenario s = Governance.RISK_POOL;
        String[] base = {"individuals", "500", "risk_pool", "false"};
        MetricSeries byDefault = runAtTheOldConstant(s, 100, "recovery_time", base, "recovery_threshold", "0.95");
        double lenient = byDefault.last("recovery_time");
        double strict = run(s, 100, with(base, "recovery_threshold", "0.99")).last("recovery_time");
        assertTrue(lenient < strict, "recovery takes longer to a higher level: " + lenient + " < " + strict);
    }

    @Test
    void theTaxBoundCapsTheLabourTax() {
        Scenario s = Baseline.SCENARIO;
        String[] base = {"individuals", "2000", "firms", "40"};
        MetricSeries byDefault = runAtTheOldConstant(s, 20, "tax_per_capita", base, "max_tax_rate", "0.9");
        // tau_0 = 0.3: a bound of 0.1 binds from tick 1 on
        double capped = run(s, 20, with(base, "max_tax_rate", "0.1")).last("tax_per_capita");
        assertTrue(capped < byDefault.last("tax_per_capita"),
                "a bound below tau_0 lowers revenue: " + capped + " < " + byDefault.last("tax_per_capita"));
    }

    @Test
    void valuesOutsideTheDeclaredRangesAreRefusedWithTheRange() {
        assertEquals("parameter 'income_noise': value -0.1 is out of range; allowed: a real number from 0 to 2",
                assertThrows(ConfigurationException.class,
                        () -> run(Governance.RISK_POOL, 1, "income_noise", "-0.1")).getMessage());
        assertEquals("parameter 'recovery_threshold': value 0.4 is out of range; allowed: a real number from 0.5 to 1",
                assertThrows(ConfigurationException.class,
                        () -> run(Governance.RISK_POOL, 1, "recovery_threshold", "0.4")).getMessage());
        assertEquals("parameter 'max_tax_rate': value 1.5 is out of range; allowed: a real number from 0 to 1",
                assertThrows(ConfigurationException.class,
                        () -> run(Baseline.SCENARIO, 1, "max_tax_rate", "1.5")).getMessage());
    }

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}
