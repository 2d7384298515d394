package org.cloudnations.sim.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;
import org.cloudnations.sim.param.Names;
import org.cloudnations.sim.stats.WilsonInterval;

/**
 * A figure spec at one size, checked against its scenario and design, and the computation of its
 * {@link FigureData} from the sweep's stored results.
 */
final class FigureJob {
    private static final String TICK = "tick";
    private final FigureSpec spec;
    private final FigureSize size;
    private final SweepAdapter.Prepared sweep;

    private FigureJob(FigureSpec spec, FigureSize size, SweepAdapter.Prepared sweep) {
        this.spec = spec;
        this.size = size;
        this.sweep = sweep;
    }

    /**
     * Checks the spec's sweep and plot against the scenario and the design.
     *
     * @param spec the spec
     * @param size paper or test
     * @return the job
     * @throws org.cloudnations.sim.param.ConfigurationException naming the file and the field
     */
    static FigureJob prepare(FigureSpec spec, FigureSize size) {
        SpecLocation at = new SpecLocation(spec.file());
        ChartKind kind = spec.chart();
        int seriesEvery = kind == ChartKind.TIMESERIES || kind == ChartKind.ROBUSTNESS ? 1 : 0;
        SweepAdapter.Prepared sweep = SweepAdapter.prepare(spec.sweep(size), seriesEvery,
                "sim figure " + spec.file(), at);
        PlotDefinition plot = spec.plot();
        if (kind != ChartKind.ROBUSTNESS && !sweep.metrics().contains(plot.metric())) { // robustness: the claim's
            throw at.error("plot.metric", Names.unknown("metric", plot.metric(), sweep.metrics())
                    + " (see 'sim describe " + sweep.scenario() + "')");
        }
        List<String> varied = sweep.varied();
        String designNote = "; the sweep varies " + String.join(", ", varied) + " on a " + sweep.design() + " design";
        switch (kind) {
            case TIMESERIES -> {
                if (!plot.x().equals(TICK)) {
                    throw at.error("plot.x", "a timeseries chart has x \"tick\", not '" + plot.x() + "'");
                }
                requireNone(at, "plot.y", plot.y(), kind);
            }
            case FINAL -> {
                requireVaried(at, "plot.x", plot.x(), varied, designNote);
                requireNone(at, "plot.y", plot.y(), kind);
            }
            case HEATMAP, TABLE -> {
                requireVaried(at, "plot.x", plot.x(), varied, designNote);
                if (kind == ChartKind.HEATMAP || plot.y() != null) {
                    if (plot.y() == null || varied.size() < 2) {
                        throw at.error("chart", "a " + kind.label() + " needs two varied parameters, plot.x and "
                                + "plot.y" + designNote);
                    }
                    requireVaried(at, "plot.y", plot.y(), varied, designNote);
                    if (plot.y().equals(plot.x())) {
                        throw at.error("plot.y", "'" + plot.y() + "' is also plot.x; allowed: another varied parameter");
                    }
                }
                requireNone(at, "plot.series", plot.series(), kind);
            }
            case SENSITIVITY -> {
                if (!sweep.sensitivityDesign()) {
                    throw at.error("chart", "a sensitivity chart needs a sobol or morris design; the sweep's design is "
                            + sweep.design());
                }
                if (!plot.x().equals("parameter")) {
                    throw at.error("plot.x", "a sensitivity chart has x \"parameter\", not '" + plot.x() + "'");
                }
                requireNone(at, "plot.y", plot.y(), kind);
                requireNone(at, "plot.series", plot.series(), kind);
                if (plot.aggregate() != Aggregate.MEAN) {
                    throw at.error("plot.aggregate", "a sensitivity chart shows the indices of the design-point means; "
                            + "allowed: mean");
                }
            }
            case ROBUSTNESS -> RobustnessJob.check(spec, sweep, at);
            default -> throw new IllegalStateException(kind.toString());
        }
        if (plot.series() != null) {
            requireVaried(at, "plot.series", plot.series(), varied, designNote);
            if (plot.series().equals(plot.x())) {
                throw at.error("plot.series", "'" + plot.series() + "' is also plot.x; allowed: another varied parameter");
            }
        }
        if (spec.reference() != null && kind != ChartKind.FINAL && kind != ChartKind.TABLE) {
            throw at.error("reference", "reference values are drawn on final and table charts only, not on a "
                    + kind.label() + " chart");
        }
        return new FigureJob(spec, size, sweep);
    }

