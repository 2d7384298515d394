package org.cloudnations.sim.sweep.design;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;

/** The experimental designs a sweep can use, as named on the command line. */
public enum DesignKind {
    /** Full factorial of every vary's levels. */
    GRID(false),
    /** Independent uniform points. */
    RANDOM(true),
    /** Latin hypercube: every vary's range cut into N strata, each used once. */
    LHS(true),
    /** Saltelli's scheme on a Sobol sequence, for first- and total-order Sobol indices. */
    SOBOL(true),
    /** One at a time: a base point, then each vary through its levels with the others at base. */
    OAT(false),
    /** Morris elementary-effects trajectories, for mu* and sigma. */
    MORRIS(true);

    private final boolean needsSamples;

    DesignKind(boolean needsSamples) {
        this.needsSamples = needsSamples;
    }

    /** @return whether the design takes {@code --samples} */
    public boolean needsSamples() {
        return needsSamples;
    }

    /** @return whether {@code :N} levels of a range mean something to this design */
    public boolean usesRangeLevels() {
        return this == GRID || this == OAT;
    }

    /** @return the name as typed on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return every label */
    public static List<String> labels() {
        return Arrays.stream(values()).map(DesignKind::label).toList();
    }

    /**
     * @param text a design name
     * @return the design
     * @throws ConfigurationException for an unknown name, with a suggestion
     */
    public static DesignKind parse(String text) {
        for (DesignKind k : values()) {
            if (k.label().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new ConfigurationException(Names.unknown("design", text, labels()));
    }
}
