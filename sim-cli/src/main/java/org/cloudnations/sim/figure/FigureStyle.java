package org.cloudnations.sim.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Typography and colours for paper figures: sizes in points (figures are drawn in points, so an
 * 8 cm figure prints its 8 pt labels at 8 pt), and the Okabe-Ito palette (Okabe &amp; Ito 2008,
 * "Color universal design"), whose colours stay distinct for the common colour-vision deficiencies.
 */
final class FigureStyle {
    /** Points per centimetre. */
    static final double POINTS_PER_CM = 72 / 2.54;
    /** Axis labels. */
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    /** Tick labels, legend and table cells. */
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
    /** Line width of data lines. */
    static final Stroke LINE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Line width of closed-form reference lines: dashed. */
    static final Stroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {3f, 2f}, 0f);
    /** Grid lines. */
    static final Color GRID = new Color(0xdddddd);
    /** Reference values and text. */
    static final Color INK = Color.BLACK;
    /** Secondary text. */
    static final Color MUTED = new Color(0x555555);
    /** Okabe-Ito, in the order lines take them (black is kept for references). */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442)};

    private FigureStyle() {
    }

    /**
     * @param i a line's index
     * @return its colour
     */
    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }
}