    private static void requireVaried(SpecLocation at, String field, String name, List<String> varied, String note) {
        if (!varied.contains(name)) {
            throw at.error(field, "'" + name + "' is not a varied parameter" + note);
        }
    }

    private static void requireNone(SpecLocation at, String field, String value, ChartKind kind) {
        if (value != null) {
            throw at.error(field, "not used by a " + kind.label() + " chart; remove it");
        }
    }

    /** @return the spec */
    FigureSpec spec() {
        return spec;
    }

    /** @return paper or test */
    FigureSize size() {
        return size;
    }

    /** @return the sweep */
    SweepAdapter.Prepared sweep() {
        return sweep;
    }

    /** @return the x axis's label, with the parameter's unit when it has one */
    String xLabel() {
        PlotDefinition p = spec.plot();
        return switch (spec.chart()) {
            case TIMESERIES -> p.xLabel() != null ? p.xLabel() : "tick";
            case SENSITIVITY -> p.xLabel() != null ? p.xLabel() : "parameter";
            default -> withUnit(p.xLabel() != null ? p.xLabel() : p.x(), sweep.parameterUnit(p.x()));
        };
    }

    /** @return the second parameter's label (heatmap, table), with its unit */
    String yParameterLabel() {
        String y = spec.plot().y();
        return y == null ? "" : withUnit(y, sweep.parameterUnit(y));
    }

    /**
     * @return the value axis's label: the metric (or the spec's label) with its unit; for a share, the
     *         spec's label as it is, or "share of runs with METRIC CONDITION"
     */
    String valueLabel() {
        PlotDefinition p = spec.plot();
        String name = p.yLabel() != null ? p.yLabel() : p.metric();
        return switch (p.aggregate()) {
            case SHARE -> p.yLabel() != null ? p.yLabel() : "share of runs with " + name + " " + p.condition();
            case MEDIAN -> withUnit(name, sweep.metricUnit(p.metric()));
            case MEAN -> spec.chart() == ChartKind.SENSITIVITY ? "index of " + name
                    : withUnit(name, sweep.metricUnit(p.metric()));
        };
    }

    /** @return the series' parameter label, or null */
    String seriesLabel() {
        return spec.plot().series();
    }

    private static String withUnit(String name, String unit) {
        String shown = name.replace('_', ' ');
        boolean none = unit == null || unit.isEmpty() || unit.equals("1") || unit.equals(name) || unit.equals(shown);
        return none ? shown : shown + " (" + unit + ")";
    }

    /**
     * Computes the plotted data from a complete sweep folder.
     *
     * @param dir the sweep folder
     * @return the data
     * @throws IOException when the results cannot be read
     */
    FigureData compute(Path dir) throws IOException {
        PlotDefinition p = spec.plot();
        List<FigureData.Row> rows = new ArrayList<>();
        switch (spec.chart()) {
            case TIMESERIES -> {
                Map<String, TreeMap<Long, List<Double>>> cells = new LinkedHashMap<>();
                for (SweepAdapter.SeriesValue v : sweep.series(dir, p.metric())) {
                    cells.computeIfAbsent(seriesName(v.values()), k -> new TreeMap<>())
                            .computeIfAbsent(v.tick(), k -> new ArrayList<>()).add(v.value());
                }
                for (String s : sortedKeys(cells.keySet(), this::seriesOrder)) {
                    cells.get(s).forEach((tick, values) -> rows.add(row(s, Long.toString(tick), "", values)));
                }
            }
            case FINAL, HEATMAP, TABLE -> {
                Map<List<String>, List<Double>> cells = new LinkedHashMap<>();
                for (SweepAdapter.FinalValue v : sweep.finals(dir, p.metric())) {
                    String y = p.y() == null ? "" : v.values().get(p.y());
                    cells.computeIfAbsent(List.of(seriesName(v.values()), v.values().get(p.x()), y),
                            k -> new ArrayList<>()).add(v.value());
                }
                List<List<String>> keys = new ArrayList<>(cells.keySet());
                keys.sort(Comparator.<List<String>, Double>comparing(k -> seriesOrder(k.get(0)))
                        .thenComparing(k -> k.get(0))
                        .thenComparing(k -> order(k.get(2)))
                        .thenComparing(k -> order(k.get(1))));
                for (List<String> k : keys) {
                    rows.add(row(k.get(0), k.get(1), k.get(2), cells.get(k)));
                }
                rows.addAll(referenceRows(rows));
            }
            case SENSITIVITY -> {
                for (SweepAdapter.IndexValue v : sweep.sensitivity(dir, p.metric())) {
                    rows.add(new FigureData.Row(v.index(), v.parameter(), "", v.value(), v.low(), v.high(),
                            Math.max(1, v.n())));
                }
            }
            case ROBUSTNESS -> {
                return new FigureData(spec.sweep(size).arguments(), RobustnessJob.compute(spec.claim(), sweep, dir));
            }
            default -> throw new IllegalStateException(spec.chart().toString());
        }
        return new FigureData(spec.sweep(size).arguments(), rows);
    }

