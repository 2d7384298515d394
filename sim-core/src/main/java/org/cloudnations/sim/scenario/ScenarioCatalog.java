package org.cloudnations.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;

/** An ordered set of scenarios, looked up by name with "did you mean" suggestions. */
public final class ScenarioCatalog {
    private final Map<String, Scenario> byName = new LinkedHashMap<>();

    /**
     * @param scenarios the scenarios, names distinct
     */
    public ScenarioCatalog(List<Scenario> scenarios) {
        for (Scenario s : scenarios) {
            if (byName.put(s.name(), s) != null) {
                throw new IllegalArgumentException("duplicate scenario " + s.name());
            }
        }
    }

    /** @return every scenario, in listing order */
    public List<Scenario> all() {
        return List.copyOf(byName.values());
    }

    /**
     * @param name a scenario name
     * @return the scenario
     * @throws ConfigurationException for an unknown name, with a suggestion and the known names
     */
    public Scenario get(String name) {
        Scenario s = byName.get(name);
        if (s == null) {
            throw new ConfigurationException(Names.unknown("scenario", name, byName.keySet()));
        }
        return s;
    }
}
