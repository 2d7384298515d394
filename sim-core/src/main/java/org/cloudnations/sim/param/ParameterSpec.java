package org.cloudnations.sim.param;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The declaration of one model parameter: name, type, default, allowed range (or choices), unit,
 * a one-line description and the row of the seed digest (shared/MECHANISMS.md) it formalises.
 *
 * <p>Values arrive as text (command line, scenario files) and are parsed and validated by
 * {@link #parse(String)}, which rejects NaN, infinities, out-of-range values and malformed text
 * with a one-line {@link ConfigurationException}.
 *
 * @param name snake_case name
 * @param type value type
 * @param defaultValue canonical text of the default
 * @param min lower bound (INT and DOUBLE), inclusive
 * @param max upper bound (INT and DOUBLE), inclusive
 * @param choices allowed names (CHOICE), empty otherwise
 * @param unit unit of measurement, "1" for dimensionless
 * @param description one line
 * @param seedRow the MECHANISMS.md row(s), e.g. "0.1", or "engine" for technical parameters
 */
public record ParameterSpec(String name, ParamType type, String defaultValue, double min, double max,
                            List<String> choices, String unit, String description, String seedRow) {

    /**
     * Validates the declaration itself, including that the default is allowed.
     *
     * @param name see {@link #name()}
     * @param type see {@link #type()}
     * @param defaultValue see {@link #defaultValue()}
     * @param min see {@link #min()}
     * @param max see {@link #max()}
     * @param choices see {@link #choices()}
     * @param unit see {@link #unit()}
     * @param description see {@link #description()}
     * @param seedRow see {@link #seedRow()}
     */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(seedRow, "seedRow");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be snake_case: " + name);
        }
        choices = List.copyOf(choices);
        if ((type == ParamType.INT || type == ParamType.DOUBLE) && !(min <= max)) {
            throw new IllegalArgumentException("parameter " + name + ": min " + min + " > max " + max);
        }
        if (type == ParamType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + ": a choice needs choices");
        }
        defaultValue = canonical(type, parseValue(name, type, defaultValue, min, max, choices));
    }

    /**
     * A real-valued parameter.
     *
     * @param name snake_case name
     * @param defaultValue default
     * @param min inclusive lower bound
     * @param max inclusive upper bound
     * @param unit unit
     * @param seedRow seed digest row
     * @param description one line
     * @return the declaration
     */
    public static ParameterSpec real(String name, double defaultValue, double min, double max, String unit,
                                     String seedRow, String description) {
        return new ParameterSpec(name, ParamType.DOUBLE, Double.toString(defaultValue), min, max, List.of(), unit,
                description, seedRow);
    }

    /**
     * An integer parameter.
     *
     * @param name snake_case name
     * @param defaultValue default
     * @param min inclusive lower bound
     * @param max inclusive upper bound
     * @param unit unit
     * @param seedRow seed digest row
     * @param description one line
     * @return the declaration
     */
    public static ParameterSpec integer(String name, int defaultValue, int min, int max, String unit,
                                        String seedRow, String description) {
        return new ParameterSpec(name, ParamType.INT, Integer.toString(defaultValue), min, max, List.of(), unit,
                description, seedRow);
    }

    /**
     * A boolean switch.
     *
     * @param name snake_case name
     * @param defaultValue default
     * @param seedRow seed digest row
     * @param description one line
     * @return the declaration
     */
    public static ParameterSpec flag(String name, boolean defaultValue, String seedRow, String description) {
        return new ParameterSpec(name, ParamType.BOOLEAN, Boolean.toString(defaultValue), 0, 1, List.of(), "1",
                description, seedRow);
    }

    /**
     * A choice among names.
     *
     * @param name snake_case name
     * @param defaultValue default, one of the choices
     * @param choices allowed names
     * @param seedRow seed digest row
     * @param description one line
     * @return the declaration
     */
    public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String seedRow,
                                       String description) {
        return new ParameterSpec(name, ParamType.CHOICE, defaultValue, 0, 0, choices, "1", description, seedRow);
    }

    /**
     * A choice among the constants of an enum, each named by its {@link #label}; the model reads it
     * back as the constant with {@link Parameters#getEnum}.
     *
     * @param name snake_case name
     * @param defaultValue default constant
     * @param seedRow seed digest row
     * @param description one line
     * @param <E> the enum
     * @return the declaration
     */
    public static <E extends Enum<E>> ParameterSpec choice(String name, E defaultValue, String seedRow,
                                                           String description) {
        List<String> labels = java.util.Arrays.stream(defaultValue.getDeclaringClass().getEnumConstants())
                .map(ParameterSpec::label).toList();
        return choice(name, label(defaultValue), labels, seedRow, description);
    }

    /**
     * The name of an enum constant as users type it: lower case, {@code _} as {@code -}
     * ({@code SQUEEZE_LEAGUE} is {@code squeeze-league}).
     *
     * @param constant an enum constant
     * @return its label
     */
    public static String label(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * This declaration with another default, validated like any user value.
     *
     * @param text the new default
     * @return a copy
     */
    public ParameterSpec withDefault(String text) {
        return new ParameterSpec(name, type, canonical(type, parse(text)), min, max, choices, unit, description,
                seedRow);
    }

    /**
     * Parses and validates a value given as text.
     *
     * @param text the value
     * @return an Integer, Double, Boolean or String according to {@link #type()}
     * @throws ConfigurationException naming the parameter, the value and what is allowed
     */
    public Object parse(String text) {
        return parseValue(name, type, text, min, max, choices);
    }

    /** @return what values are allowed, in words, e.g. "a real number from 0 to 1" */
    public String allowed() {
        return allowed(type, min, max, choices);
    }

    /** @return the lower bound as text, empty for BOOLEAN and CHOICE */
    public String minText() {
        return bound(min);
    }

    /** @return the upper bound as text, empty for BOOLEAN and CHOICE */
    public String maxText() {
        return bound(max);
    }

    private String bound(double v) {
        return switch (type) {
            case INT -> Long.toString((long) v);
            case DOUBLE -> number(v);
            case BOOLEAN, CHOICE -> "";
        };
    }

    /**
     * The canonical text of a parsed value, as written to manifests.
     *
     * @param type the type
     * @param value the parsed value
     * @return the text
     */
    static String canonical(ParamType type, Object value) {
        return type == ParamType.DOUBLE ? Double.toString((Double) value) : value.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String allowed(ParamType type, double min, double max, List<String> choices) {
        return switch (type) {
            case INT -> "a whole number from " + number(min) + " to " + number(max);
            case DOUBLE -> "a real number from " + number(min) + " to " + number(max);
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
        };
    }

    private static Object parseValue(String name, ParamType type, String text, double min, double max,
                                     List<String> choices) {
        if (text == null) {
            throw new ConfigurationException("parameter '" + name + "': no value given; allowed: "
                    + allowed(type, min, max, choices));
        }
        String t = text.trim();
        String prefix = "parameter '" + name + "': ";
        switch (type) {
            case INT: {
                long v;
                try {
                    double d = Double.parseDouble(t.replace("_", ""));
                    if (Double.isNaN(d) || d != Math.rint(d) || Double.isInfinite(d)) {
                        throw new NumberFormatException();
                    }
                    v = (long) d;
                } catch (NumberFormatException e) {
                    throw new ConfigurationException(prefix + "'" + text + "' is not a whole number; allowed: "
                            + allowed(type, min, max, choices));
                }
                if (v < min || v > max) {
                    throw new ConfigurationException(prefix + "value " + t + " is out of range; allowed: "
                            + allowed(type, min, max, choices));
                }
                return (int) v;
            }
            case DOUBLE: {
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new ConfigurationException(prefix + "'" + text + "' is not a number; allowed: "
                            + allowed(type, min, max, choices));
                }
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    throw new ConfigurationException(prefix + "value " + t + " is not a finite number; allowed: "
                            + allowed(type, min, max, choices));
                }
                if (v < min || v > max) {
                    throw new ConfigurationException(prefix + "value " + t + " is out of range; allowed: "
                            + allowed(type, min, max, choices));
                }
                return v == 0.0 ? 0.0 : v; // fold -0.0 so the canonical text is stable
            }
            case BOOLEAN: {
                String l = t.toLowerCase(Locale.ROOT);
                if (l.equals("true") || l.equals("false")) {
                    return Boolean.valueOf(l);
                }
                throw new ConfigurationException(prefix + "'" + text + "' is not a boolean; allowed: true or false");
            }
            case CHOICE: {
                for (String c : choices) {
                    if (c.equalsIgnoreCase(t)) {
                        return c;
                    }
                }
                String hint = Names.closest(t, choices).map(s -> "; did you mean '" + s + "'?").orElse(".");
                throw new ConfigurationException(prefix + "'" + text + "' is not allowed" + hint + " Allowed: "
                        + String.join(", ", choices));
            }
            default:
                throw new AssertionError(type);
        }
    }
}
