package org.cloudnations.sim.sweep.design;

import java.util.List;

/**
 * An experimental design: a fixed, ordered list of points, each giving one canonical value to
 * every varied parameter. Implementations are immutable or synchronised, so worker threads may
 * ask for points in any order; a point depends only on its index, never on the order of calls.
 */
public interface Design {
    /** @return the design's kind */
    DesignKind kind();

    /** @return the varied parameters, in column order */
    List<Vary> varies();

    /** @return the number of points */
    int points();

    /**
     * @param index a point, 0 to {@link #points()} - 1
     * @return one canonical value per vary, in {@link #varies()} order
     */
    String[] point(int index);

    /**
     * The design point whose run seeds the runs of point {@code index} take: the point itself,
     * except in a design that crosses points with arms ({@link ArmedDesign}), where all arms of a
     * point share its seeds.
     *
     * @param index a point, 0 to {@link #points()} - 1
     * @return the point the seeds derive from
     */
    default int seedPoint(int index) {
        return index;
    }
}
