/**
 * cloudnations: an agent-based simulation of nation-states versus cloud communities.
 *
 * <p>Quick start from Java:
 * <pre>{@code
 * RunResult r = Runner.run(scenario.configure(Map.of("digital_access", "0.7"), 7L, 100, 2));
 * double[] share = r.series().column("cloud_share");
 * }</pre>
 *
 * <p>Packages, one concept each: {@code random} (counter-based random streams),
 * {@code param} (parameter declarations and validation), {@code metric} (metric declarations and
 * recorded series), {@code table} (the world's entity tables: struct-of-arrays individuals, few-row
 * states, firms, communities, teams), {@code rule} (rules and rule sets), {@code engine} (the MASON
 * world, phases, parallel loop, run configurations, results and manifests), {@code scenario} (a
 * rule set with parameter defaults), {@code output} (CSV and manifest files), {@code stats} (Gini,
 * HHI, signed-rank test, Hodges-Lehmann shift), {@code sweep} (designs, runs, stores, sensitivity),
 * {@code checkpoint} (checkpoints of long runs: write, refuse another run's, continue) and
 * {@code model.*} (the rules of each model).
 */
package org.cloudnations.sim;
