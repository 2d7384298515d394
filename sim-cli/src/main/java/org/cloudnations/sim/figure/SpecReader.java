package org.cloudnations.sim.figure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * Reads a figure spec (JSON) into a {@link FigureSpec}. Every mistake is one
 * {@link ConfigurationException} line naming the file and the field; unknown fields are refused
 * (a misspelt optional field would otherwise be ignored).
 */
final class SpecReader {
    private static final Set<String> TOP = Set.of("id", "caption", "sweep", "plot", "chart", "reference", "size",
            "formats", "data_sha256", "test", "claim");
    private static final Set<String> CLAIM = Set.of("treatment", "control", "statistic", "control_statistic",
            "control_value", "effect", "smallest_effect", "also");
    private static final Set<String> CONDITION = Set.of("statistic", "control_statistic", "control_value", "effect",
            "smallest_effect");
    private static final Set<String> STATISTIC = Set.of("metric", "over", "from", "to", "last_ticks");
    private static final Set<String> SWEEP = Set.of("scenario", "design", "vary", "fixed", "samples", "levels",
            "replicates", "ticks", "seed", "bootstrap");
    private static final Set<String> TEST = Set.of("vary", "fixed", "samples", "replicates", "ticks", "data_sha256");
    private static final Set<String> PLOT = Set.of("metric", "x", "y", "series", "aggregate", "quantiles",
            "condition", "x_label", "y_label");
    private static final Set<String> REFERENCE = Set.of("label", "source", "values", "closed_form");
    private static final long MAX_EXACT = 1L << 53;

    private SpecReader() {
    }

