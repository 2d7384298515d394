package org.cloudnations.sim.figure;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloudnations.sim.stats.WilsonInterval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The phase diagram of a robustness map: every design point at its two parameters' values, drawn
 * as a filled blue circle where the claim holds and a vermillion cross where it does not (shape and
 * colour, so that it reads in grey print), with a legend line below giving the share of points
 * where the claim holds and its 95% Wilson interval.
 */
final class RobustnessChart {
    /** Okabe-Ito blue: the claim holds. */
    private static final Color HOLDS = FigureStyle.PALETTE[0];
    /** Okabe-Ito vermillion: it does not. */
    private static final Color FAILS = FigureStyle.PALETTE[1];

    private RobustnessChart() {
    }

    /**
     * @param job the figure
     * @param map its data
     * @return the chart
     */
    static JFreeChart chart(FigureJob job, RobustnessMap map) {
        String x = job.spec().plot().x();
        String y = job.spec().plot().y();
        WilsonInterval share = map.share();
        XYSeries holds = new XYSeries("holds (" + share.successes() + " points)", false, true);
        XYSeries fails = new XYSeries("does not hold (" + (share.trials() - share.successes()) + ")", false, true);
        for (RobustnessMap.Point p : map.points()) {
            (p.holds() ? holds : fails).add(Double.parseDouble(p.values().get(x)),
                    Double.parseDouble(p.values().get(y)));
        }
        XYSeriesCollection set = new XYSeriesCollection();
        set.addSeries(holds);
        set.addSeries(fails);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, HOLDS);
        r.setSeriesShape(0, new Ellipse2D.Double(-1.8, -1.8, 3.6, 3.6));
        r.setSeriesPaint(1, FAILS);
        r.setSeriesShape(1, ShapeUtils.createDiagonalCross(1.9f, 0.45f));
        NumberAxis xAxis = new NumberAxis(job.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(job.yParameterLabel());
        yAxis.setAutoRangeIncludesZero(false);
        JFreeChart chart = FigureCharts.finish(new XYPlot(set, xAxis, yAxis, r), false);
        chart.addSubtitle(FigureCharts.legendBelow(chart.getXYPlot()));
        TextTitle line = new TextTitle(shareLine(share), FigureStyle.TICK);
        line.setPaint(FigureStyle.INK);
        line.setPosition(RectangleEdge.BOTTOM);
        line.setMargin(new RectangleInsets(1, 0, 0, 0));
        chart.addSubtitle(line);
        return chart;
    }

    /**
     * @param share the share of points where the claim holds
     * @return e.g. {@code holds at 83% of 200 points (95% CI 77% to 88%, Wilson)}
     */
    static String shareLine(WilsonInterval share) {
        return String.format(Locale.ROOT, "holds at %.0f%% of %d points (95%% CI %.0f%% to %.0f%%, Wilson)",
                100 * share.share(), share.trials(), 100 * Math.max(0, share.lower()),
                100 * Math.min(1, share.upper()));
    }

    /**
     * The claim's result for the provenance JSON.
     *
     * @param claim the claim
     * @param map its map
     * @return points, points where it holds, the share and its interval, and what was compared
     */
    static Map<String, Object> summary(ClaimDefinition claim, RobustnessMap map) {
        WilsonInterval share = map.share();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", claim.statistic().toString());
        if (claim.paired()) {
            m.put("treatment", new LinkedHashMap<Object, Object>(claim.treatment()));
            m.put("control", new LinkedHashMap<Object, Object>(claim.control()));
        } else {
            m.put("control", claim.controlStatistic() != null ? claim.controlStatistic().toString()
                    : Double.toString(claim.controlValue()));
        }
        m.put("effect", claim.effect().label());
        m.put("smallest_effect", claim.smallestEffect());
        if (!claim.also().isEmpty()) {
            List<Object> also = new ArrayList<>();
            for (ClaimDefinition c : claim.also()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("statistic", c.statistic().toString());
                if (!c.paired()) {
                    a.put("control", c.controlStatistic() != null ? c.controlStatistic().toString()
                            : Double.toString(c.controlValue()));
                }
                a.put("effect", c.effect().label());
                a.put("smallest_effect", c.smallestEffect());
                also.add(a);
            }
            m.put("also", also);
        }
        m.put("points", (double) share.trials());
        m.put("holds", (double) share.successes());
        m.put("share", share.share());
        m.put("share_low", share.lower());
        m.put("share_high", share.upper());
        m.put("interval", "95% Wilson score");
        Map<String, Object> halves = new LinkedHashMap<>();
        map.halvesDifference().forEach((k, v) -> halves.put(k, v));
        m.put("holds_upper_minus_lower_half", halves);
        return m;
    }
}
