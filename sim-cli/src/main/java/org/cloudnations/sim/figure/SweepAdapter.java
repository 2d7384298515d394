package org.cloudnations.sim.figure;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.Names;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.store.Csv;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.store.JsonReader;
import org.cloudnations.sim.sweep.store.RunsTable;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.cloudnations.sim.sweep.run.SweepListener;
import org.cloudnations.sim.sweep.run.SweepPlan;
import org.cloudnations.sim.sweep.run.SweepRunner;
import org.cloudnations.sim.sweep.run.SweepSpec;
import org.cloudnations.sim.sweep.run.SweepSummary;
import org.cloudnations.sim.sweep.design.Vary;

/**
 * The one place where figures touch the sweep engine (sim-core's {@code sweep} package): building
 * a sweep from a figure's {@link SweepDefinition}, running or resuming it in a cache folder, and
 * reading its stored results back. Everything else in this package sees only the small types
 * below, so that a change of the sweep engine's packages or readers (a typed results reader)
 * changes this class alone.
 */
final class SweepAdapter {
    private SweepAdapter() {
    }

    /**
     * Parses a JSON document.
     *
     * @param text the text
     * @return maps, lists, doubles, strings, booleans and null
     * @throws IllegalArgumentException when the text is not JSON
     */
    static Object parseJson(String text) {
        return JsonReader.parse(text);
    }

    /** A final value of one successful run: its design point, varied values (name to text) and the metric. */
    record FinalValue(int run, int point, Map<String, String> values, double value) {
    }

    /** One recorded tick of one successful run. */
    record SeriesValue(int run, int point, Map<String, String> values, long tick, double value) {
    }

    /**
     * The recorded ticks of one metric in one successful run.
     *
     * @param run the run id
     * @param point the point of the sweep (with arms: design point * arms + arm)
     * @param values the varied parameters' values (name to text), arm parameters included
     * @param ticks the recorded ticks, ascending
     * @param series the metric at those ticks
     */
    record RunSeries(int run, int point, Map<String, String> values, long[] ticks, double[] series) {
    }

    /** One row of sensitivity.csv for one metric. */
    record IndexValue(String method, String parameter, String index, double value, double low, double high,
                      long n) {
    }

    /** What a run of the sweep did. */
    record Outcome(int runs, int ran, int skipped, int failed, String firstFailure) {
    }

    /**
     * A figure's sweep, validated against its scenario.
     *
     * @param plan the engine's plan
     */
    record Prepared(SweepPlan plan) {
        /** @return the hash of everything that defines the sweep's results */
        String fingerprint() {
            return plan.fingerprint();
        }

        /** @return the number of runs */
        int runs() {
            return plan.runs();
        }

        /** @return the scenario's name */
        String scenario() {
            return plan.spec().scenario().name();
        }

        /** @return the varied parameters' names, in order */
        List<String> varied() {
            return plan.spec().varies().stream().map(Vary::name).toList();
        }

        /** @return the metrics' names */
        List<String> metrics() {
            return plan.metrics().stream().map(MetricSpec::name).toList();
        }

        /** @return whether the design has sensitivity indices (sobol, morris) */
        boolean sensitivityDesign() {
            return plan.spec().design() == DesignKind.SOBOL || plan.spec().design() == DesignKind.MORRIS;
        }

        /**
         * @param parameter a varied parameter
         * @return whether it is varied over a numeric range (else a list of values)
         */
        boolean isRange(String parameter) {
            return plan.spec().varies().stream().anyMatch(v -> v.name().equals(parameter) && v.isRange());
        }

        /** @return the number of arms each design point runs in; 0 without arms */
        int arms() {
            return plan.spec().arms().size();
        }

        /**
         * Every recorded tick of a metric, run by run, in run order.
         *
         * @param dir the sweep folder
         * @param metric the metric
         * @return one entry per successful run
         * @throws IOException when a file cannot be read
         */
        List<RunSeries> runSeries(Path dir, String metric) throws IOException {
            Map<Integer, List<SeriesValue>> byRun = new java.util.TreeMap<>();
            for (SeriesValue v : series(dir, metric)) {
                byRun.computeIfAbsent(v.run(), k -> new ArrayList<>()).add(v);
            }
            List<RunSeries> out = new ArrayList<>();
            for (List<SeriesValue> values : byRun.values()) {
                long[] ticks = new long[values.size()];
                double[] series = new double[values.size()];
                for (int i = 0; i < ticks.length; i++) {
                    ticks[i] = values.get(i).tick();
                    series[i] = values.get(i).value();
                }
                SeriesValue first = values.get(0);
                out.add(new RunSeries(first.run(), first.point(), first.values(), ticks, series));
            }
            return out;
        }

        /** @return the design's name */
        String design() {
            return plan.spec().design().label();
        }

        /**
         * @param metric a metric of the scenario
         * @return its unit
         */
        String metricUnit(String metric) {
            return plan.metrics().stream().filter(m -> m.name().equals(metric)).findFirst()
                    .map(MetricSpec::unit).orElseThrow();
        }

        /**
         * @param parameter a parameter of the scenario
         * @return its unit
         */
        String parameterUnit(String parameter) {
            return plan.spec().scenario().parameters().spec(parameter).unit();
        }

        /** @return every parameter at its value when not varied, as text */
        Map<String, String> base() {
            return plan.base().asText();
        }

        /**
         * Runs the sweep into {@code dir}, or resumes it there: complete runs are kept.
         *
         * @param dir the sweep folder (a cache entry)
         * @param threads runs in parallel
         * @param listener told after each run
         * @return what happened
         * @throws ConfigurationException when the folder holds another sweep
         * @throws IOException when files cannot be written
         */
        Outcome run(Path dir, int threads, SweepListener listener) throws IOException {
            SweepSummary s = SweepRunner.run(plan, dir, threads, true, listener);
            return new Outcome(s.runs(), s.ran(), s.skipped(), s.failed(), s.firstFailure());
        }

