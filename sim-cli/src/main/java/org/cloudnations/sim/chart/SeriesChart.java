package org.cloudnations.sim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cloudnations.sim.metric.MetricSeries;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line charts of metrics against ticks. */
public final class SeriesChart {
    private static final Color[] PALETTE = {
        new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a),
        new Color(0x66a61e), new Color(0xe6ab02), new Color(0xa6761d), new Color(0x666666)};

    private SeriesChart() {
    }

    /**
     * Builds a line chart of the named metrics.
     *
     * @param series the recorded series
     * @param metrics metric names to draw
     * @param title chart title
     * @return the chart
     */
    public static JFreeChart lines(MetricSeries series, List<String> metrics, String title) {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        long[] ticks = series.ticks();
        for (String m : metrics) {
            double[] values = series.column(m);
            XYSeries xy = new XYSeries(m, false, true);
            for (int r = 0; r < ticks.length; r++) {
                xy.add(ticks[r], values[r]);
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "tick", "value", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < metrics.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Writes a line chart as PNG.
     *
     * @param series the recorded series
     * @param metrics metric names to draw
     * @param title chart title
     * @param file destination
     * @throws IOException when the file cannot be written
     */
    public static void writePng(MetricSeries series, List<String> metrics, String title, Path file)
            throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), lines(series, metrics, title), 900, 540);
    }
}
