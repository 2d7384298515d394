package org.cloudnations.sim.figure;

import java.util.List;

/**
 * What {@link Figure#verify} found: the recomputed data's checksum against the spec's.
 *
 * @param id the figure's id
 * @param size paper or test
 * @param expectedSha256 the spec's checksum at this size, or null when it has none
 * @param actualSha256 the recomputed data's checksum
 * @param diff a short diff of the data against the expected data file beside the spec
 *             (empty when they match; at most a few lines)
 */
public record Verification(String id, FigureSize size, String expectedSha256, String actualSha256, List<String> diff) {
    /**
     * Copies the diff.
     *
     * @param id see {@link #id()}
     * @param size see {@link #size()}
     * @param expectedSha256 see {@link #expectedSha256()}
     * @param actualSha256 see {@link #actualSha256()}
     * @param diff see {@link #diff()}
     */
    public Verification {
        diff = List.copyOf(diff);
    }

    /** @return whether the recomputed data match the checksum */
    public boolean ok() {
        return actualSha256.equals(expectedSha256);
    }
}
