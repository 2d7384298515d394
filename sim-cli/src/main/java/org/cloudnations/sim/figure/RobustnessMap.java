package org.cloudnations.sim.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloudnations.sim.stats.WilsonInterval;

/**
 * A claim tested at every point of a design: per point, the treatment's and the control's
 * statistic (each the mean over the point's replicates), the effect, and whether the claim holds
 * there (the effect exceeds the smallest effect; a point without a value does not hold). The share
 * of points where it holds comes with its 95% Wilson interval.
 *
 * <p>Its CSV (the figure's data file, after the sweep line) is
 * {@code point,PARAMETER...,treatment,control,effect,holds,runs}: one row per design point, its
 * context parameters' values, the two statistics, the effect, {@code 1} or {@code 0}, and the
 * runs behind the row (replicates, times two arms for a paired claim).
 *
 * @param parameters the context parameters (the design's varied parameters), in column order
 * @param points the design points, in order
 */
record RobustnessMap(List<String> parameters, List<Point> points) {
    RobustnessMap {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a robustness map needs at least one point");
        }
    }

    /**
     * One design point.
     *
     * @param point the design point, from 0
     * @param values the context parameters' values (name to text)
     * @param treatment the treatment's statistic, mean over replicates (NaN when none)
     * @param control the control's statistic, mean over replicates (NaN when none)
     * @param effect the effect
     * @param holds whether the effect exceeds the smallest effect
     * @param runs the runs behind the point
     */
    record Point(int point, Map<String, String> values, double treatment, double control, double effect,
                 boolean holds, int runs) {
        Point {
            values = Map.copyOf(values);
        }
    }

    /**
     * Evaluates a claim at every design point.
     *
     * @param claim the claim
     * @param parameters the context parameters, in column order
     * @param treatment per design point, the treatment's statistic in each of its runs
     * @param control per design point, the control's statistic in each of its runs
     * @param values per design point, its context parameters' values
     * @return the map
     */
    static RobustnessMap of(ClaimDefinition claim, List<String> parameters, TreeMap<Integer, List<Double>> treatment,
                            TreeMap<Integer, List<Double>> control, Map<Integer, Map<String, String>> values) {
        List<Point> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Double>> e : treatment.entrySet()) {
            int p = e.getKey();
            List<Double> c = control.getOrDefault(p, List.of());
            double t = mean(e.getValue());
            double k = mean(c);
            double effect = claim.effect().of(t, k);
            boolean holds = effect > claim.smallestEffect(); // NaN never holds
            int runs = claim.paired() ? e.getValue().size() + c.size() : e.getValue().size();
            out.add(new Point(p, values.get(p), t, k, effect, holds, runs));
        }
        return new RobustnessMap(parameters, out);
    }

    private static double mean(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    /** @return the share of points where the claim holds, with its 95% Wilson interval */
    WilsonInterval share() {
        return WilsonInterval.of(points.stream().filter(Point::holds).count(), points.size());
    }

    /**
     * How much the claim depends on each context parameter: the share of points where it holds in
     * the upper half of the parameter's sampled range minus that in the lower half. The two
     * parameters with the largest absolute differences are the ones to draw the boundary over.
     *
     * @return parameter name to difference, in column order (NaN where a half has no point or the
     *         parameter is not a number)
     */
    Map<String, Double> halvesDifference() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (String name : parameters) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Point p : points) {
                double v = number(p.values().get(name));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double middle = (lo + hi) / 2;
            int[] n = new int[2];
            int[] k = new int[2];
            for (Point p : points) {
                int half = number(p.values().get(name)) > middle ? 1 : 0;
                n[half]++;
                k[half] += p.holds() ? 1 : 0;
            }
            out.put(name, n[0] == 0 || n[1] == 0 || Double.isNaN(middle) ? Double.NaN : (double) k[1] / n[1] - (double) k[0] / n[0]);
        }
        return out;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** @return the CSV's header and rows, with LF line ends */
    String csv() {
        StringBuilder b = new StringBuilder("point");
        parameters.forEach(p -> b.append(',').append(p));
        b.append(",treatment,control,effect,holds,runs\n");
        for (Point p : points) {
            b.append(p.point());
            for (String name : parameters) {
                b.append(',').append(Objects.requireNonNull(p.values().get(name), name));
            }
            b.append(',').append(FigureData.number(p.treatment())).append(',').append(FigureData.number(p.control()))
                    .append(',').append(FigureData.number(p.effect())).append(',').append(p.holds() ? 1 : 0)
                    .append(',').append(p.runs()).append('\n');
        }
        return b.toString();
    }
}
