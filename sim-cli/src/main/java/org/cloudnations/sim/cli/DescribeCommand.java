package org.cloudnations.sim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sim describe SCENARIO}: every parameter and metric of a scenario. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Describe a scenario's parameters (name, type, default, range, unit, description) and metrics.")
final class DescribeCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario name (see 'sim list').")
    String scenario;

    @Option(names = "--format", defaultValue = "text",
            description = "text (for people) or csv (parameters only, header name,type,default,min,max,unit,description).")
    Format format;

    @Override
    public Integer call() {
        Scenario s = Scenarios.get(scenario);
        PrintWriter out = spec.commandLine().getOut();
        List<ParameterSpec> params = s.parameters().specs();
        if (format == Format.csv) {
            out.println("name,type,default,min,max,unit,description");
            for (ParameterSpec p : params) {
                out.println(String.join(",", csv(p.name()), csv(p.type().label()), csv(p.defaultValue()),
                        csv(p.minText()), csv(p.maxText()), csv(p.unit()), csv(p.description())));
            }
            out.flush();
            return SimCli.OK;
        }
        out.println(s.name() + ": " + s.summary());
        out.println("model: " + s.model().name());
        out.println();
        out.println("Parameters (set with -P name=value), grouped by the rule that declares them first:");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "type", "default", "allowed", "unit", "row", "description"});
        List<Integer> groupStarts = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        for (Map.Entry<String, List<ParameterSpec>> group : byRule(s, params).entrySet()) {
            groupStarts.add(rows.size());
            groupNames.add(group.getKey());
            for (ParameterSpec p : group.getValue()) {
                String allowed = switch (p.type()) {
                    case INT, DOUBLE -> p.minText() + ".." + p.maxText();
                    case BOOLEAN -> "true|false";
                    case CHOICE -> String.join("|", p.choices());
                };
                rows.add(new String[] {p.name(), p.type().label(), p.defaultValue(), allowed, p.unit(), p.seedRow(),
                    p.description()});
            }
        }
        int[] width = widths(rows);
        for (int k = 0; k < rows.size(); k++) {
            int g = groupStarts.indexOf(k);
            if (g >= 0) {
                out.println("  [" + groupNames.get(g) + "]");
            }
            out.println(line(rows.get(k), width));
        }
        out.println();
        out.println("Metrics (columns of metrics.csv):");
        rows.clear();
        rows.add(new String[] {"name", "unit", "description"});
        for (MetricSpec m : s.model().metrics()) {
            rows.add(new String[] {m.name(), m.unit(), m.description()});
        }
        table(out, rows);
        out.flush();
        return SimCli.OK;
    }

    static void table(PrintWriter out, List<String[]> rows) {
        int[] width = widths(rows);
        for (String[] r : rows) {
            out.println(line(r, width));
        }
    }

    /**
     * The scenario's parameters grouped by the rule of its rule set that declares each first, in
     * rule order ("rule RULE (phase PHASE)"); one group "parameters" for a model that is not a rule set.
     */
    private static Map<String, List<ParameterSpec>> byRule(Scenario s, List<ParameterSpec> params) {
        Map<String, List<ParameterSpec>> groups = new LinkedHashMap<>();
        if (!(s.model() instanceof RuleSet rules)) {
            groups.put("parameters", params);
            return groups;
        }
        Set<String> seen = new HashSet<>();
        for (Rule r : rules.rules()) {
            for (ParameterSpec declared : r.parameters()) {
                if (seen.add(declared.name())) {
                    ParameterSpec p = params.stream().filter(x -> x.name().equals(declared.name())).findFirst()
                            .orElse(declared);
                    groups.computeIfAbsent("rule " + r.name() + " (phase " + r.phase() + ")", k -> new ArrayList<>())
                            .add(p);
                }
            }
        }
        for (ParameterSpec p : params) {
            if (!seen.contains(p.name())) {
                groups.computeIfAbsent("declared by no rule", k -> new ArrayList<>()).add(p);
            }
        }
        return groups;
    }

    private static int[] widths(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        return width;
    }

    private static String line(String[] r, int[] width) {
        StringBuilder b = new StringBuilder("  ");
        for (int c = 0; c < r.length; c++) {
            b.append(c == r.length - 1 ? r[c] : String.format("%-" + width[c] + "s  ", r[c]));
        }
        return b.toString().stripTrailing();
    }

    static String csv(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
