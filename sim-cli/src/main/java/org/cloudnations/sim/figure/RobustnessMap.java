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
 * runs behind the row (replicates, times two arms for a paired claim). A claim of k conditions
 * adds {@code treatment_i,control_i,effect_i} for i = 2..k before {@code holds}, which is 1 where
 * every condition holds.
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
     * @param treatments per condition, the treatment's statistic, mean over replicates (NaN when none)
     * @param controls per condition, the control's statistic, mean over replicates (NaN when none)
     * @param effects per condition, the effect
     * @param holds whether every effect exceeds its smallest effect
     * @param runs the runs behind the point
     */
    record Point(int point, Map<String, String> values, List<Double> treatments, List<Double> controls,
                 List<Double> effects, boolean holds, int runs) {
        Point {
            values = Map.copyOf(values);
            treatments = List.copyOf(treatments);
            controls = List.copyOf(controls);
            effects = List.copyOf(effects);
        }

        /** @return the first condition's treatment statistic */
        double treatment() {
            return treatments.get(0);
        }

        /** @return the first condition's control statistic */
        double control() {
            return controls.get(0);
        }

        /** @return the first condition's effect */
        double effect() {
            return effects.get(0);
        }
    }

    /**
     * Evaluates a claim at every design point.
     *
     * @param claim the claim
     * @param parameters the context parameters, in column order
     * @param treatment per condition of the claim, per design point, the treatment's statistic in
     *                  each of its runs
     * @param control per condition, per design point, the control's statistic in each of its runs
     * @param values per design point, its context parameters' values
     * @return the map
     */
    static RobustnessMap of(ClaimDefinition claim, List<String> parameters,
                            List<TreeMap<Integer, List<Double>>> treatment,
                            List<TreeMap<Integer, List<Double>>> control, Map<Integer, Map<String, String>> values) {
        List<ClaimDefinition> conditions = claim.conditions();
        List<Point> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Double>> e : treatment.get(0).entrySet()) {
            int p = e.getKey();
            List<Double> ts = new ArrayList<>();
            List<Double> cs = new ArrayList<>();
            List<Double> effects = new ArrayList<>();
            boolean holds = true;
            for (int i = 0; i < conditions.size(); i++) {
                List<Double> c = control.get(i).getOrDefault(p, List.of());
                double t = mean(treatment.get(i).getOrDefault(p, List.of()));
                double k = mean(c);
                double effect = conditions.get(i).effect().of(t, k);
                holds &= effect > conditions.get(i).smallestEffect(); // NaN never holds
                ts.add(t);
                cs.add(k);
                effects.add(effect);
            }
            int runs = claim.paired() ? e.getValue().size() + control.get(0).getOrDefault(p, List.of()).size()
                    : e.getValue().size();
            out.add(new Point(p, values.get(p), ts, cs, effects, holds, runs));
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
        b.append(",treatment,control,effect");
        int conditions = points.get(0).effects().size();
        for (int i = 2; i <= conditions; i++) {
            b.append(",treatment_").append(i).append(",control_").append(i).append(",effect_").append(i);
        }
        b.append(",holds,runs\n");
        for (Point p : points) {
            b.append(p.point());
            for (String name : parameters) {
                b.append(',').append(Objects.requireNonNull(p.values().get(name), name));
            }
            for (int i = 0; i < conditions; i++) {
                b.append(',').append(FigureData.number(p.treatments().get(i))).append(',')
                        .append(FigureData.number(p.controls().get(i))).append(',')
                        .append(FigureData.number(p.effects().get(i)));
            }
            b.append(',').append(p.holds() ? 1 : 0).append(',').append(p.runs()).append('\n');
        }
        return b.toString();
    }
}
