package org.cloudnations.sim.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Something that draws itself into a rectangle, in points: a chart or a table. */
@FunctionalInterface
interface Drawing {
    /**
     * @param g the graphics to draw on
     * @param area where, in points
     */
    void draw(Graphics2D g, Rectangle2D area);
}
