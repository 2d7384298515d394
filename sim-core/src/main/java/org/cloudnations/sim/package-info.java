/**
 * cloudnations: an agent-based simulation of nation-states versus cloud communities.
 *
 * <p>Quick start from Java:
 * <pre>{@code
 * RunResult r = Runner.run(RunConfig.of(scenario, Map.of("digital_access", "0.7"), 7L, 100, 2));
 * double[] share = r.series().column("cloud_share");
 * }</pre>
 *
 * <p>Packages, one concept each: {@code random} (counter-based random streams),
 * {@code param} (parameter declarations and validation), {@code metric} (metric declarations and
 * recorded series), {@code population} (struct-of-arrays individuals), {@code engine} (the MASON
 * world, phases, parallel loop, runs), {@code scenario} (named parameter sets), {@code output}
 * (CSV and manifest files) and {@code model.*} (the rules).
 */
package org.cloudnations.sim;
