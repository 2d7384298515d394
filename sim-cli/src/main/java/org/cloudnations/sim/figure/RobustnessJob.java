package org.cloudnations.sim.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloudnations.sim.param.Names;

/**
 * The robustness chart's part of a {@link FigureJob}: its checks against the scenario and design,
 * and its data from the sweep's stored series.
 */
final class RobustnessJob {
    private RobustnessJob() {
    }

    /**
     * Checks a robustness spec against its sweep: the claim's metrics exist, the design has points
     * of its own (grid, random or lhs), and the phase diagram's two axes are distinct numeric
     * ranges of the design.
     *
     * @param spec the spec
     * @param sweep its sweep
     * @param at the spec file, for messages
     * @throws org.cloudnations.sim.param.ConfigurationException naming the field
     */
    static void check(FigureSpec spec, SweepAdapter.Prepared sweep, SpecLocation at) {
        ClaimDefinition claim = spec.claim();
        List<ClaimDefinition> conditions = claim.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            String path = i == 0 ? "claim." : "claim.also[" + (i - 1) + "].";
            metric(at, path + "statistic.metric", conditions.get(i).statistic().metric(), sweep);
            if (conditions.get(i).controlStatistic() != null) {
                metric(at, path + "control_statistic.metric", conditions.get(i).controlStatistic().metric(), sweep);
            }
        }
        if (!List.of("grid", "random", "lhs").contains(sweep.design())) {
            throw at.error("sweep.design", "a robustness map needs points of its own; allowed: lhs, random or grid, "
                    + "not " + sweep.design());
        }
        PlotDefinition plot = spec.plot();
        String note = "; the phase diagram's axes are two numeric ranges of sweep.vary: " + String.join(", ",
                sweep.varied().stream().filter(sweep::isRange).toList());
        for (String[] axis : new String[][] {{"plot.x", plot.x()}, {"plot.y", plot.y()}}) {
            if (axis[1] == null || !sweep.varied().contains(axis[1]) || !sweep.isRange(axis[1])) {
                throw at.error(axis[0], (axis[1] == null ? "missing" : "'" + axis[1] + "' is not allowed") + note);
            }
        }
        if (plot.x().equals(plot.y())) {
            throw at.error("plot.y", "'" + plot.y() + "' is also plot.x; allowed: another varied parameter");
        }
        if (plot.series() != null) {
            throw at.error("plot.series", "not used by a robustness chart; remove it");
        }
    }

    private static void metric(SpecLocation at, String field, String metric, SweepAdapter.Prepared sweep) {
        if (!sweep.metrics().contains(metric)) {
            throw at.error(field, Names.unknown("metric", metric, sweep.metrics()) + " (see 'sim describe "
                    + sweep.scenario() + "')");
        }
    }

    /**
     * Evaluates the claim at every design point of a complete sweep.
     *
     * @param claim the claim
     * @param sweep the sweep
     * @param dir its folder
     * @return the map
     * @throws IOException when the results cannot be read
     */
    static RobustnessMap compute(ClaimDefinition claim, SweepAdapter.Prepared sweep, Path dir) throws IOException {
        int arms = sweep.arms();
        Map<String, List<SweepAdapter.RunSeries>> series = new HashMap<>();
        List<TreeMap<Integer, List<Double>>> treatment = new ArrayList<>();
        List<TreeMap<Integer, List<Double>>> control = new ArrayList<>();
        Map<Integer, Map<String, String>> values = new HashMap<>();
        for (ClaimDefinition c : claim.conditions()) {
            TreeMap<Integer, List<Double>> t = new TreeMap<>();
            TreeMap<Integer, List<Double>> k = new TreeMap<>();
            for (SweepAdapter.RunSeries r : runs(series, sweep, dir, c.statistic().metric())) {
                int point = arms == 0 ? r.point() : r.point() / arms;
                boolean isControl = arms > 0 && r.point() % arms == 1;
                (isControl ? k : t).computeIfAbsent(point, x -> new ArrayList<>()).add(c.statistic().of(r.ticks(),
                        r.series()));
                values.computeIfAbsent(point, x -> context(r.values(), sweep.varied()));
                if (!c.paired() && c.controlStatistic() == null) {
                    k.computeIfAbsent(point, x -> new ArrayList<>()).add(c.controlValue());
                }
            }
            if (c.controlStatistic() != null) {
                for (SweepAdapter.RunSeries r : runs(series, sweep, dir, c.controlStatistic().metric())) {
                    k.computeIfAbsent(r.point(), x -> new ArrayList<>()).add(c.controlStatistic().of(r.ticks(),
                            r.series()));
                }
            }
            treatment.add(t);
            control.add(k);
        }
        return RobustnessMap.of(claim, sweep.varied(), treatment, control, values);
    }

    /** A metric's series, read once per figure. */
    private static List<SweepAdapter.RunSeries> runs(Map<String, List<SweepAdapter.RunSeries>> read,
                                                     SweepAdapter.Prepared sweep, Path dir, String metric)
            throws IOException {
        List<SweepAdapter.RunSeries> r = read.get(metric);
        if (r == null) {
            r = sweep.runSeries(dir, metric);
            read.put(metric, r);
        }
        return r;
    }

    private static Map<String, String> context(Map<String, String> values, List<String> varied) {
        Map<String, String> out = new LinkedHashMap<>();
        varied.forEach(v -> out.put(v, values.get(v)));
        return out;
    }
}
