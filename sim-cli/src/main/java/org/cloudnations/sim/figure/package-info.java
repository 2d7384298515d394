/**
 * Paper figures made again from specs: {@code figures/*.json} files that name a sweep, what to plot
 * and how, and the SHA-256 of the plotted data. {@link org.cloudnations.sim.figure.Figure} makes a
 * figure (SVG, PDF, PNG, data CSV, provenance JSON) and verifies its data; {@code sim figure} is
 * the command. The sweep engine is reached through one adapter class only.
 */
package org.cloudnations.sim.figure;
