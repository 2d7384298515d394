package org.cloudnations.sim.figure;

import java.util.Arrays;
import java.util.List;

/** A choice written in specs by a name (chart kinds, aggregates, closed forms). */
interface SpecName {
    /** @return the name used in specs */
    String label();

    /**
     * @param type the enum of choices
     * @param <E> its type
     * @return every name used in specs, in declaration order
     */
    static <E extends Enum<E> & SpecName> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(SpecName::label).toList();
    }

    /**
     * @param type the enum of choices
     * @param text a name used in specs
     * @param <E> its type
     * @return the choice, or null when unknown
     */
    static <E extends Enum<E> & SpecName> E of(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(k -> k.label().equals(text)).findFirst().orElse(null);
    }
}
