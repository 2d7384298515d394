/**
 * Results as <a href="https://github.com/jtablesaw/tablesaw">Tablesaw</a> tables, for notebooks and
 * scripts: filter, group, summarise, join and plot with a data-frame library instead of arrays and maps.
 *
 * <p>{@link org.cloudnations.sim.tablesaw.ResultTables} turns a run's series into a table (tick, then one
 * column per metric) and reads a sweep folder: its {@code runs.csv} (one row per run, varied
 * parameters typed) and its {@code series.csv.gz} (long: run, tick, metrics), the latter streamed
 * through a {@link org.cloudnations.sim.tablesaw.SeriesFilter} so that only the runs, metrics and
 * ticks asked for are held. {@link org.cloudnations.sim.tablesaw.Summaries} has the one-liners
 * researchers use most, built on Tablesaw's own {@code summarize(...).by(...)}.
 *
 * <pre>{@code
 * Path dir = Simulation.of("baseline").ticks(100).sweep()
 *         .vary("digital_access", 0.1, 0.5, 0.9).replicates(5).writeTo(Path.of("sweeps/access"), 2).dir();
 * Table runs = ResultTables.runs(dir);
 * System.out.println(Summaries.meanAndInterval(runs, "cloud_share", "digital_access"));
 * }</pre>
 *
 * <p>This module is optional: {@code sim-core} and {@code sim-scenarios} do not depend on it or on
 * Tablesaw.
 */
package org.cloudnations.sim.tablesaw;
