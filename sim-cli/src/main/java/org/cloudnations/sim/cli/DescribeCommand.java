package org.cloudnations.sim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
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
        out.println("Parameters (set with -P name=value):");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "type", "default", "allowed", "unit", "row", "description"});
        for (ParameterSpec p : params) {
            String allowed = switch (p.type()) {
                case INT, DOUBLE -> p.minText() + ".." + p.maxText();
                case BOOLEAN -> "true|false";
                case CHOICE -> String.join("|", p.choices());
            };
            rows.add(new String[] {p.name(), p.type().label(), p.defaultValue(), allowed, p.unit(), p.seedRow(),
                p.description()});
        }
        table(out, rows);
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
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder("  ");
            for (int c = 0; c < cols; c++) {
                b.append(c == cols - 1 ? r[c] : String.format("%-" + width[c] + "s  ", r[c]));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    static String csv(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
