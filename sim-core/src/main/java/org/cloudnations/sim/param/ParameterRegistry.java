package org.cloudnations.sim.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered, immutable set of parameter declarations. It turns user-given text into validated
 * {@link Parameters} exactly once, when a run is configured.
 */
public final class ParameterRegistry {
    private final Map<String, ParameterSpec> specs;

    private ParameterRegistry(Map<String, ParameterSpec> specs) {
        this.specs = Collections.unmodifiableMap(specs);
    }

    /**
     * @param specs the declarations, in display order; names must be distinct
     * @return the registry
     */
    public static ParameterRegistry of(List<ParameterSpec> specs) {
        Map<String, ParameterSpec> m = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            if (m.put(s.name(), s) != null) {
                throw new IllegalArgumentException("duplicate parameter " + s.name());
            }
        }
        return new ParameterRegistry(m);
    }

    /** @return the declarations in display order */
    public List<ParameterSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** @return the parameter names in display order */
    public List<String> names() {
        return List.copyOf(specs.keySet());
    }

    /**
     * @param name a parameter name
     * @return its declaration
     * @throws ConfigurationException for an unknown name, with a suggestion
     */
    public ParameterSpec spec(String name) {
        ParameterSpec s = specs.get(name);
        if (s == null) {
            throw new ConfigurationException(Names.unknown("parameter", name, specs.keySet()));
        }
        return s;
    }

    /**
     * A registry whose defaults are replaced by {@code defaults}, each validated.
     *
     * @param defaults name to text
     * @return the new registry
     * @throws ConfigurationException for unknown names or bad values
     */
    public ParameterRegistry withDefaults(Map<String, String> defaults) {
        for (String n : defaults.keySet()) {
            spec(n);
        }
        List<ParameterSpec> out = new ArrayList<>();
        for (ParameterSpec s : specs.values()) {
            String d = defaults.get(s.name());
            out.add(d == null ? s : s.withDefault(d));
        }
        return of(out);
    }

    /**
     * Validates user values and fills in defaults.
     *
     * @param values name to text; names must be declared
     * @return every parameter resolved
     * @throws ConfigurationException naming the first bad name or value
     */
    public Parameters resolve(Map<String, String> values) {
        for (String n : values.keySet()) {
            spec(n);
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (ParameterSpec s : specs.values()) {
            String given = values.get(s.name());
            resolved.put(s.name(), s.parse(given == null ? s.defaultValue() : given));
        }
        return new Parameters(this, resolved);
    }
}
