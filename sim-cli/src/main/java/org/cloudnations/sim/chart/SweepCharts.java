package org.cloudnations.sim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.apache.commons.math3.distribution.TDistribution;
import org.cloudnations.sim.output.OutputFolder;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;
import org.cloudnations.sim.sweep.store.RunsTable;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.cloudnations.sim.sweep.store.SweepResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Every chart of a sweep, drawn from its stored files alone ({@code manifest.json},
 * {@code runs.csv}, {@code series.csv.gz}, {@code sensitivity.csv}), as PNG and SVG in
 * {@code DIR/charts/}:
 * <ul>
 * <li>{@code series-METRIC}: the replicate mean over time with a 95% band (Student t interval
 * of the mean), one line per design point when there are at most {@value #MAX_LINES} points,
 * else one line over all runs;</li>
 * <li>{@code final-METRIC-vs-PARAM}: the final value against each varied parameter, mean and 95%
 * interval per value (in {@value #BINS} equal bins when a parameter takes more than
 * {@value #MAX_LEVELS} values);</li>
 * <li>{@code heatmap-METRIC-P1-P2}: mean final value over the first two varied parameters;</li>
 * <li>{@code sensitivity-METRIC}: S1 and ST (sobol) or mu* and sigma (morris) with intervals.</li>
 * </ul>
 * Reading is streamed: memory holds sums per chart cell, never the rows.
 */
public final class SweepCharts {
    /** The folder of charts inside a sweep folder. */
    public static final String FOLDER = "charts";
    static final int MAX_LINES = 6;
    static final int MAX_LEVELS = 20;
    static final int BINS = 10;
    private static final int MAX_TICKS_DRAWN = 2000;
    private static final Color[] PALETTE = {
        new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a),
        new Color(0x66a61e), new Color(0xe6ab02), new Color(0xa6761d), new Color(0x666666)};

    private SweepCharts() {
    }

    /**
     * Draws every chart of a sweep folder into {@code DIR/charts}, replacing earlier charts only
     * once all new ones are written.
     *
     * @param dir a sweep folder
     * @param metrics the metrics to chart; empty for the manifest's {@code chart_metrics}
     * @return the chart files written (PNG and SVG), relative to {@code dir}
     * @throws ConfigurationException when the folder holds no sweep results or a metric is unknown
     * @throws IOException when files cannot be read or written
     */
    public static List<String> drawAll(Path dir, List<String> metrics) throws IOException {
        System.setProperty("java.awt.headless", "true");
        SweepResults results = SweepResults.open(dir, "chart");
        RunsTable table = results.runs();
        List<String> chosen = new ArrayList<>();
        if (metrics.isEmpty()) {
            chosen.addAll(results.chartMetrics());
            if (chosen.isEmpty()) {
                table.metrics().stream().limit(4).forEach(chosen::add);
            }
        } else {
            for (String m : metrics) {
                if (!table.metrics().contains(m)) {
                    throw new ConfigurationException("--metric: " + Names.unknown("metric", m, table.metrics()));
                }
                chosen.add(m);
            }
        }
        int replicates = (int) results.number("replicates", 1);
        List<String> written = new ArrayList<>();
        try (OutputFolder out = OutputFolder.prepare(dir.resolve(FOLDER), true)) {
            Path staging = out.staging();
            Finals finals = Finals.read(table, chosen);
            for (String m : chosen) {
                for (int p = 0; p < table.parameters().size(); p++) {
                    String name = "final-" + m + "-vs-" + table.parameters().get(p);
                    ChartFiles.write(finals.versus(m, p), staging, name);
                    written.add(name);
                }
                if (table.parameters().size() >= 2) {
                    String name = "heatmap-" + m + "-" + table.parameters().get(0) + "-" + table.parameters().get(1);
                    ChartFiles.write(finals.heatmap(m), staging, name);
                    written.add(name);
                }
            }
            if (results.hasSeries()) {
                Map<String, JFreeChart> series;
                try {
                    series = seriesCharts(results, chosen, replicates, finals.points, finals.okRuns,
                            results.number("ticks", 1), results.number("series_every", 1));
                } catch (ZipException | EOFException | NumberFormatException | IndexOutOfBoundsException e) {
                    throw new ConfigurationException("chart: " + dir.resolve(SweepFolder.SERIES) + " is damaged ("
                            + e.getMessage() + "); allowed: the series file 'sim sweep' writes (or none: move it away"
                            + " to draw the other charts)");
                }
                for (Map.Entry<String, JFreeChart> e : series.entrySet()) {
                    ChartFiles.write(e.getValue(), staging, "series-" + e.getKey());
                    written.add("series-" + e.getKey());
                }
            }
            if (results.hasSensitivity()) {
                for (Map.Entry<String, JFreeChart> e : sensitivityCharts(results, chosen).entrySet()) {
                    ChartFiles.write(e.getValue(), staging, "sensitivity-" + e.getKey());
                    written.add("sensitivity-" + e.getKey());
                }
            }
            out.publish();
        }
        List<String> files = new ArrayList<>();
        for (String w : written) {
            files.add(FOLDER + "/" + w + ".png");
            files.add(FOLDER + "/" + w + ".svg");
        }
        return files;
    }

    /** Half-width factor of a 95% interval of a mean of n values (Student t). */
    static double t95(long n) {
        return n < 2 ? Double.NaN : new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
    }

    /** Mean and 95% interval accumulators. */
    static final class Stat {
        long n;
        double sum;
        double sumSq;

        void add(double v) {
            if (Double.isFinite(v)) {
                n++;
                sum += v;
                sumSq += v * v;
            }
        }

        double mean() {
            return n == 0 ? Double.NaN : sum / n;
        }

        double halfWidth(double t) {
            if (n < 2) {
                return 0;
            }
            double var = Math.max(0, (sumSq - sum * sum / n) / (n - 1));
            return t * Math.sqrt(var / n);
        }
    }

    /** How the values of one varied parameter are grouped on a chart axis. */
    static final class Axis {
        final String name;
        final List<String> labels = new ArrayList<>();
        final double[] positions;
        final boolean numeric;
        private final Map<String, Integer> index = new HashMap<>();
        private final double lo;
        private final double width;

        Axis(String name, Set<String> distinct, boolean numeric, double min, double max) {
            this.name = name;
            this.numeric = numeric;
            if (distinct.size() <= MAX_LEVELS || !numeric) {
                List<String> values = new ArrayList<>(distinct);
                if (numeric) {
                    values.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
                }
                positions = new double[values.size()];
                for (int i = 0; i < values.size(); i++) {
                    index.put(values.get(i), i);
                    labels.add(values.get(i));
                    positions[i] = numeric ? Double.parseDouble(values.get(i)) : i;
                }
                lo = Double.NaN;
                width = Double.NaN;
            } else {
                lo = min;
                width = (max - min) / BINS;
                positions = new double[BINS];
                for (int b = 0; b < BINS; b++) {
                    positions[b] = lo + (b + 0.5) * width;
                    labels.add(String.format(Locale.ROOT, "%.3g", positions[b]));
                }
            }
        }

        boolean binned() {
            return !Double.isNaN(width);
        }

        int group(String value) {
            if (!binned()) {
                return index.get(value);
            }
            return (int) Math.max(0, Math.min(BINS - 1, Math.floor((Double.parseDouble(value) - lo) / width)));
        }

        int size() {
            return positions.length;
        }
    }

    /** Final metric values grouped by each parameter and by the first two together. */
    static final class Finals {
        final List<String> metrics;
        final List<Axis> axes = new ArrayList<>();
        final Stat[][][] byParam; // [param][group][metric]
        final Stat[][][] grid; // [group1][group2][metric]
        int points;
        final BitSet okRuns = new BitSet();

        private Finals(List<String> metrics, List<Axis> axes) {
            this.metrics = metrics;
            this.axes.addAll(axes);
            byParam = new Stat[axes.size()][][];
            for (int p = 0; p < axes.size(); p++) {
                byParam[p] = stats(axes.get(p).size(), metrics.size());
            }
            grid = axes.size() < 2 ? null : new Stat[axes.get(0).size()][][];
            if (grid != null) {
                for (int g = 0; g < grid.length; g++) {
                    grid[g] = stats(axes.get(1).size(), metrics.size());
                }
            }
        }

        private static Stat[][] stats(int a, int b) {
            Stat[][] s = new Stat[a][b];
            for (Stat[] row : s) {
                for (int j = 0; j < b; j++) {
                    row[j] = new Stat();
                }
            }
            return s;
        }

        static Finals read(RunsTable table, List<String> metrics) throws IOException {
            int k = table.parameters().size();
            List<Set<String>> distinct = new ArrayList<>();
            boolean[] numeric = new boolean[k];
            double[] min = new double[k];
            double[] max = new double[k];
            for (int p = 0; p < k; p++) {
                distinct.add(new LinkedHashSet<>());
                numeric[p] = true;
                min[p] = Double.POSITIVE_INFINITY;
                max[p] = Double.NEGATIVE_INFINITY;
            }
            int[] points = {0};
            table.forEach(r -> {
                points[0] = Math.max(points[0], r.point() + 1);
                for (int p = 0; p < k; p++) {
                    String v = r.values()[p];
                    if (distinct.get(p).size() <= MAX_LEVELS) {
                        distinct.get(p).add(v);
                    }
                    if (numeric[p]) {
                        try {
                            double d = Double.parseDouble(v);
                            min[p] = Math.min(min[p], d);
                            max[p] = Math.max(max[p], d);
                        } catch (NumberFormatException e) {
                            numeric[p] = false;
                        }
                    }
                }
            });
            List<Axis> axes = new ArrayList<>();
            for (int p = 0; p < k; p++) {
                axes.add(new Axis(table.parameters().get(p), distinct.get(p), numeric[p], min[p], max[p]));
            }
            Finals f = new Finals(metrics, axes);
            f.points = points[0];
            int[] column = metrics.stream().mapToInt(table.metrics()::indexOf).toArray();
            table.forEach(r -> {
                if (!r.ok()) {
                    return;
                }
                f.okRuns.set(r.run());
                int[] g = new int[k];
                for (int p = 0; p < k; p++) {
                    g[p] = axes.get(p).group(r.values()[p]);
                    for (int m = 0; m < column.length; m++) {
                        f.byParam[p][g[p]][m].add(r.metrics()[column[m]]);
                    }
                }
                if (f.grid != null) {
                    for (int m = 0; m < column.length; m++) {
                        f.grid[g[0]][g[1]][m].add(r.metrics()[column[m]]);
                    }
                }
            });
            return f;
        }

        JFreeChart versus(String metric, int p) {
            int m = metrics.indexOf(metric);
            Axis axis = axes.get(p);
            XYIntervalSeries s = new XYIntervalSeries("mean with 95% interval");
            for (int g = 0; g < axis.size(); g++) {
                Stat st = byParam[p][g][m];
                if (st.n > 0) {
                    double h = st.halfWidth(t95(st.n));
                    double x = axis.positions[g];
                    s.add(x, x, x, st.mean(), st.mean() - h, st.mean() + h);
                }
            }
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            data.addSeries(s);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDefaultLinesVisible(axis.numeric);
            r.setSeriesPaint(0, PALETTE[0]);
            r.setErrorPaint(PALETTE[0]);
            r.setSeriesStroke(0, new BasicStroke(2f));
            String title = metric + " at the last tick against " + axis.name
                    + (axis.binned() ? " (" + BINS + " bins)" : "");
            XYPlot plot = new XYPlot(data, axisFor(axis), new NumberAxis(metric), r);
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
            return finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), plot);
        }

        JFreeChart heatmap(String metric) {
            int m = metrics.indexOf(metric);
            Axis ax = axes.get(0);
            Axis ay = axes.get(1);
            List<double[]> cells = new ArrayList<>();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < ax.size(); i++) {
                for (int j = 0; j < ay.size(); j++) {
                    Stat st = grid[i][j][m];
                    if (st.n > 0) {
                        cells.add(new double[] {i, j, st.mean()});
                        lo = Math.min(lo, st.mean());
                        hi = Math.max(hi, st.mean());
                    }
                }
            }
            double[][] xyz = new double[3][cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                for (int d = 0; d < 3; d++) {
                    xyz[d][c] = cells.get(c)[d];
                }
            }
            DefaultXYZDataset data = new DefaultXYZDataset();
            data.addSeries(metric, xyz);
            if (!(lo < hi)) {
                lo = cells.isEmpty() ? 0 : lo - 0.5;
                hi = cells.isEmpty() ? 1 : hi + 0.5;
            }
            Ramp scale = new Ramp(lo, hi);
            XYBlockRenderer r = new XYBlockRenderer();
            r.setPaintScale(scale);
            XYPlot plot = new XYPlot(data, new SymbolAxis(ax.name, ax.labels.toArray(String[]::new)),
                    new SymbolAxis(ay.name, ay.labels.toArray(String[]::new)), r);
            boolean gaps = cells.size() < ax.size() * ay.size();
            JFreeChart chart = new JFreeChart("mean " + metric + " at the last tick" + (gaps ? " (blank: no runs)" : ""),
                    JFreeChart.DEFAULT_TITLE_FONT, plot, false);
            NumberAxis legendAxis = new NumberAxis(metric);
            legendAxis.setRange(lo, hi);
            PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setMargin(4, 4, 40, 4);
            chart.addSubtitle(legend);
            return finish(chart, plot);
        }
    }

    private static ValueAxis axisFor(Axis axis) {
        if (axis.numeric && !axis.binned()) {
            NumberAxis a = new NumberAxis(axis.name);
            a.setAutoRangeIncludesZero(false);
            return a;
        }
        if (axis.numeric) {
            NumberAxis a = new NumberAxis(axis.name + " (bin centre)");
            a.setAutoRangeIncludesZero(false);
            return a;
        }
        return new SymbolAxis(axis.name, axis.labels.toArray(String[]::new));
    }

    private static JFreeChart finish(JFreeChart chart, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A blue-to-yellow colour ramp (viridis end points and middle), readable by colour-blind readers. */
    public static final class Ramp implements PaintScale {
        private static final Color[] STOPS = {new Color(0x440154), new Color(0x21918c), new Color(0xfde725)};
        private final double lo;
        private final double hi;

        /**
         * @param lo the value drawn darkest
         * @param hi the value drawn lightest
         */
        public Ramp(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public Paint getPaint(double value) {
            double u = Math.max(0, Math.min(1, (value - lo) / (hi - lo))) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) u);
            double f = u - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }

    private static Map<String, JFreeChart> seriesCharts(SweepResults results, List<String> metrics, int replicates,
                                                        int points, BitSet okRuns, long ticks, long ticksEvery)
            throws IOException {
        boolean perPoint = points <= MAX_LINES;
        int groups = perPoint ? Math.max(1, points) : 1;
        TreeMap<Long, Stat[][]> byTick = new TreeMap<>(); // tick -> [group][metric]
        long every = Math.max(1, ticksEvery);
        long recorded = ticks / every + 1;
        long stride = every * Math.max(1, (recorded + MAX_TICKS_DRAWN - 1) / MAX_TICKS_DRAWN);
        try {
            results.forEachSeries(new SweepResults.SeriesVisitor() {
                private int[] column;

                @Override
                public void header(List<String> names) {
                    column = metrics.stream().mapToInt(names::indexOf).toArray();
                }

                @Override
                public void row(SweepResults.SeriesRow row) {
                    long tick = row.tick();
                    if (!okRuns.get(row.run()) || (tick % stride != 0 && tick != ticks)) {
                        return; // a run without a complete ok row in runs.csv, or a tick thinned out
                    }
                    Stat[][] cell = byTick.computeIfAbsent(tick, t -> {
                        Stat[][] s = new Stat[groups][metrics.size()];
                        for (Stat[] r : s) {
                            for (int m = 0; m < r.length; m++) {
                                r[m] = new Stat();
                            }
                        }
                        return s;
                    });
                    int g = perPoint ? Math.min(groups - 1, row.run() / replicates) : 0;
                    for (int m = 0; m < column.length; m++) {
                        cell[g][m].add(row.values()[column[m]]);
                    }
                }
            });
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("chart: " + e.getMessage().replace('\n', ' '));
        }
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            for (int g = 0; g < groups; g++) {
                YIntervalSeries s = new YIntervalSeries(perPoint ? "point " + g : "all runs", false, false);
                for (Map.Entry<Long, Stat[][]> e : byTick.entrySet()) {
                    Stat st = e.getValue()[g][m];
                    if (st.n > 0) {
                        double h = st.halfWidth(t95(st.n));
                        s.add(e.getKey(), st.mean(), st.mean() - h, st.mean() + h);
                    }
                }
                data.addSeries(s);
            }
            DeviationRenderer r = new DeviationRenderer(true, false);
            for (int g = 0; g < groups; g++) {
                r.setSeriesPaint(g, PALETTE[g % PALETTE.length]);
                r.setSeriesFillPaint(g, PALETTE[g % PALETTE.length]);
                r.setSeriesStroke(g, new BasicStroke(2f));
            }
            r.setAlpha(0.25f);
            NumberAxis y = new NumberAxis(metrics.get(m));
            y.setAutoRangeIncludesZero(false);
            XYPlot plot = new XYPlot(data, new NumberAxis("tick"), y, r);
            String what = perPoint ? "replicate mean per design point" : "mean over all runs";
            JFreeChart chart = new JFreeChart(metrics.get(m) + ": " + what + ", 95% band",
                    JFreeChart.DEFAULT_TITLE_FONT, plot, groups > 1);
            charts.put(metrics.get(m), finish(chart, plot));
        }
        return charts;
    }

    private static Map<String, JFreeChart> sensitivityCharts(SweepResults results, List<String> metrics)
            throws IOException {
        Map<String, Map<String, Map<String, double[]>>> byMetric = new LinkedHashMap<>(); // metric -> index -> param
        String method = null;
        List<String> params = new ArrayList<>();
        List<SweepResults.SensitivityRow> rows;
        try {
            rows = results.sensitivity();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("chart: " + e.getMessage().replace('\n', ' '));
        }
        for (SweepResults.SensitivityRow row : rows) {
            if (!metrics.contains(row.metric())) {
                continue;
            }
            method = row.method();
            if (!params.contains(row.parameter())) {
                params.add(row.parameter());
            }
            byMetric.computeIfAbsent(row.metric(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.index(), k -> new LinkedHashMap<>())
                    .put(row.parameter(), new double[] {row.value(), row.low(), row.high()});
        }
        List<String> shown = "morris".equals(method) ? List.of("mu_star", "sigma") : List.of("S1", "ST");
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Map<String, double[]>>> e : byMetric.entrySet()) {
            XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
            XYIntervalSeriesCollection whiskers = new XYIntervalSeriesCollection();
            double w = 0.8 / shown.size();
            for (int s = 0; s < shown.size(); s++) {
                XYIntervalSeries bar = new XYIntervalSeries(shown.get(s));
                XYIntervalSeries ci = new XYIntervalSeries(shown.get(s) + " 95% interval");
                Map<String, double[]> values = e.getValue().getOrDefault(shown.get(s), Map.of());
                for (int p = 0; p < params.size(); p++) {
                    double[] v = values.get(params.get(p));
                    if (v == null || Double.isNaN(v[0])) {
                        continue;
                    }
                    double x = p - 0.4 + w * (s + 0.5);
                    bar.add(x, x - w / 2 * 0.9, x + w / 2 * 0.9, v[0], v[0], v[0]);
                    if (!Double.isNaN(v[1])) {
                        ci.add(x, x, x, v[0], v[1], v[2]);
                    }
                }
                bars.addSeries(bar);
                whiskers.addSeries(ci);
            }
            XYBarRenderer br = new XYBarRenderer();
            br.setBarPainter(new StandardXYBarPainter());
            br.setShadowVisible(false);
            XYErrorRenderer er = new XYErrorRenderer();
            er.setDrawXError(false);
            er.setDefaultLinesVisible(false);
            er.setDefaultShapesVisible(false);
            er.setErrorPaint(Color.BLACK);
            er.setErrorStroke(new BasicStroke(1.5f));
            for (int s = 0; s < shown.size(); s++) {
                br.setSeriesPaint(s, PALETTE[s]);
                er.setSeriesVisibleInLegend(s, false);
            }
            SymbolAxis x = new SymbolAxis("parameter", params.toArray(String[]::new));
            NumberAxis y = new NumberAxis("morris".equals(method) ? "elementary effect" : "Sobol index");
            XYPlot plot = new XYPlot(bars, x, y, br);
            plot.setDataset(1, whiskers);
            plot.setRenderer(1, er);
            String title = ("morris".equals(method) ? "Morris mu* and sigma of " : "Sobol indices of ") + e.getKey()
                    + " (95% bootstrap intervals)";
            charts.put(e.getKey(), finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), plot));
        }
        return charts;
    }
}