        /**
         * The final value of a metric in every successful run, in run order.
         *
         * @param dir the sweep folder
         * @param metric the metric
         * @return the values
         * @throws IOException when runs.csv cannot be read
         */
        List<FinalValue> finals(Path dir, String metric) throws IOException {
            RunsTable table = RunsTable.open(dir);
            int column = table.metrics().indexOf(metric);
            List<String> names = table.parameters();
            List<FinalValue> out = new ArrayList<>();
            table.forEach(r -> {
                if (r.ok()) {
                    out.add(new FinalValue(r.run(), r.point(), values(names, r.values()), r.metrics()[column]));
                }
            });
            return out;
        }

        /**
         * Every recorded tick of a metric in every successful run, in run and tick order. (Reads
         * series.csv.gz; to be replaced by the engine's typed reader once it has one.)
         *
         * @param dir the sweep folder
         * @param metric the metric
         * @return the values
         * @throws IOException when a file cannot be read
         */
        List<SeriesValue> series(Path dir, String metric) throws IOException {
            Map<Integer, FinalValue> ok = new HashMap<>();
            for (FinalValue f : finals(dir, metric)) {
                ok.put(f.run(), f);
            }
            List<SeriesValue> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                    Files.newInputStream(dir.resolve(SweepFolder.SERIES)), 1 << 16), StandardCharsets.UTF_8))) {
                String header = r.readLine();
                int column = header == null ? -1 : Csv.parse(header).indexOf(metric);
                String line;
                while (column >= 0 && (line = readComplete(r)) != null) {
                    List<String> f = Csv.parse(line);
                    FinalValue run = ok.get(Integer.parseInt(f.get(0)));
                    if (run != null) {
                        out.add(new SeriesValue(run.run(), run.point(), run.values(), Long.parseLong(f.get(1)),
                                Double.parseDouble(f.get(column))));
                    }
                }
            }
            return out;
        }

        /**
         * The sensitivity indices of a metric.
         *
         * @param dir the sweep folder
         * @param metric the metric
         * @return the rows of sensitivity.csv for it, in file order
         * @throws IOException when the file cannot be read
         */
        List<IndexValue> sensitivity(Path dir, String metric) throws IOException {
            List<IndexValue> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(dir.resolve(SweepFolder.SENSITIVITY), StandardCharsets.UTF_8);
            for (String l : lines.subList(1, lines.size())) {
                List<String> f = Csv.parse(l);
                if (f.get(1).equals(metric)) {
                    out.add(new IndexValue(f.get(0), f.get(2), f.get(3), number(f.get(4)), number(f.get(5)),
                            number(f.get(6)), Long.parseLong(f.get(7))));
                }
            }
            return out;
        }
    }

    /**
     * Builds and validates a figure's sweep. Each mistake is reported with the spec field it
     * comes from.
     *
     * @param def the sweep
     * @param seriesEvery every k-th tick in the series file; 0 for none
     * @param commandLine recorded in the sweep's manifest
     * @param where names the spec file, for messages
     * @return the sweep
     * @throws ConfigurationException naming the field that is wrong
     */
    static Prepared prepare(SweepDefinition def, int seriesEvery, String commandLine, SpecLocation where) {
        Scenario scenario = where.field("sweep.scenario", () -> Scenarios.get(def.scenario()));
        DesignKind design = where.field("sweep.design", () -> DesignKind.parse(def.design()));
        for (String name : def.fixed().keySet()) {
            if (!scenario.parameters().names().contains(name)) {
                throw where.error("sweep.fixed." + name, Names.unknown("parameter", name,
                        scenario.parameters().names()) + " (see 'sim describe " + scenario.name() + "')");
            }
        }
        where.field("sweep.fixed", () -> scenario.parameters().resolve(def.fixed()));
        for (int a = 0; a < def.arms().size(); a++) {
            String field = a == 0 ? "claim.treatment" : "claim.control";
            for (String name : def.arms().get(a).keySet()) {
                if (!scenario.parameters().names().contains(name)) {
                    throw where.error(field + "." + name, Names.unknown("parameter", name,
                            scenario.parameters().names()) + " (see 'sim describe " + scenario.name() + "')");
                }
            }
            Map<String, String> values = new LinkedHashMap<>(def.fixed());
            values.putAll(def.arms().get(a));
            where.field(field, () -> scenario.parameters().resolve(values));
        }
        List<Vary> varies = new ArrayList<>();
        for (String v : def.vary()) {
            varies.add(where.field("sweep.vary", () -> Vary.parse(v, scenario.parameters())));
        }
        int levels = def.levels() != 0 ? def.levels() : design == DesignKind.MORRIS ? SweepSpec.DEFAULT_MORRIS_LEVELS : 0;
        SweepSpec spec = where.field("sweep", () -> new SweepSpec(scenario, def.fixed(), varies, design, def.samples(),
                levels, def.replicates(), def.ticks(), def.seed(), seriesEvery, def.bootstrap(), commandLine,
                def.arms()));
        return new Prepared(where.field("sweep", () -> SweepPlan.of(spec)));
    }

    private static Map<String, String> values(List<String> names, String[] values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), values[i]);
        }
        return m;
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String readComplete(BufferedReader r) throws IOException {
        try {
            return r.readLine();
        } catch (EOFException e) {
            return null; // a gzip member cut short by a crash: the runs before it were read
        }
    }
}
