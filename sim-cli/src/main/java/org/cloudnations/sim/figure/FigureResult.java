package org.cloudnations.sim.figure;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Figure#render} made.
 *
 * @param id the figure's id
 * @param size paper or test
 * @param runs runs of the figure's sweep
 * @param ranNow runs made now (the others came from the cache)
 * @param dataSha256 the SHA-256 of the plotted data
 * @param expectedSha256 the spec's checksum at this size, or null when it has none
 * @param files the files written, in the order SVG, PDF, PNG, CSV, provenance JSON
 */
public record FigureResult(String id, FigureSize size, int runs, int ranNow, String dataSha256, String expectedSha256,
                           List<Path> files) {
    /**
     * Copies the list of files.
     *
     * @param id see {@link #id()}
     * @param size see {@link #size()}
     * @param runs see {@link #runs()}
     * @param ranNow see {@link #ranNow()}
     * @param dataSha256 see {@link #dataSha256()}
     * @param expectedSha256 see {@link #expectedSha256()}
     * @param files see {@link #files()}
     */
    public FigureResult {
        files = List.copyOf(files);
    }

    /** @return whether the data match the spec's checksum */
    public boolean matches() {
        return dataSha256.equals(expectedSha256);
    }
}
