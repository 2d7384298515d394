package org.cloudnations.sim.engine;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A condition a model's state must satisfy after every tick, verified in the checking mode
 * ({@link RunConfig#check()}).
 *
 * @param owner who declared it, e.g. the rule's name
 * @param name what must hold, in words, e.g. {@code states' labour counts sum to N}
 * @param holds evaluates the condition on the current state
 */
public record Invariant(String owner, String name, BooleanSupplier holds) {
    /**
     * Validates the fields.
     *
     * @param owner see {@link #owner()}
     * @param name see {@link #name()}
     * @param holds see {@link #holds()}
     */
    public Invariant {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(holds, "holds");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an invariant needs a name");
        }
    }
}
