package org.cloudnations.sim.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloudnations.sim.chart.SweepCharts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Turns a figure's data into a {@link Drawing}: a JFreeChart chart without title, or a table. */
final class FigureCharts {
    /** Legends with more entries go below the plot. */
    private static final int MAX_LEGEND_INSIDE = 3;
    private FigureCharts() {
    }

    /**
     * @param job the figure
     * @param data its data
     * @return what to draw
     */
    static Drawing draw(FigureJob job, FigureData data) {
        return switch (job.spec().chart()) {
            case TIMESERIES -> timeseries(job, data)::draw;
            case FINAL -> versus(job, data)::draw;
            case HEATMAP -> heatmap(job, data)::draw;
            case SENSITIVITY -> sensitivity(job, data)::draw;
            case TABLE -> new Table(job, data);
            case ROBUSTNESS -> RobustnessChart.chart(job, data.map())::draw;
        };
    }

    private static Map<String, List<FigureData.Row>> bySeries(FigureData data, boolean reference) {
        Map<String, List<FigureData.Row>> out = new LinkedHashMap<>();
        for (FigureData.Row r : data.rows()) {
            if (r.reference() == reference) {
                out.computeIfAbsent(r.series(), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private static double number(String s) {
        return Double.parseDouble(s);
    }

    private static JFreeChart timeseries(FigureJob job, FigureData data) {
        YIntervalSeriesCollection set = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        int i = 0;
        for (Map.Entry<String, List<FigureData.Row>> e : bySeries(data, false).entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey().replace('_', ' '), false, false);
            for (FigureData.Row row : e.getValue()) {
                if (!Double.isNaN(row.value())) {
                    s.add(number(row.x()), row.value(), row.low(), row.high());
                }
            }
            set.addSeries(s);
            r.setSeriesPaint(i, FigureStyle.colour(i));
            r.setSeriesFillPaint(i, FigureStyle.colour(i));
            r.setSeriesStroke(i, FigureStyle.LINE);
            i++;
        }
        r.setAlpha(0.25f);
        NumberAxis x = new NumberAxis(job.xLabel());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(set, x, valueAxis(job), r);
        return finish(plot, i > 1);
    }

    private static JFreeChart versus(FigureJob job, FigureData data) {
        XYIntervalSeriesCollection model = new XYIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setCapLength(3);
        r.setErrorStroke(new BasicStroke(0.8f));
        int i = 0;
        for (Map.Entry<String, List<FigureData.Row>> e : bySeries(data, false).entrySet()) {
            XYIntervalSeries s = new XYIntervalSeries(e.getKey().replace('_', ' '));
            for (FigureData.Row row : e.getValue()) {
                if (!Double.isNaN(row.value())) {
                    double xv = number(row.x());
                    s.add(xv, xv, xv, row.value(), row.low(), row.high());
                }
            }
            model.addSeries(s);
            r.setSeriesPaint(i, FigureStyle.colour(i));
            r.setSeriesStroke(i, FigureStyle.LINE);
            r.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            r.setSeriesLinesVisible(i, true);
            r.setSeriesShapesVisible(i, true);
            i++;
        }
        r.setErrorPaint(null);
        NumberAxis x = new NumberAxis(job.xLabel());
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(model, x, valueAxis(job), r);
        Map<String, List<FigureData.Row>> refs = bySeries(data, true);
        if (!refs.isEmpty()) {
            boolean closedForm = job.spec().reference().closedForm() != null;
            XYSeriesCollection ref = new XYSeriesCollection();
            XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(closedForm, !closedForm);
            int j = 0;
            for (Map.Entry<String, List<FigureData.Row>> e : refs.entrySet()) {
                // one legend entry for the reference: its lines are all black, dashed
                XYSeries s = new XYSeries(j == 0 ? job.spec().reference().label() : e.getKey(), false, true);
                e.getValue().forEach(row -> s.add(number(row.x()), row.value()));
                ref.addSeries(s);
                rr.setSeriesPaint(j, FigureStyle.INK);
                rr.setSeriesStroke(j, FigureStyle.DASHED);
                rr.setSeriesShape(j, new Rectangle2D.Double(-3, -3, 6, 6));
                rr.setSeriesShapesFilled(j, false);
                rr.setSeriesVisibleInLegend(j, j == 0);
                j++;
            }
            plot.setDataset(1, ref);
            plot.setRenderer(1, rr);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        return finish(plot, i > 1 || !refs.isEmpty());
    }

    private static JFreeChart heatmap(FigureJob job, FigureData data) {
        List<String> xs = new ArrayList<>(new LinkedHashSet<>(data.rows().stream().map(FigureData.Row::x).sorted(
                (a, b) -> Double.compare(number(a), number(b))).toList()));
        List<String> ys = new ArrayList<>(new LinkedHashSet<>(data.rows().stream().map(FigureData.Row::y).sorted(
                (a, b) -> Double.compare(number(a), number(b))).toList()));
        double[][] xyz = new double[3][data.rows().size()];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < data.rows().size(); c++) {
            FigureData.Row row = data.rows().get(c);
            xyz[0][c] = xs.indexOf(row.x());
            xyz[1][c] = ys.indexOf(row.y());
            xyz[2][c] = row.value();
            if (!Double.isNaN(row.value())) {
                lo = Math.min(lo, row.value());
                hi = Math.max(hi, row.value());
            }
        }
        if (!(lo < hi)) {
            lo = Double.isInfinite(lo) ? 0 : lo - 0.5;
            hi = lo + 1;
        }
        DefaultXYZDataset set = new DefaultXYZDataset();
        set.addSeries("model", xyz);
        SweepCharts.Ramp scale = new SweepCharts.Ramp(lo, hi);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(set, symbols(job.xLabel(), xs), symbols(job.yParameterLabel(), ys), r);
        JFreeChart chart = finish(plot, false);
        NumberAxis legendAxis = new NumberAxis(job.valueLabel());
        style(legendAxis);
        legendAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(8);
        legend.setAxisOffset(2);
        legend.setAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        legend.setPadding(0, 0, 0, 0);
        legend.setMargin(4, 0, 4, 0);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    private static JFreeChart sensitivity(FigureJob job, FigureData data) {
        List<String> params = new ArrayList<>(new LinkedHashSet<>(data.rows().stream().map(FigureData.Row::x).toList()));
        Map<String, List<FigureData.Row>> indices = bySeries(data, false);
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        XYIntervalSeriesCollection whiskers = new XYIntervalSeriesCollection();
        double w = 0.8 / Math.max(1, indices.size());
        int s = 0;
        XYBarRenderer br = new XYBarRenderer();
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setDrawBarOutline(false);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDrawXError(false);
        er.setDefaultLinesVisible(false);
        er.setDefaultShapesVisible(false);
        er.setErrorPaint(FigureStyle.INK);
        er.setErrorStroke(new BasicStroke(0.8f));
        er.setCapLength(3);
        for (Map.Entry<String, List<FigureData.Row>> e : indices.entrySet()) {
            XYIntervalSeries bar = new XYIntervalSeries(e.getKey().replace('_', ' '));
            XYIntervalSeries ci = new XYIntervalSeries(e.getKey() + " interval");
            for (FigureData.Row row : e.getValue()) {
                if (Double.isNaN(row.value())) {
                    continue;
                }
                double x = params.indexOf(row.x()) - 0.4 + w * (s + 0.5);
                bar.add(x, x - w / 2 * 0.9, x + w / 2 * 0.9, row.value(), row.value(), row.value());
                if (!Double.isNaN(row.low())) {
                    ci.add(x, x, x, row.value(), row.low(), row.high());
                }
            }
            bars.addSeries(bar);
            whiskers.addSeries(ci);
            br.setSeriesPaint(s, FigureStyle.colour(s));
            er.setSeriesVisibleInLegend(s, false);
            s++;
        }
        XYPlot plot = new XYPlot(bars, symbols(job.xLabel(), params), valueAxis(job), br);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, er);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return finish(plot, true);
    }

    private static SymbolAxis symbols(String label, List<String> names) {
        SymbolAxis a = new SymbolAxis(label, names.stream().map(n -> n.replace('_', ' ')).toArray(String[]::new));
        style(a);
        a.setGridBandsVisible(false);
        return a;
    }

    private static NumberAxis valueAxis(FigureJob job) {
        NumberAxis y = new NumberAxis(job.valueLabel());
        y.setAutoRangeIncludesZero(false);
        return y;
    }

    static void style(ValueAxis a) {
        a.setLabelFont(FigureStyle.LABEL);
        a.setTickLabelFont(FigureStyle.TICK);
        a.setLabelPaint(FigureStyle.INK);
        a.setTickLabelPaint(FigureStyle.INK);
        a.setAxisLinePaint(FigureStyle.INK);
        a.setTickMarkPaint(FigureStyle.INK);
        a.setLabelInsets(new RectangleInsets(1, 1, 1, 1));
    }

    static JFreeChart finish(XYPlot plot, boolean legend) {
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(FigureStyle.GRID);
        plot.setRangeGridlinePaint(FigureStyle.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(3, 3, 3, 6));
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        if (legend) {
            LegendTitle l = new LegendTitle(plot, new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP,
                    0, 0), new ColumnArrangement());
            l.setItemFont(FigureStyle.TICK);
            l.setBackgroundPaint(new Color(255, 255, 255, 230));
            l.setPadding(new RectangleInsets(1, 2, 1, 2));
            if (plot.getLegendItems().getItemCount() <= MAX_LEGEND_INSIDE) {
                // inside the plot, in its emptiest corner: an 8 cm figure has little room beside it
                l.setFrame(new BlockBorder(0.5, 0.5, 0.5, 0.5, FigureStyle.GRID));
                double[] corner = emptiestCorner(plot);
                plot.addAnnotation(new XYTitleAnnotation(corner[0], corner[1], l,
                        corner[0] < 0.5 ? corner[1] > 0.5 ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT
                                : corner[1] > 0.5 ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT));
            } else {
                chart.addSubtitle(legendBelow(plot));
            }
        }
        return chart;
    }

    /**
     * @param plot a plot
     * @return its legend for below the plot, in a row, without a frame
     */
    static LegendTitle legendBelow(XYPlot plot) {
        LegendTitle below = new LegendTitle(plot);
        below.setItemFont(FigureStyle.TICK);
        below.setFrame(BlockBorder.NONE);
        below.setPosition(RectangleEdge.BOTTOM);
        below.setBackgroundPaint(Color.WHITE);
        below.setMargin(new RectangleInsets(2, 0, 0, 0));
        return below;
    }

    /**
     * The corner of the plot with the fewest data points (intervals included) in a box of 45% of
     * the width and 35% of the height, for the legend: top left, top right, bottom right, bottom
     * left, the first of equals.
     *
     * @return the corner's relative coordinates (x, y), y counted upwards
     */
    private static double[] emptiestCorner(XYPlot plot) {
        double[][] corners = {{0.02, 0.98}, {0.98, 0.98}, {0.98, 0.02}, {0.02, 0.02}};
        org.jfree.data.Range xr = plot.getDomainAxis().getRange();
        org.jfree.data.Range yr = plot.getRangeAxis().getRange();
        int[] count = new int[corners.length];
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            org.jfree.data.xy.XYDataset set = plot.getDataset(d);
            for (int s = 0; set != null && s < set.getSeriesCount(); s++) {
                for (int i = 0; i < set.getItemCount(s); i++) {
                    double u = (set.getXValue(s, i) - xr.getLowerBound()) / xr.getLength();
                    List<Double> ys = new ArrayList<>(List.of(set.getYValue(s, i)));
                    if (set instanceof org.jfree.data.xy.IntervalXYDataset iv) {
                        ys.add(iv.getStartYValue(s, i));
                        ys.add(iv.getEndYValue(s, i));
                    }
                    for (double y : ys) {
                        double v = (y - yr.getLowerBound()) / yr.getLength();
                        for (int c = 0; c < corners.length; c++) {
                            boolean inX = corners[c][0] < 0.5 ? u < 0.45 : u > 0.55;
                            boolean inY = corners[c][1] > 0.5 ? v > 0.65 : v < 0.35;
                            count[c] += inX && inY ? 1 : 0;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int c = 1; c < corners.length; c++) {
            if (count[c] < count[best]) {
                best = c;
            }
        }
        return corners[best];
    }

    /** A table of the model's values, with reference values in brackets beneath, drawn as text. */
    private static final class Table implements Drawing {
        private final List<String> columns = new ArrayList<>();
        private final List<String> rows = new ArrayList<>();
        private final Map<String, FigureData.Row> model = new LinkedHashMap<>();
        private final Map<String, FigureData.Row> reference = new LinkedHashMap<>();
        private final String columnLabel;
        private final String rowLabel;
        private final String note;

        Table(FigureJob job, FigureData data) {
            for (FigureData.Row r : data.rows()) {
                if (!r.reference()) {
                    if (!columns.contains(r.x())) {
                        columns.add(r.x());
                    }
                    if (!rows.contains(r.y())) {
                        rows.add(r.y());
                    }
                    model.put(r.x() + "|" + r.y(), r);
                } else {
                    reference.put(r.x() + "|" + r.y(), r);
                }
            }
            columns.sort((a, b) -> Double.compare(number(a), number(b)));
            if (!rows.contains("")) {
                rows.sort((a, b) -> Double.compare(number(a), number(b)));
            }
            columnLabel = job.xLabel();
            rowLabel = job.yParameterLabel();
            ReferenceDefinition ref = job.spec().reference();
            note = job.spec().plot().aggregate().label() + " " + job.valueLabel() + " over " + job.sweep().runs()
                    / Math.max(1, model.size()) + " runs per cell" + (ref == null ? "" : "; in brackets: " + ref.label());
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fill(area);
            double pad = 4;
            double left = area.getX() + pad;
            double top = area.getY() + pad;
            double width = area.getWidth() - 2 * pad;
            double height = area.getHeight() - 2 * pad;
            g.setFont(FigureStyle.TICK);
            FontMetrics fm = g.getFontMetrics();
            double noteHeight = fm.getHeight() * 2.6;
            double headerHeight = fm.getHeight() * 2.6;
            double firstColumn = Math.max(width * 0.22, fm.stringWidth(rowLabel) + 6);
            double cellWidth = (width - firstColumn) / columns.size();
            double cellHeight = (height - headerHeight - noteHeight) / rows.size();
            g.setPaint(FigureStyle.INK);
            g.setFont(FigureStyle.LABEL);
            centre(g, columnLabel, left + firstColumn + (width - firstColumn) / 2, top + fm.getHeight());
            g.setFont(FigureStyle.TICK);
            for (int c = 0; c < columns.size(); c++) {
                centre(g, columns.get(c), left + firstColumn + (c + 0.5) * cellWidth, top + fm.getHeight() * 2.2);
            }
            g.setFont(FigureStyle.LABEL);
            g.drawString(rowLabel, (float) left, (float) (top + fm.getHeight() * 2.2));
            double y0 = top + headerHeight;
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Double(left, y0, left + width, y0));
            for (int r = 0; r < rows.size(); r++) {
                double cy = y0 + (r + 0.5) * cellHeight;
                g.setFont(FigureStyle.LABEL);
                g.setPaint(FigureStyle.INK);
                g.drawString(rows.get(r), (float) left, (float) (cy + fm.getAscent() / 2.0));
                for (int c = 0; c < columns.size(); c++) {
                    String key = columns.get(c) + "|" + rows.get(r);
                    double cx = left + firstColumn + (c + 0.5) * cellWidth;
                    FigureData.Row m = model.get(key);
                    FigureData.Row ref = reference.get(key);
                    double line = fm.getHeight();
                    double base = ref == null ? cy + fm.getAscent() / 2.0 : cy - line * 0.05;
                    g.setFont(FigureStyle.LABEL);
                    g.setPaint(FigureStyle.colour(0));
                    centre(g, m == null ? "" : format(m.value()), cx, base);
                    if (ref != null) {
                        g.setFont(FigureStyle.TICK);
                        g.setPaint(FigureStyle.MUTED);
                        centre(g, "(" + format(ref.value()) + ")", cx, base + line);
                    }
                }
            }
            double yEnd = y0 + rows.size() * cellHeight;
            g.setPaint(FigureStyle.INK);
            g.draw(new Line2D.Double(left, yEnd, left + width, yEnd));
            g.setFont(FigureStyle.TICK);
            g.setPaint(FigureStyle.MUTED);
            double baseline = yEnd + fm.getHeight() * 1.2;
            StringBuilder line = new StringBuilder();
            for (String word : note.split(" ")) {
                if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
                    g.drawString(line.toString(), (float) left, (float) baseline);
                    baseline += fm.getHeight();
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            g.drawString(line.toString(), (float) left, (float) baseline);
        }

        private static String format(double v) {
            return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
        }

        private static void centre(Graphics2D g, String text, double cx, double baseline) {
            g.drawString(text, (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
        }
    }
}
