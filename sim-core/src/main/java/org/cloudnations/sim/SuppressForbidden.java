package org.cloudnations.sim;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lifts the build's ban on non-exact {@code java.lang.Math} functions (the forbiddenapis check of
 * sim-core, signatures in {@code sim-core/src/forbidden/exact-math.txt}) for one reviewed method,
 * constructor or class. Model code must give the same bytes on every JVM and CPU, so it uses
 * {@code StrictMath}; a suppression is only for code whose result cannot reach a model output, and
 * its {@link #reason()} says why.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE, ElementType.FIELD})
public @interface SuppressForbidden {
    /** @return why the banned call is safe here, for the reviewer */
    String reason();
}
