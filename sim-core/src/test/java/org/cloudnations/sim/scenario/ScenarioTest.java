package org.cloudnations.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.param.ConfigurationException;
import org.junit.jupiter.api.Test;

/** Scenarios validate their defaults; catalogues find them by name. */
class ScenarioTest {
    private static final org.cloudnations.sim.rule.RuleSet MODEL = ExitModel.RULES;

    @Test
    void defaultsReplaceTheModelsDefaults() {
        Map<String, String> d = new HashMap<>(Map.of("individuals", "20000", "digital_access", "0.70"));
        Scenario s = new Scenario("high-access", "D = 0.7", MODEL, d);
        d.put("states", "3");
        assertEquals(Map.of("individuals", "20000", "digital_access", "0.70"), s.defaults(), "copied");
        assertEquals(List.of("digital_access", "individuals"), List.copyOf(s.defaults().keySet()), "sorted");
        assertEquals("20000", s.parameters().spec("individuals").defaultValue());
        assertEquals("0.7", s.parameters().spec("digital_access").defaultValue());
        assertEquals("20", s.parameters().spec("states").defaultValue());
        assertEquals(MODEL.parameters().names(), s.parameters().names());
    }

    @Test
    void badDefaultsAreRejectedWhenTheScenarioIsMade() {
        assertEquals("parameter 'digital_access': value 1.5 is out of range; allowed: a real number from 0.01 to 0.99",
                assertThrows(ConfigurationException.class,
                        () -> new Scenario("s", "x", MODEL, Map.of("digital_access", "1.5"))).getMessage());
        assertEquals(true, assertThrows(ConfigurationException.class,
                () -> new Scenario("s", "x", MODEL, Map.of("digital_acces", "0.5"))).getMessage()
                .startsWith("unknown parameter 'digital_acces'; did you mean 'digital_access'?"));
        assertEquals("scenario name must be kebab-case: Bad_Name", assertThrows(IllegalArgumentException.class,
                () -> new Scenario("Bad_Name", "x", MODEL, Map.of())).getMessage());
    }

    @Test
    void catalogueLooksUpByNameWithSuggestions() {
        Scenario a = new Scenario("baseline", "a", MODEL, Map.of());
        Scenario b = new Scenario("high-access", "b", MODEL, Map.of("digital_access", "0.8"));
        ScenarioCatalog c = new ScenarioCatalog(List.of(a, b));
        assertSame(b, c.get("high-access"));
        assertEquals(List.of(a, b), c.all());
        assertEquals("unknown scenario 'basline'; did you mean 'baseline'? Known: baseline, high-access",
                assertThrows(ConfigurationException.class, () -> c.get("basline")).getMessage());
        assertEquals("duplicate scenario baseline", assertThrows(IllegalArgumentException.class,
                () -> new ScenarioCatalog(List.of(a, a))).getMessage());
    }
}
