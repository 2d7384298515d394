package org.cloudnations.sim.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes a chart as PNG and as SVG (JFreeSVG), side by side; the same chart gives the same bytes
 * (the SVG's clip-path ids have a fixed prefix instead of JFreeSVG's clock-based one).
 */
public final class ChartFiles {
    /** Width in pixels. */
    public static final int WIDTH = 900;
    /** Height in pixels. */
    public static final int HEIGHT = 540;

    private ChartFiles() {
    }

    /**
     * @param chart the chart
     * @param dir the folder
     * @param name the file name without extension
     * @throws IOException when a file cannot be written
     */
    public static void write(JFreeChart chart, Path dir, String name) throws IOException {
        ChartUtils.saveChartAsPNG(dir.resolve(name + ".png").toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("chart-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        SVGUtils.writeToSVG(dir.resolve(name + ".svg").toFile(), g.getSVGElement());
    }
}
