package org.cloudnations.sim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.engine.Manifest;
import org.cloudnations.sim.param.ConfigurationException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of {@link Result}s for scripts and notebooks, drawn headless with JFreeChart: metrics
 * against ticks ({@link #line(Result, Path, String...)}) and response curves, a summary of many runs
 * against a parameter ({@link #curves(Path, String, String, String, Curve...)}). Each chart can be
 * written as PNG or returned as an image, which Java notebook kernels display when a cell ends with
 * it.
 */
public final class Charts {
    /** Width of every chart, in pixels. */
    public static final int WIDTH = 900;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 540;

    private static final Color[] PALETTE = {
        new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a),
        new Color(0x66a61e), new Color(0xe6ab02), new Color(0xa6761d), new Color(0x666666)};

    private Charts() {
    }

    /**
     * Writes a PNG line chart of metrics against ticks, creating missing parent folders.
     *
     * @param result a run's result
     * @param file the destination, replaced if present
     * @param metrics metric names to draw; none for the model's suggested {@link Result#chartMetrics()}
     * @return {@code file}
     * @throws ConfigurationException for an unknown metric name
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Path line(Result result, Path file, String... metrics) {
        Objects.requireNonNull(file, "file");
        return write(lineChart(result, metrics), file);
    }

    /**
     * A line chart of metrics against ticks as an image, e.g. to end a notebook cell with.
     *
     * @param result a run's result
     * @param metrics metric names to draw; none for the model's suggested {@link Result#chartMetrics()}
     * @return the image, {@value #WIDTH} by {@value #HEIGHT} pixels
     * @throws ConfigurationException for an unknown metric name
     */
    public static BufferedImage lineImage(Result result, String... metrics) {
        return lineChart(result, metrics).createBufferedImage(WIDTH, HEIGHT);
    }

    /**
     * The line chart of metrics against ticks, for further styling with JFreeChart.
     *
     * @param result a run's result
     * @param metrics metric names to draw; none for the model's suggested {@link Result#chartMetrics()}
     * @return the chart
     * @throws ConfigurationException for an unknown metric name
     */
    public static JFreeChart lineChart(Result result, String... metrics) {
        Objects.requireNonNull(result, "result");
        List<String> names = metrics.length == 0 ? result.chartMetrics() : List.of(metrics);
        for (String n : names) {
            result.series(n); // validates the name, with a suggestion
        }
        Manifest m = result.manifest();
        String title = String.format(Locale.ROOT, "%s (seed %d, %d individuals)", m.scenario(), m.seed(),
                m.individuals());
        return SeriesChart.lines(result.runResult().series(), names, title);
    }

    /**
     * Writes a PNG chart of one or more curves, y against x, each point marked; creating missing
     * parent folders.
     *
     * @param file the destination, replaced if present
     * @param title the chart's title
     * @param xLabel the horizontal axis label, e.g. a parameter name
     * @param yLabel the vertical axis label, e.g. a metric and its summary
     * @param curves the curves, at least one
     * @return {@code file}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Path curves(Path file, String title, String xLabel, String yLabel, Curve... curves) {
        Objects.requireNonNull(file, "file");
        return write(curvesChart(title, xLabel, yLabel, curves), file);
    }

    /**
     * Writes a PNG chart of one curve, y against x (a response curve), each point marked.
     *
     * @param file the destination, replaced if present
     * @param xLabel the horizontal axis label, e.g. a parameter name
     * @param yLabel the vertical axis label and the curve's name
     * @param x the horizontal coordinates
     * @param y the vertical coordinates, as many as {@code x}
     * @return {@code file}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Path curve(Path file, String xLabel, String yLabel, double[] x, double[] y) {
        return curves(file, yLabel + " against " + xLabel, xLabel, yLabel, new Curve(yLabel, x, y));
    }

    /**
     * A chart of one or more curves as an image, e.g. to end a notebook cell with.
     *
     * @param title the chart's title
     * @param xLabel the horizontal axis label
     * @param yLabel the vertical axis label
     * @param curves the curves, at least one
     * @return the image, {@value #WIDTH} by {@value #HEIGHT} pixels
     */
    public static BufferedImage curvesImage(String title, String xLabel, String yLabel, Curve... curves) {
        return curvesChart(title, xLabel, yLabel, curves).createBufferedImage(WIDTH, HEIGHT);
    }

    /**
     * The chart of one or more curves, for further styling with JFreeChart.
     *
     * @param title the chart's title
     * @param xLabel the horizontal axis label
     * @param yLabel the vertical axis label
     * @param curves the curves, at least one
     * @return the chart
     */
    public static JFreeChart curvesChart(String title, String xLabel, String yLabel, Curve... curves) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        if (curves.length == 0) {
            throw new IllegalArgumentException("no curves to draw; give at least one");
        }
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve c : curves) {
            XYSeries s = new XYSeries(c.name(), true, true);
            for (int i = 0; i < c.x.length; i++) {
                s.add(c.x[i], c.y[i]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                curves.length > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < curves.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Path write(JFreeChart chart, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * One curve of a chart: points (x, y) joined in order of x.
     *
     * @param name the curve's name, shown in the legend when there are several curves
     * @param x the horizontal coordinates, finite
     * @param y the vertical coordinates, as many as {@code x}; NaN leaves a gap
     */
    public record Curve(String name, double[] x, double[] y) {
        /**
         * Validates lengths and that x is finite; copies the arrays.
         *
         * @param name the curve's name
         * @param x the horizontal coordinates, finite
         * @param y the vertical coordinates, as many as {@code x}
         */
        public Curve {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            if (x.length == 0 || x.length != y.length) {
                throw new IllegalArgumentException("curve " + name + ": " + x.length + " x values and " + y.length
                        + " y values; allowed: the same number, at least one");
            }
            for (double v : x) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("curve " + name + ": x value " + v
                            + " is not finite; allowed: finite numbers");
                }
            }
            x = x.clone();
            y = y.clone();
        }

        /** @return the horizontal coordinates (a copy) */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** @return the vertical coordinates (a copy) */
        @Override
        public double[] y() {
            return y.clone();
        }

        /** @return whether the other curve has the same name and coordinates */
        @Override
        public boolean equals(Object o) {
            return o instanceof Curve c && c.name.equals(name) && Arrays.equals(c.x, x) && Arrays.equals(c.y, y);
        }

        /** @return a hash of name and coordinates */
        @Override
        public int hashCode() {
            return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
        }

        /** @return the name and the number of points */
        @Override
        public String toString() {
            return "Curve[" + name + ", " + x.length + " points]";
        }
    }
}
