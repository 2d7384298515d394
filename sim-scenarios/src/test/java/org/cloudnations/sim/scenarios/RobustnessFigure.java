package org.cloudnations.sim.scenarios;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a claim test (a test method whose name starts with {@code claim}) and names what a reader
 * needs to find the claim elsewhere: its robustness figure {@code figures/<value>.json} (a Latin
 * hypercube over the claim's context parameters, rendered by {@code sim figure}), the scenario its
 * arms run, the parameters in which its arms differ and the metrics its statistics are computed
 * from. {@code ClaimCatalogueTest} checks that every claim test carries it, that the figure's spec
 * names the same scenario, that docs/model.md's claim catalogue lists the claim with its test, and
 * that no single rule both reads one of {@link #varies()} and computes one of {@link #metrics()}
 * unless docs/model.md's review of such pairs explains why the metric is not set directly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RobustnessFigure {
    /** @return the figure's id, {@code claim-} followed by the claim's id (figures/ID.json) */
    String value();

    /** @return the name of the scenario the claim's arms run (as {@code sim list} prints it) */
    String scenario();

    /**
     * @return the parameters in which the treatment arm differs from the control arm; empty for a
     *     claim that compares two groups within one run or a run with a fixed reference
     */
    String[] varies();

    /** @return the metrics from which the claim's per-run statistics are computed */
    String[] metrics();
}
