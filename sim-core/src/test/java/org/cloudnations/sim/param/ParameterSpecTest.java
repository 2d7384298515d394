package org.cloudnations.sim.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing, validation and the exact one-line messages of {@link ParameterSpec} and {@link ParameterRegistry}. */
class ParameterSpecTest {
    static final ParameterRegistry REGISTRY = ParameterRegistry.of(List.of(
            ParameterSpec.integer("individuals", 1000, 1, 50_000_000, "individuals", "0.1", "N"),
            ParameterSpec.real("digital_access", 0.5, 0.01, 0.99, "1", "0.1", "D"),
            ParameterSpec.real("skill_sigma", 0.8, 0.0, 3.0, "1", "0.1", "sigma"),
            ParameterSpec.flag("verbose", false, "engine", "talk"),
            ParameterSpec.choice("policy", "squeeze", List.of("squeeze", "league", "offshore"), "0.8",
                    "state policy")));

    private static String message(Map<String, String> values) {
        return assertThrows(ConfigurationException.class, () -> REGISTRY.resolve(values)).getMessage();
    }

    private static String message(String name, String value) {
        return message(Map.of(name, value));
    }

    @Test
    void unknownParameterSuggestsTheClosestName() {
        assertEquals("unknown parameter 'digital_acess'; did you mean 'digital_access'? "
                        + "Known: individuals, digital_access, skill_sigma, verbose, policy",
                message("digital_acess", "0.5"));
    }

    @Test
    void unknownParameterWithoutAPlausibleSuggestion() {
        // the current format: no separator between the name and "Known:" when there is no suggestion
        assertEquals("unknown parameter 'zzzzzz'. Known: individuals, digital_access, skill_sigma, verbose, policy",
                message("zzzzzz", "1"));
    }

    @Test
    void outOfRangeNamesParameterValueAndRange() {
        assertEquals("parameter 'digital_access': value 1.5 is out of range; "
                + "allowed: a real number from 0.01 to 0.99", message("digital_access", "1.5"));
        assertEquals("parameter 'digital_access': value 0.0 is out of range; "
                + "allowed: a real number from 0.01 to 0.99", message("digital_access", "0.0"));
        assertEquals("parameter 'individuals': value 0 is out of range; "
                + "allowed: a whole number from 1 to 50000000", message("individuals", "0"));
        assertEquals("parameter 'individuals': value 50000001 is out of range; "
                + "allowed: a whole number from 1 to 50000000", message("individuals", "50000001"));
        assertEquals("parameter 'skill_sigma': value -0.1 is out of range; "
                + "allowed: a real number from 0 to 3", message("skill_sigma", "-0.1"));
    }

    @Test
    void boundsAreInclusive() {
        Parameters p = REGISTRY.resolve(Map.of("digital_access", "0.01", "individuals", "50000000"));
        assertEquals(0.01, p.getDouble("digital_access"), 0.0);
        assertEquals(50_000_000, p.getInt("individuals"));
        assertEquals(0.99, REGISTRY.resolve(Map.of("digital_access", "0.99")).getDouble("digital_access"), 0.0);
        assertEquals(1, REGISTRY.resolve(Map.of("individuals", "1")).getInt("individuals"));
    }

    @Test
    void nanAndInfinityAreRejected() {
        String range = "; allowed: a real number from 0.01 to 0.99";
        assertEquals("parameter 'digital_access': value NaN is not a finite number" + range,
                message("digital_access", "NaN"));
        assertEquals("parameter 'digital_access': value Infinity is not a finite number" + range,
                message("digital_access", "Infinity"));
        assertEquals("parameter 'digital_access': value -Infinity is not a finite number" + range,
                message("digital_access", "-Infinity"));
        assertEquals("parameter 'digital_access': value 1e400 is not a finite number" + range,
                message("digital_access", "1e400"));
        String ints = "; allowed: a whole number from 1 to 50000000";
        assertEquals("parameter 'individuals': 'NaN' is not a whole number" + ints, message("individuals", "NaN"));
        assertEquals("parameter 'individuals': 'Infinity' is not a whole number" + ints,
                message("individuals", "Infinity"));
    }

    @Test
    void nonNumericTextIsRejected() {
        assertEquals("parameter 'digital_access': 'lots' is not a number; allowed: a real number from 0.01 to 0.99",
                message("digital_access", "lots"));
        assertEquals("parameter 'digital_access': '' is not a number; allowed: a real number from 0.01 to 0.99",
                message("digital_access", ""));
        assertEquals("parameter 'individuals': 'many' is not a whole number; "
                + "allowed: a whole number from 1 to 50000000", message("individuals", "many"));
    }

