package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.cloudnations.sim.chart.SweepCharts;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.DesignKind;
import org.cloudnations.sim.sweep.SweepListener;
import org.cloudnations.sim.sweep.SweepPlan;
import org.cloudnations.sim.sweep.SweepRunner;
import org.cloudnations.sim.sweep.SweepSpec;
import org.cloudnations.sim.sweep.SweepSummary;
import org.cloudnations.sim.sweep.Vary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sim sweep}: many runs of a scenario over a design, on K threads, streamed to
 * {@code runs.csv}, {@code series.csv.gz} and {@code manifest.json} (plus {@code sensitivity.csv}
 * and charts), resumable with {@code --resume}. Exit code {@value #RUNS_FAILED} when any run failed.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario over a design of parameter values, with replicates, on K threads.",
            "Writes DIR/runs.csv (one row per run), DIR/series.csv.gz (every tick), DIR/manifest.json,",
            "DIR/sensitivity.csv (sobol, morris) and DIR/charts/. Exit code 3 when any run failed."})
final class SweepCommand implements Callable<Integer> {
    /** Exit code when the sweep completed but at least one run failed. */
    static final int RUNS_FAILED = 3;

    /** How scenario names are looked up; tests may add test scenarios. */
    static Function<String, Scenario> scenarios = Scenarios::get;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.SWEEP_DEFAULT,
            description = "Scenario name (default: ${DEFAULT-VALUE}; see 'sim list').")
    String scenario;

    @Option(names = "--vary", paramLabel = "NAME=LO:HI[:N]|NAME=V1,V2,...", required = true,
            description = "A varied parameter: a range (N levels for grid and oat, default 5) or a list; repeatable.")
    List<String> varies = new ArrayList<>();

    @Option(names = "--design", defaultValue = "grid", paramLabel = "DESIGN",
            description = "grid, random, lhs, sobol, oat or morris (default: ${DEFAULT-VALUE}).")
    String design;

    @Option(names = "--samples", paramLabel = "N",
            description = "Points (random, lhs), base samples N giving N(k+2) points (sobol), trajectories r giving r(k+1) points (morris).")
    Integer samples;

    @Option(names = "--levels", paramLabel = "P", description = "Morris levels, an even number (default: 4).")
    Integer levels;

    @Option(names = "--replicates", defaultValue = "1", paramLabel = "R",
            description = "Runs per design point, each with its own seed (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--ticks", defaultValue = "200", paramLabel = "T", description = "Ticks per run (default: ${DEFAULT-VALUE}).")
    int ticks;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Base seed; run seeds derive from (S, point, replicate) (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "K",
            description = "Runs in parallel, each on one thread (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "-P", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Fix a parameter for every run; repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--resume", description = "Continue the sweep in DIR: skip complete runs, redo incomplete ones.")
    boolean resume;

    @Option(names = "--series-every", defaultValue = "1", paramLabel = "K",
            description = "Write every K-th tick (and the last) of each run to series.csv.gz; 0 for none (default: ${DEFAULT-VALUE}).")
    int seriesEvery;

    @Option(names = "--bootstrap", defaultValue = "" + SweepSpec.DEFAULT_BOOTSTRAP, paramLabel = "B",
            description = "Bootstrap resamples for sensitivity intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--no-chart", description = "Skip DIR/charts (draw them later with 'sim chart DIR').")
    boolean noChart;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario s = scenarios.apply(scenario);
        DesignKind kind = DesignKind.parse(design);
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new ConfigurationException("-P " + e.getKey() + ": no value; write -P name=value");
            }
        }
        s.parameters().resolve(parameters);
        List<Vary> parsed = new ArrayList<>();
        for (String v : varies) {
            parsed.add(Vary.parse(v, s.parameters()));
        }
        int morrisLevels = levels != null ? levels : kind == DesignKind.MORRIS ? SweepSpec.DEFAULT_MORRIS_LEVELS : 0;
        SweepSpec sweep = new SweepSpec(s, parameters, parsed, kind, samples == null ? 0 : samples, morrisLevels,
                replicates, ticks, seed, seriesEvery, bootstrap, commandLine());
        SweepPlan plan = SweepPlan.of(sweep);
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        SweepSummary summary;
        Progress[] progress = {null};
        try {
            SweepListener listener = (done, total, failed) -> {
                if (progress[0] == null) {
                    progress[0] = Progress.start("sweep " + s.name(), total, "runs", stderr);
                }
                progress[0].ticked(done, total);
            };
            summary = SweepRunner.run(plan, out, k, resume, listener);
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
        List<String> files = new ArrayList<>(List.of("runs.csv"));
        if (seriesEvery > 0) {
            files.add("series.csv.gz");
        }
        files.add("manifest.json");
        if (summary.sensitivity()) {
            files.add("sensitivity.csv");
        }
        if (!noChart) {
            SweepCharts.drawAll(summary.dir(), List.of());
            files.add("charts/");
        }
        stdout.printf(Locale.ROOT, "sweep %s: design %s, %d points x %d replicates = %d runs, %d ticks, seed %d, "
                        + "%d threads%n", s.name(), kind.label(), plan.design().points(), replicates, plan.runs(), ticks,
                seed, k);
        stdout.printf(Locale.ROOT, "%d runs done now, %d already complete, %d failed, %.2f s%n", summary.ran(),
                summary.skipped(), summary.failed(), summary.wallSeconds());
        stdout.println("wrote " + out + " (" + String.join(", ", files) + ")");
        stdout.flush();
        if (summary.failed() > 0) {
            stderr.println("sim: " + summary.failed() + " of " + summary.runs() + " runs failed (first: "
                    + summary.firstFailure() + "); see the status and message columns of " + out.resolve("runs.csv"));
            stderr.flush();
            return RUNS_FAILED;
        }
        return SimCli.OK;
    }

    private String commandLine() {
        StringBuilder b = new StringBuilder("sim");
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            b.append(' ').append(a.matches("[A-Za-z0-9_./:=,+@%-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }
}