    /**
     * @param file a spec file
     * @return the raw JSON object, in file order
     * @throws ConfigurationException when the file cannot be read or is not a JSON object
     */
    static Map<String, Object> raw(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigurationException(file + ": cannot read the figure spec: it is not UTF-8 text; allowed: "
                    + "a JSON file in UTF-8");
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the figure spec (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        Object json;
        try {
            json = SweepAdapter.parseJson(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(file + ": malformed JSON: " + e.getMessage());
        }
        if (!(json instanceof Map<?, ?>)) {
            throw new ConfigurationException(file + ": malformed figure spec: expected a JSON object {...}");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) json;
        return m;
    }

    /**
     * @param file a spec file
     * @return the spec
     * @throws ConfigurationException naming the file and the field when the spec is wrong
     */
    static FigureSpec read(Path file) {
        Map<String, Object> top = raw(file);
        SpecLocation at = new SpecLocation(file);
        Fields f = new Fields(at, "", top, TOP);
        String id = f.string("id");
        if (!FigureSpec.ID.matcher(id).matches()) {
            throw at.error("id", "'" + id + "' is not allowed; allowed: 1 to 64 lower-case letters, digits and dashes");
        }
        ClaimDefinition claim = f.has("claim") ? claim(at, f.object("claim", CLAIM)) : null;
        List<Map<String, String>> arms = claim == null || !claim.paired() ? List.of()
                : List.of(claim.treatment(), claim.control());
        Fields s = f.object("sweep", SWEEP);
        SweepDefinition paper = new SweepDefinition(s.string("scenario"), s.optionalString("design", "grid"),
                s.strings("vary"), s.textMap("fixed"), s.integer("samples", 0, 0, Integer.MAX_VALUE),
                s.integer("levels", 0, 0, Integer.MAX_VALUE), s.integer("replicates", null, 1, Integer.MAX_VALUE),
                s.integer("ticks", null, 1, Integer.MAX_VALUE), s.seed("seed"),
                s.integer("bootstrap", 1000, 0, Integer.MAX_VALUE), arms);
        Fields t = f.object("test", TEST);
        Map<String, String> testFixed = new LinkedHashMap<>(paper.fixed());
        testFixed.putAll(t.textMap("fixed"));
        SweepDefinition test = new SweepDefinition(paper.scenario(), paper.design(),
                t.has("vary") ? t.strings("vary") : paper.vary(), testFixed,
                t.integer("samples", paper.samples(), 0, Integer.MAX_VALUE), paper.levels(),
                t.integer("replicates", paper.replicates(), 1, Integer.MAX_VALUE),
                t.integer("ticks", paper.ticks(), 1, Integer.MAX_VALUE), paper.seed(), paper.bootstrap(), arms);
        Fields p = f.object("plot", PLOT);
        Aggregate aggregate = SpecName.of(Aggregate.class, p.optionalString("aggregate", "mean"));
        if (aggregate == null) {
            throw at.error("plot.aggregate", "unknown aggregate '" + p.optionalString("aggregate", "") + "'; allowed: "
                    + String.join(", ", SpecName.labels(Aggregate.class)));
        }
        double[] q = {0.25, 0.75};
        if (p.has("quantiles")) {
            List<Double> qs = p.numbers("quantiles");
            if (qs.size() != 2 || !(qs.get(0) >= 0 && qs.get(0) < qs.get(1) && qs.get(1) <= 1)) {
                throw at.error("plot.quantiles", qs + " is not allowed; allowed: two increasing numbers from 0 to 1");
            }
            q = new double[] {qs.get(0), qs.get(1)};
        }
        PlotDefinition.Condition condition = null;
        if (p.has("condition")) {
            Fields c = p.object("condition", Set.of("operator", "value"));
            String op = c.string("operator");
            if (!PlotDefinition.Condition.OPERATORS.contains(op)) {
                throw at.error("plot.condition.operator", "unknown operator '" + op + "'; allowed: "
                        + String.join(" ", PlotDefinition.Condition.OPERATORS));
            }
            condition = new PlotDefinition.Condition(op, c.number("value"));
        }
        if ((aggregate == Aggregate.SHARE) != (condition != null)) {
            throw at.error("plot.condition", aggregate == Aggregate.SHARE
                    ? "the share aggregate needs a condition, e.g. {\"operator\": \">=\", \"value\": 0.5}"
                    : "a condition belongs to the share aggregate only");
        }
        String metric = claim != null && !p.has("metric") ? claim.statistic().metric() : p.string("metric");
        PlotDefinition plot = new PlotDefinition(metric, p.string("x"), p.optionalString("y", null),
                p.optionalString("series", null), aggregate, q[0], q[1], condition, p.optionalString("x_label", null),
                p.optionalString("y_label", null));
        String chartText = f.string("chart");
        ChartKind chart = SpecName.of(ChartKind.class, chartText);
        if (chart == null) {
            throw at.error("chart", "unknown chart kind '" + chartText + "'; allowed: "
                    + String.join(", ", SpecName.labels(ChartKind.class)));
        }
        ReferenceDefinition reference = null;
        if (f.has("reference")) {
            Fields r = f.object("reference", REFERENCE);
            List<ReferenceDefinition.Value> values = new ArrayList<>();
            for (Fields v : r.objects("values", Set.of("x", "y", "value"))) {
                values.add(new ReferenceDefinition.Value(v.text("x"), v.has("y") ? v.text("y") : null,
                        v.number("value")));
            }
            ClosedForm form = null;
            if (r.has("closed_form")) {
                form = SpecName.of(ClosedForm.class, r.string("closed_form"));
                if (form == null) {
                    throw at.error("reference.closed_form", "unknown closed form '" + r.string("closed_form")
                            + "'; allowed: " + String.join(", ", SpecName.labels(ClosedForm.class)));
                }
            }
            if (values.isEmpty() == (form == null)) {
                throw at.error("reference", "give either values (published numbers) or closed_form, not both");
            }
            reference = new ReferenceDefinition(r.string("label"), r.string("source"), values, form);
        }
        Fields size = f.object("size", Set.of("width_cm", "height_cm"));
        double width = size.range("width_cm", 2, 40);
        double height = size.range("height_cm", 2, 40);
        List<String> formats = f.has("formats") ? f.strings("formats") : FigureSpec.FORMATS;
        for (String fmt : formats) {
            if (!FigureSpec.FORMATS.contains(fmt)) {
                throw at.error("formats", "unknown format '" + fmt + "'; allowed: " + String.join(", ", FigureSpec.FORMATS));
            }
        }
        if ((chart == ChartKind.ROBUSTNESS) != (claim != null)) {
            throw at.error(claim == null ? "claim" : "chart", claim == null
                    ? "missing: a robustness chart needs the claim it maps (treatment, control, statistic, "
                    + "smallest_effect)" : "a claim is mapped by a robustness chart only, not a " + chart.label()
                    + " chart");
        }
        return new FigureSpec(file, id, f.string("caption"), paper, test, plot, chart, reference, width, height,
                formats, f.sha("data_sha256"), t.sha("data_sha256"), FigureData.sha256(bytes(file)), claim);
    }

    /** Reads the claim of a robustness map; every mistake names its field under {@code claim.}. */
    private static ClaimDefinition claim(SpecLocation at, Fields c) {
        Map<String, String> treatment = c.textMap("treatment");
        Map<String, String> control = c.textMap("control");
        if (c.has("treatment") != c.has("control")) {
            throw at.error(c.has("treatment") ? "claim.control" : "claim.treatment", "missing: a paired claim "
                    + "needs both arms, treatment and control");
        }
        if (c.has("treatment") && (treatment.isEmpty() || control.isEmpty())) {
            throw at.error(treatment.isEmpty() ? "claim.treatment" : "claim.control", "an arm sets at least one "
                    + "parameter; write a default value out, e.g. {\"open_models\": true}");
        }
        if (c.has("treatment") && treatment.equals(control)) {
            throw at.error("claim.control", "the same as claim.treatment; allowed: arms that differ");
        }
        ClaimDefinition first = condition(at, c, treatment, control);
        List<ClaimDefinition> also = new ArrayList<>();
        for (Fields a : c.objects("also", CONDITION)) {
            also.add(condition(at, a, treatment, control));
        }
        return new ClaimDefinition(treatment, control, first.statistic(), first.controlStatistic(),
                first.controlValue(), first.effect(), first.smallestEffect(), also);
    }

    /** Reads one condition of a claim: its statistics, effect and smallest effect. */
    private static ClaimDefinition condition(SpecLocation at, Fields c, Map<String, String> treatment,
                                             Map<String, String> control) {
        boolean paired = !treatment.isEmpty();
        RunStatistic statistic = statistic(at, c.object("statistic", STATISTIC));
        RunStatistic controlStatistic = c.has("control_statistic")
                ? statistic(at, c.object("control_statistic", STATISTIC)) : null;
        double controlValue = c.has("control_value") ? c.number("control_value") : Double.NaN;
        int within = (controlStatistic != null ? 1 : 0) + (c.has("control_value") ? 1 : 0);
        if (paired ? within != 0 : within != 1) {
            String where = c.path().substring(0, c.path().length() - 1);
            throw at.error(where, paired ? "a paired claim compares its arms on claim.statistic; "
                    + "remove control_statistic and control_value" : "give either treatment and control (paired "
                    + "arms) or, within one run, control_statistic or control_value");
        }
        String effectText = c.optionalString("effect", "difference");
        ClaimDefinition.Effect effect = SpecName.of(ClaimDefinition.Effect.class, effectText);
        if (effect == null) {
            throw at.error(c.path() + "effect", "unknown effect '" + effectText + "'; allowed: "
                    + String.join(", ", SpecName.labels(ClaimDefinition.Effect.class)));
        }
        double smallest = c.number("smallest_effect");
        if (!(smallest > 0)) {
            throw at.error(c.path() + "smallest_effect", "value " + smallest + " is not allowed; allowed: a positive "
                    + "number (a difference, or a share of the control for a relative effect)");
        }
        return new ClaimDefinition(treatment, control, statistic, controlStatistic, controlValue, effect, smallest);
    }

    private static RunStatistic statistic(SpecLocation at, Fields s) {
        String overText = s.optionalString("over", "last");
        RunStatistic.Over over = SpecName.of(RunStatistic.Over.class, overText);
        if (over == null) {
            throw at.error(s.path() + "over", "unknown statistic '" + overText + "'; allowed: "
                    + String.join(", ", SpecName.labels(RunStatistic.Over.class)));
        }
        boolean window = s.has("from") || s.has("to") || s.has("last_ticks");
        if (over == RunStatistic.Over.LAST && window) {
            throw at.error(s.path() + "over", "the last value has no window; remove from, to and last_ticks, or "
                    + "use mean or total");
        }
        if (s.has("last_ticks") && (s.has("from") || s.has("to"))) {
            throw at.error(s.path() + "last_ticks", "give either last_ticks or from and to, not both");
        }
        long from = s.integer("from", 0, 0, Integer.MAX_VALUE);
        long to = s.integer("to", -1, -1, Integer.MAX_VALUE);
        if (to != -1 && to < from) {
            throw at.error(s.path() + "to", "value " + to + " is before from " + from + "; allowed: a tick from "
                    + from + " on");
        }
        return new RunStatistic(s.string("metric"), over, from, to, s.integer("last_ticks", 0, 1, Integer.MAX_VALUE));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the figure spec (" + e.getMessage() + ")");
        }
    }

    /** The fields of one JSON object, with its path for messages. */
    private record Fields(SpecLocation at, String path, Map<String, Object> map) {
        Fields(SpecLocation at, String path, Map<String, Object> map, Set<String> allowed) {
            this(at, path, map);
            for (String k : map.keySet()) {
                if (!allowed.contains(k)) {
                    throw at.error(path + k, "unknown field; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        boolean has(String key) {
            return map.get(key) != null;
        }

        private Object need(String key) {
            Object v = map.get(key);
            if (v == null) {
                throw at.error(path + key, "missing");
            }
            return v;
        }

        String string(String key) {
            Object v = need(key);
            if (!(v instanceof String s) || s.isBlank()) {
                throw at.error(path + key, "expected a non-empty string, got " + v);
            }
            return s;
        }

        String optionalString(String key, String fallback) {
            return has(key) ? string(key) : fallback;
        }

        /** A string, or a number written as the shortest decimal (integers without ".0"). */
        String text(String key) {
            Object v = need(key);
            if (v instanceof Double d) {
                return d == Math.rint(d) && Math.abs(d) < MAX_EXACT ? Long.toString(d.longValue()) : d.toString();
            }
            if (v instanceof String || v instanceof Boolean) {
                return v.toString();
            }
            throw at.error(path + key, "expected a string or a number, got " + v);
        }

        double number(String key) {
            Object v = need(key);
            if (!(v instanceof Double d) || !Double.isFinite(d)) {
                throw at.error(path + key, "expected a finite number, got " + v);
            }
            return d;
        }

        double range(String key, double min, double max) {
            double d = number(key);
            if (d < min || d > max) {
                throw at.error(path + key, "value " + d + " is out of range; allowed: a number from " + min + " to " + max);
            }
            return d;
        }

        int integer(String key, Integer fallback, int min, int max) {
            if (!has(key) && fallback != null) {
                return fallback;
            }
            double d = number(key);
            if (d != Math.rint(d) || d < min || d > max) {
                throw at.error(path + key, "value " + text(key) + " is not allowed; allowed: a whole number from "
                        + min + " to " + max);
            }
            return (int) d;
        }

        long seed(String key) {
            double d = number(key);
            if (d != Math.rint(d) || Math.abs(d) > MAX_EXACT) {
                throw at.error(path + key, "value " + text(key) + " is not allowed; allowed: a whole number from -"
                        + MAX_EXACT + " to " + MAX_EXACT);
            }
            return (long) d;
        }

        String sha(String key) {
            if (!has(key)) {
                return null;
            }
            String s = string(key);
            if (!s.matches("[0-9a-f]{64}")) {
                throw at.error(path + key, "'" + s + "' is not a SHA-256; allowed: 64 lower-case hex digits");
            }
            return s;
        }

        List<Object> list(String key) {
            Object v = need(key);
            if (!(v instanceof List<?> l)) {
                throw at.error(path + key, "expected a JSON array [...], got " + v);
            }
            return new ArrayList<>(l);
        }

        List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            for (Object o : list(key)) {
                if (!(o instanceof String s) || s.isBlank()) {
                    throw at.error(path + key, "expected non-empty strings, got " + o);
                }
                out.add(s);
            }
            return out;
        }

        List<Double> numbers(String key) {
            List<Double> out = new ArrayList<>();
            for (Object o : list(key)) {
                if (!(o instanceof Double d)) {
                    throw at.error(path + key, "expected numbers, got " + o);
                }
                out.add(d);
            }
            return out;
        }

        Map<String, String> textMap(String key) {
            Map<String, String> out = new LinkedHashMap<>();
            if (!has(key)) {
                return out;
            }
            Fields m = objectAt(key);
            for (String k : m.map.keySet()) {
                out.put(k, m.text(k));
            }
            return out;
        }

        private Fields objectAt(String key) {
            Object v = need(key);
            if (!(v instanceof Map<?, ?>)) {
                throw at.error(path + key, "expected a JSON object {...}, got " + v);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            return new Fields(at, path + key + ".", m);
        }

        Fields object(String key, Set<String> allowed) {
            if (!has(key) && key.equals("test")) {
                return new Fields(at, "test.", Map.of(), allowed);
            }
            Fields f = objectAt(key);
            return new Fields(at, f.path, f.map, allowed);
        }

        List<Fields> objects(String key, Set<String> allowed) {
            List<Fields> out = new ArrayList<>();
            if (!has(key)) {
                return out;
            }
            List<Object> l = list(key);
            for (int i = 0; i < l.size(); i++) {
                if (!(l.get(i) instanceof Map<?, ?>)) {
                    throw at.error(path + key + "[" + i + "]", "expected a JSON object {...}, got " + l.get(i));
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) l.get(i);
                out.add(new Fields(at, path + key + "[" + i + "].", m, allowed));
            }
            return out;
        }
    }
}
