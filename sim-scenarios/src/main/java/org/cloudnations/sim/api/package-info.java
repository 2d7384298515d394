/**
 * The fluent API for embedding the library in scripts and notebooks.
 *
 * <p>{@link org.cloudnations.sim.api.Simulation} configures a run (a shipped scenario by name or any
 * {@link org.cloudnations.sim.scenario.Scenario}), validating every value as it is given;
 * {@link org.cloudnations.sim.api.Result} holds what it produced: named series as {@code double[]},
 * the same as rows, the manifest, and CSV and manifest writers;
 * {@link org.cloudnations.sim.api.Sweep} varies parameters over values and streams one result per
 * run, keeping none. Charts of results are drawn by {@code org.cloudnations.sim.chart.Charts} in
 * the {@code sim-cli} artifact, so that this artifact needs no AWT, Swing or JFreeChart.
 *
 * <pre>{@code
 * Result r = Simulation.of("baseline").set("digital_access", 0.7).seed(7).ticks(200).run();
 * System.out.println(r);                       // a summary table
 * double[] share = r.series("cloud_share");    // one value per tick, from tick 0
 * r.writeCsv(Path.of("out/metrics.csv"));
 * }</pre>
 */
package org.cloudnations.sim.api;