    private String seriesName(Map<String, String> values) {
        String s = spec.plot().series();
        return s == null ? "model" : s + "=" + values.get(s);
    }

    private double seriesOrder(String name) {
        int eq = name.indexOf('=');
        return eq < 0 ? 0 : order(name.substring(eq + 1));
    }

    private static double order(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static <K> List<K> sortedKeys(java.util.Collection<K> keys, Function<K, Double> by) {
        List<K> out = new ArrayList<>(keys);
        out.sort(Comparator.comparing(by));
        return out;
    }

    private FigureData.Row row(String series, String x, String y, List<Double> values) {
        PlotDefinition p = spec.plot();
        double[] v = values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
        int n = v.length;
        if (n == 0) {
            return new FigureData.Row(series, x, y, Double.NaN, Double.NaN, Double.NaN, values.size());
        }
        switch (p.aggregate()) {
            case MEAN -> {
                double sum = 0;
                for (double d : v) {
                    sum += d;
                }
                double mean = sum / n;
                double ss = 0;
                for (double d : v) {
                    ss += (d - mean) * (d - mean);
                }
                double h = n < 2 ? 0 : new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975)
                        * Math.sqrt(ss / (n - 1) / n);
                return new FigureData.Row(series, x, y, mean, mean - h, mean + h, n);
            }
            case MEDIAN -> {
                double[] s = v.clone();
                java.util.Arrays.sort(s);
                return new FigureData.Row(series, x, y, quantile(s, 0.5), quantile(s, p.lowQuantile()),
                        quantile(s, p.highQuantile()), n);
            }
            case SHARE -> {
                int k = 0;
                for (double d : v) {
                    k += p.condition().test(d) ? 1 : 0;
                }
                WilsonInterval w = WilsonInterval.of(k, n);
                return new FigureData.Row(series, x, y, w.share(), w.lower(), w.upper(), n);
            }
            default -> throw new IllegalStateException(p.aggregate().toString());
        }
    }

    /** The sample quantile with linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private List<FigureData.Row> referenceRows(List<FigureData.Row> model) {
        ReferenceDefinition ref = spec.reference();
        List<FigureData.Row> out = new ArrayList<>();
        if (ref == null) {
            return out;
        }
        if (ref.closedForm() == null) {
            for (ReferenceDefinition.Value v : ref.values()) {
                out.add(new FigureData.Row(ref.label(), v.x(), v.y() == null ? "" : v.y(), v.value(), Double.NaN,
                        Double.NaN, 0));
            }
            return out;
        }
        Map<String, Double> base = new HashMap<>();
        sweep.base().forEach((k, v) -> base.put(k, order(v)));
        for (FigureData.Row r : model) {
            Map<String, Double> params = new HashMap<>(base);
            String s = spec.plot().series();
            String label = ref.label();
            if (s != null) {
                params.put(s, order(r.series().substring(r.series().indexOf('=') + 1)));
                label = ref.label() + ", " + r.series();
            }
            double x = order(r.x());
            out.add(new FigureData.Row(label, r.x(), r.y(), ref.closedForm().value(x, params), Double.NaN,
                    Double.NaN, 0));
        }
        return out;
    }
}
