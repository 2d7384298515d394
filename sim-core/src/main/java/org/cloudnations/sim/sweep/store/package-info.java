/**
 * The files of a sweep folder: {@code runs.csv}, {@code series.csv.gz}, the commit records that
 * make appends crash safe and resume exact ({@link org.cloudnations.sim.sweep.store.SweepFolder}),
 * the manifest ({@link org.cloudnations.sim.sweep.store.SweepManifest}) and the readers of those
 * files.
 */
package org.cloudnations.sim.sweep.store;
