package org.cloudnations.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.chart.Charts;
import org.cloudnations.sim.param.ConfigurationException;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart helper of sim-cli as scripts and notebooks use it (it lives beside them, in their test scope). */
class ChartsTest {
    private static Result result;

    @TempDir
    Path temp;

    @BeforeAll
    static void run() {
        result = Simulation.of("baseline").set("individuals", 1_000).ticks(15).threads(1).seed(2).run();
    }

    @Test
    void lineChartsDrawTheNamedMetricsOrTheModelsSuggestion() {
        JFreeChart named = Charts.lineChart(result, "cloud_share", "power_gini");
        XYDataset data = named.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("cloud_share", data.getSeriesKey(0));
        assertEquals(16, data.getItemCount(0));
        assertEquals(result.series("power_gini")[15], data.getYValue(1, 15));
        assertEquals("baseline (seed 2, 1000 individuals)", named.getTitle().getText());

        XYDataset suggested = Charts.lineChart(result).getXYPlot().getDataset();
        assertEquals(result.chartMetrics().size(), suggested.getSeriesCount());
        for (int i = 0; i < suggested.getSeriesCount(); i++) {
            assertEquals(result.chartMetrics().get(i), suggested.getSeriesKey(i));
        }

        BufferedImage image = Charts.lineImage(result, "cloud_share");
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Charts.line(result, temp.resolve("x.png"), "cloud_shar"));
        assertTrue(e.getMessage().startsWith("unknown metric 'cloud_shar'; did you mean 'cloud_share'?"), e.getMessage());
    }

    @Test
    void curvesAreWrittenAsPngIntoNewFolders() throws Exception {
        Path png = Charts.curve(temp.resolve("a/b/curve.png"), "digital_access", "cloud share",
                new double[] {0.1, 0.5, 0.9}, new double[] {0.02, 0.15, 0.5});
        JBangScriptsTest.assertPng(png);
        JFreeChart chart = Charts.curvesChart("t", "x", "y", new Charts.Curve("one", new double[] {1, 2}, new double[] {3, 4}),
                new Charts.Curve("two", new double[] {2, 1}, new double[] {5, 6}));
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(List.of("one", "two"), List.of(data.getSeriesKey(0), data.getSeriesKey(1)));
        assertEquals(1.0, data.getXValue(1, 0), "points are joined in order of x");
        assertEquals(6.0, data.getYValue(1, 0));
    }

    @Test
    void curvesAreValidatedAndCopied() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Charts.Curve("c", new double[] {1, 2}, new double[] {1}));
        assertEquals("curve c: 2 x values and 1 y values; allowed: the same number, at least one", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Charts.Curve("c", new double[] {Double.NaN}, new double[] {1}));
        assertEquals("curve c: x value NaN is not finite; allowed: finite numbers", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Charts.curvesChart("t", "x", "y"));
        double[] x = {1, 2};
        Charts.Curve c = new Charts.Curve("c", x, new double[] {3, 4});
        x[0] = 99;
        assertEquals(1.0, c.x()[0]);
        assertEquals(c, new Charts.Curve("c", new double[] {1, 2}, new double[] {3, 4}));
    }
}