    @Test
    void nonIntegerForAnIntIsRejected() {
        assertEquals("parameter 'individuals': '2.5' is not a whole number; "
                + "allowed: a whole number from 1 to 50000000", message("individuals", "2.5"));
        assertEquals("parameter 'individuals': '1e-3' is not a whole number; "
                + "allowed: a whole number from 1 to 50000000", message("individuals", "1e-3"));
    }

    @Test
    void badBooleanIsRejected() {
        assertEquals("parameter 'verbose': 'yes' is not a boolean; allowed: true or false",
                message("verbose", "yes"));
        assertEquals("parameter 'verbose': '1' is not a boolean; allowed: true or false", message("verbose", "1"));
    }

    @Test
    void badChoiceSuggestsTheClosestChoice() {
        assertEquals("parameter 'policy': 'sqeeze' is not allowed; did you mean 'squeeze'? "
                + "Allowed: squeeze, league, offshore", message("policy", "sqeeze"));
        assertEquals("parameter 'policy': 'anarchy' is not allowed. Allowed: squeeze, league, offshore",
                message("policy", "anarchy"));
    }

    @Test
    void everyMessageIsOneLine() {
        List<Map<String, String>> bad = List.of(Map.of("digital_acess", "1"), Map.of("digital_access", "NaN"),
                Map.of("individuals", "x"), Map.of("verbose", "maybe"), Map.of("policy", "lige"));
        for (Map<String, String> b : bad) {
            String m = message(b);
            assertTrue(!m.contains("\n") && !m.contains("\r"), m);
        }
    }

    @Test
    void defaultsResolve() {
        Parameters p = REGISTRY.resolve(Map.of());
        assertEquals(1000, p.getInt("individuals"));
        assertEquals(0.5, p.getDouble("digital_access"), 0.0);
        assertEquals(0.8, p.getDouble("skill_sigma"), 0.0);
        assertEquals(false, p.getBoolean("verbose"));
        assertEquals("squeeze", p.getChoice("policy"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("individuals", "1000");
        expected.put("digital_access", "0.5");
        expected.put("skill_sigma", "0.8");
        expected.put("verbose", "false");
        expected.put("policy", "squeeze");
        assertEquals(expected, p.asText());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(p.asText().keySet()), "declaration order");
    }

    @Test
    void userValuesAreParsedLeniently() {
        Parameters p = REGISTRY.resolve(Map.of("individuals", " 1_000_000 ", "digital_access", " 0.25",
                "verbose", "TRUE", "policy", "League"));
        assertEquals(1_000_000, p.getInt("individuals"));
        assertEquals(0.25, p.getDouble("digital_access"), 0.0);
        assertEquals(true, p.getBoolean("verbose"));
        assertEquals("league", p.getChoice("policy"));
        assertEquals(3000, REGISTRY.resolve(Map.of("individuals", "3e3")).getInt("individuals"));
    }

    @Test
    void asTextIsCanonical() {
        assertEquals("0.5", REGISTRY.resolve(Map.of("digital_access", "0.50")).asText().get("digital_access"));
        assertEquals("0.5", REGISTRY.resolve(Map.of("digital_access", "5e-1")).asText().get("digital_access"));
        assertEquals("0.0", REGISTRY.resolve(Map.of("skill_sigma", "-0.0")).asText().get("skill_sigma"));
        assertEquals("0.0", REGISTRY.resolve(Map.of("skill_sigma", "0")).asText().get("skill_sigma"));
        assertEquals("3.0", REGISTRY.resolve(Map.of("skill_sigma", "3")).asText().get("skill_sigma"));
        assertEquals("1000", REGISTRY.resolve(Map.of("individuals", "1e3")).asText().get("individuals"));
        assertEquals("7", REGISTRY.resolve(Map.of("individuals", "7.0")).asText().get("individuals"));
        assertEquals("true", REGISTRY.resolve(Map.of("verbose", "True")).asText().get("verbose"));
        assertEquals("offshore", REGISTRY.resolve(Map.of("policy", "OFFSHORE")).asText().get("policy"));
        // -0.0 is folded to +0.0, not only in text
        assertEquals(Double.doubleToRawLongBits(0.0),
                Double.doubleToRawLongBits(REGISTRY.resolve(Map.of("skill_sigma", "-0.0")).getDouble("skill_sigma")));
    }

    @Test
    void equalValuesGiveEqualParameters() {
        Parameters a = REGISTRY.resolve(Map.of("digital_access", "0.50", "individuals", "1e3"));
        Parameters b = REGISTRY.resolve(Map.of());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.asText(), REGISTRY.resolve(a.asText()).asText(), "asText round-trips");
    }

