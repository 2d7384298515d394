package org.cloudnations.sim.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every parameter of a run, resolved and validated; immutable. */
public final class Parameters {
    private final ParameterRegistry registry;
    private final Map<String, Object> values;

    Parameters(ParameterRegistry registry, Map<String, Object> values) {
        this.registry = registry;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return the registry these values were validated against */
    public ParameterRegistry registry() {
        return registry;
    }

    /**
     * @param name a DOUBLE parameter
     * @return its value
     */
    public double getDouble(String name) {
        return (Double) typed(name, ParamType.DOUBLE);
    }

    /**
     * @param name an INT parameter
     * @return its value
     */
    public int getInt(String name) {
        return (Integer) typed(name, ParamType.INT);
    }

    /**
     * @param name a BOOLEAN parameter
     * @return its value
     */
    public boolean getBoolean(String name) {
        return (Boolean) typed(name, ParamType.BOOLEAN);
    }

    /**
     * @param name a CHOICE parameter
     * @return the chosen name
     */
    public String getChoice(String name) {
        return (String) typed(name, ParamType.CHOICE);
    }

    /**
     * @param name a CHOICE parameter declared from an enum ({@link ParameterSpec#choice(String, Enum,
     *             String, String)})
     * @param type the enum
     * @param <E> the enum
     * @return the chosen constant
     * @throws IllegalArgumentException when the choice is not a constant of {@code type}
     */
    public <E extends Enum<E>> E getEnum(String name, Class<E> type) {
        String chosen = getChoice(name);
        for (E e : type.getEnumConstants()) {
            if (ParameterSpec.label(e).equals(chosen)) {
                return e;
            }
        }
        throw new IllegalArgumentException("parameter " + name + " holds '" + chosen + "', not a constant of " + type);
    }

    /** @return every value as canonical text, in declaration order (for manifests) */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, ParameterSpec.canonical(registry.spec(k).type(), v)));
        return Collections.unmodifiableMap(m);
    }

    /**
     * A copy with some values replaced (validated).
     *
     * @param changes name to text
     * @return the new parameters
     */
    public Parameters with(Map<String, String> changes) {
        Map<String, String> m = new LinkedHashMap<>(asText());
        for (String k : changes.keySet()) {
            registry.spec(k);
        }
        m.putAll(changes);
        return registry.resolve(m);
    }

    private Object typed(String name, ParamType type) {
        ParameterSpec s = registry.spec(name);
        if (s.type() != type) {
            throw new IllegalArgumentException("parameter " + name + " is " + s.type() + ", not " + type);
        }
        return values.get(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return asText().toString();
    }
}
