package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cloudnations.sim.chart.SweepCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sim chart DIR}: redraws every chart of a sweep from its stored files alone. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Redraw every chart of a sweep folder from its stored results (runs.csv, series.csv.gz,",
            "sensitivity.csv, manifest.json) into DIR/charts/, as PNG and SVG."})
final class ChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by 'sim sweep'.")
    Path dir;

    @Option(names = "--metric", paramLabel = "NAME",
            description = "Chart this metric; repeatable (default: the model's chart metrics, from manifest.json).")
    List<String> metrics = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<String> files = SweepCharts.drawAll(dir, metrics);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + files.size() + " charts into " + dir.resolve(SweepCharts.FOLDER) + ":");
        for (String f : files) {
            out.println("  " + f);
        }
        out.flush();
        return SimCli.OK;
    }
}