    @Test
    void withReplacesAndValidates() {
        Parameters p = REGISTRY.resolve(Map.of("individuals", "5"));
        Parameters q = p.with(Map.of("digital_access", "0.7"));
        assertEquals(5, q.getInt("individuals"));
        assertEquals(0.7, q.getDouble("digital_access"), 0.0);
        assertEquals(0.5, p.getDouble("digital_access"), 0.0, "the original is unchanged");
        assertThrows(ConfigurationException.class, () -> p.with(Map.of("digital_access", "7")));
        assertEquals("unknown parameter 'polcy'; did you mean 'policy'? "
                        + "Known: individuals, digital_access, skill_sigma, verbose, policy",
                assertThrows(ConfigurationException.class, () -> p.with(Map.of("polcy", "league"))).getMessage());
    }

    @Test
    void gettersCheckTheType() {
        Parameters p = REGISTRY.resolve(Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.getInt("digital_access"));
        assertEquals("parameter digital_access is DOUBLE, not INT", e.getMessage());
        assertThrows(ConfigurationException.class, () -> p.getDouble("digital"));
    }

    @Test
    void withDefaultsReplacesDefaultsAndValidatesThem() {
        ParameterRegistry r = REGISTRY.withDefaults(Map.of("digital_access", "0.70", "policy", "LEAGUE"));
        assertEquals("0.7", r.spec("digital_access").defaultValue());
        assertEquals("league", r.spec("policy").defaultValue());
        assertEquals(0.7, r.resolve(Map.of()).getDouble("digital_access"), 0.0);
        assertEquals("0.5", REGISTRY.spec("digital_access").defaultValue(), "the original is unchanged");
        assertEquals(REGISTRY.names(), r.names());

        assertEquals("parameter 'digital_access': value 2 is out of range; allowed: a real number from 0.01 to 0.99",
                assertThrows(ConfigurationException.class,
                        () -> REGISTRY.withDefaults(Map.of("digital_access", "2"))).getMessage());
        assertEquals("unknown parameter 'individual'; did you mean 'individuals'? "
                        + "Known: individuals, digital_access, skill_sigma, verbose, policy",
                assertThrows(ConfigurationException.class,
                        () -> REGISTRY.withDefaults(Map.of("individual", "2"))).getMessage());
    }

    @Test
    void declarationErrorsAreIllegalArguments() {
        // A default outside its own range is reported through parse(), hence as a ConfigurationException
        // (a subclass of IllegalArgumentException) naming the parameter and the value.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.real("x", 2.0, 0.0, 1.0, "1", "0.1", "d"));
        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("2.0"), e.getMessage());
        assertEquals("parameter x: min 2.0 > max 1.0", assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.real("x", 1.5, 2.0, 1.0, "1", "0.1", "d")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.real("x", 0.5, Double.NaN, 1.0, "1", "0.1", "d"));
        assertEquals("parameter name must be snake_case: DigitalAccess", assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.real("DigitalAccess", 0.5, 0.0, 1.0, "1", "0.1", "d")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.integer("n", 0, 1, 10, "1", "0.1", "d"));
        assertEquals("parameter c: a choice needs choices", assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.choice("c", "a", List.of(), "0.1", "d")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.choice("c", "z", List.of("a", "b"), "0.1", "d"));
        assertEquals("duplicate parameter a", assertThrows(IllegalArgumentException.class,
                () -> ParameterRegistry.of(List.of(ParameterSpec.flag("a", true, "e", "d"),
                        ParameterSpec.flag("a", false, "e", "d")))).getMessage());
    }

    @Test
    void specDescribesItsRange() {
        assertEquals("a real number from 0.01 to 0.99", REGISTRY.spec("digital_access").allowed());
        assertEquals("a whole number from 1 to 50000000", REGISTRY.spec("individuals").allowed());
        assertEquals("true or false", REGISTRY.spec("verbose").allowed());
        assertEquals("one of squeeze, league, offshore", REGISTRY.spec("policy").allowed());
        assertEquals("0.01", REGISTRY.spec("digital_access").minText());
        assertEquals("3", REGISTRY.spec("skill_sigma").maxText());
        assertEquals("50000000", REGISTRY.spec("individuals").maxText());
        assertEquals("", REGISTRY.spec("verbose").minText());
    }
}
