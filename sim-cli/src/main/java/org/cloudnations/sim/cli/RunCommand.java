package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cloudnations.sim.chart.SeriesChart;
import org.cloudnations.sim.checkpoint.CheckpointFolder;
import org.cloudnations.sim.checkpoint.CheckpointedRun;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.output.OutputFolder;
import org.cloudnations.sim.output.RunFiles;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sim run}: one run of a scenario, written as {@code metrics.csv}, {@code manifest.json}
 * and {@code metrics.png} into a folder that appears only when complete.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one scenario and write metrics.csv, manifest.json and metrics.png.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = Scenarios.DEFAULT,
            description = "Scenario name (default: ${DEFAULT-VALUE}; see 'sim list').")
    String scenario;

    @Option(names = "--ticks", defaultValue = "200", paramLabel = "T", description = "Ticks to run (default: ${DEFAULT-VALUE}).")
    int ticks;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of every random stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "K",
            description = "Threads for the individual phases (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--chunk", defaultValue = "" + RunConfig.DEFAULT_CHUNK, paramLabel = "N", hidden = true,
            description = "Individuals per work unit (speed only).")
    int chunk;

    @Option(names = "-P", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Set a parameter; repeatable. 'sim describe SCENARIO' lists them.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/SCENARIO-TIMESTAMP-sSEED).")
    Path out;

    @Option(names = "--force", description = "Replace the output folder if it already holds files (only once the new results are complete).")
    boolean force;

    @Option(names = "--check", description = "Verify every invariant of the rules and metrics after every tick; "
            + "stop at the first that fails (exit 6). Same output, slower.")
    boolean check;

    @Option(names = "--no-chart", description = "Skip metrics.png.")
    boolean noChart;

    @Option(names = "--checkpoint-every", paramLabel = "K",
            description = "Write a checkpoint (DIR/checkpoint.bin) every K ticks; continue with --resume DIR.")
    Integer checkpointEvery;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the run whose checkpoint is in DIR; give the scenario and options of the first run.")
    Path resume;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario s = Scenarios.get(scenario);
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        RunConfig config = s.configure(parameters, seed, ticks, k).withChunkSize(chunk).withCheck(check);
        if (checkpointEvery != null && (checkpointEvery < 1 || checkpointEvery > RunConfig.MAX_TICKS)) {
            throw ConfigurationException.outOfRange("--checkpoint-every", checkpointEvery, 1, RunConfig.MAX_TICKS);
        }
        if (resume != null && out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
            throw new ConfigurationException("--out " + out + " and --resume " + resume + " name different folders; "
                    + "a resumed run goes on in its own folder: leave --out out");
        }
        boolean checkpointed = checkpointEvery != null || resume != null;
        if (force && checkpointed) {
            throw new ConfigurationException("--force cannot be combined with --checkpoint-every or --resume: "
                    + "checkpoints live in the output folder; choose a new folder");
        }
        Path target = resume != null ? resume : out != null ? out : defaultFolder(s.name(), seed);
        try (Interruption stop = Interruption.install()) {
            return checkpointed ? runCheckpointed(s, config, target, stop, stdout) : runPlain(s, config, target, stop, stdout);
        }
    }

    /** A run without periodic checkpoints: results appear whole; a signal leaves a checkpoint. */
    private int runPlain(Scenario s, RunConfig config, Path target, Interruption stop, PrintWriter stdout)
            throws IOException {
        try (OutputFolder folder = OutputFolder.prepare(target, force)) {
            // a checkpoint on a signal only where it cannot mix with earlier results (--force)
            CheckpointFolder checkpoints = OutputFolder.isEmpty(folder.target()) || !Files.exists(folder.target())
                    ? CheckpointFolder.fresh(target) : null;
            CheckpointedRun.Outcome outcome = run(s, config, checkpoints, 0, stop, false);
            if (outcome.stopped()) {
                return stopped(outcome, config, checkpoints == null ? null : target);
            }
            writeResults(s, outcome.result(), folder.staging());
            folder.publish();
            summary(stdout, outcome.result(), folder.target());
        }
        return SimCli.OK;
    }

    /** A run with checkpoints in its folder ({@code --checkpoint-every}, {@code --resume}). */
    private int runCheckpointed(Scenario s, RunConfig config, Path target, Interruption stop, PrintWriter stdout)
            throws IOException {
        CheckpointFolder folder = resume != null ? CheckpointFolder.existing(resume) : CheckpointFolder.fresh(target);
        CheckpointedRun.Outcome outcome = run(s, config, folder, checkpointEvery == null ? 0 : checkpointEvery, stop,
                resume != null);
        if (outcome.stopped()) {
            return stopped(outcome, config, target);
        }
        folder.complete(dir -> writeResults(s, outcome.result(), dir));
        summary(stdout, outcome.result(), target);
        if (outcome.checkpoints() > 0) {
            int n = outcome.result().manifest().individuals();
            stdout.printf(java.util.Locale.ROOT, "checkpoints: %d written, %.3f s each, %d bytes each%s%n",
                    outcome.checkpoints(), outcome.checkpointSeconds() / outcome.checkpoints(),
                    outcome.checkpointBytes(), n == 0 ? "" : String.format(java.util.Locale.ROOT,
                            " (%.1f per individual)", (double) outcome.checkpointBytes() / n));
            stdout.flush();
        }
        return SimCli.OK;
    }

    private CheckpointedRun.Outcome run(Scenario s, RunConfig config, CheckpointFolder folder, int every,
                                        Interruption stop, boolean resumed) throws IOException {
        try (Progress progress = Progress.start(s.name(), ticks, spec.commandLine().getErr())) {
            return CheckpointedRun.run(config, progress, folder, every, stop, resumed);
        }
    }

    /** The one line of a run stopped by a signal; the JVM then exits with the signal's status. */
    private int stopped(CheckpointedRun.Outcome outcome, RunConfig config, Path checkpointIn) {
        PrintWriter err = spec.commandLine().getErr();
        if (checkpointIn == null) {
            err.println("sim: stopped by a signal after tick " + outcome.stoppedAfter() + " of " + config.ticks()
                    + "; no checkpoint (the output folder holds earlier results); run the command again to start over");
        } else {
            err.println("sim: stopped by a signal after tick " + outcome.stoppedAfter() + " of " + config.ticks()
                    + "; checkpoint in " + checkpointIn + "; continue with: " + resumeCommand(checkpointIn));
        }
        err.flush();
        return Interruption.SIGTERM_STATUS;
    }

    /** This command line with {@code --out}, {@code --force} and {@code --resume} replaced by {@code --resume DIR}. */
    private String resumeCommand(Path dir) {
        StringBuilder b = new StringBuilder("sim");
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out") || a.equals("--resume")) {
                i++;
            } else if (!a.startsWith("--out=") && !a.startsWith("--resume=") && !a.equals("--force")) {
                b.append(' ').append(SlurmJob.quote(a));
            }
        }
        return b.append(" --resume ").append(SlurmJob.quote(dir.toString())).toString();
    }

    private void writeResults(Scenario s, RunResult result, Path dir) throws IOException {
        RunFiles.write(result, dir);
        if (!noChart) {
            SeriesChart.writePng(result.series(), s.model().chartMetrics(),
                    s.name() + " (seed " + seed + ", " + result.manifest().individuals() + " individuals)",
                    dir.resolve("metrics.png"));
        }
    }

    private static Path defaultFolder(String scenario, long seed) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("runs", scenario + "-" + stamp + "-s" + seed);
        Path p = base;
        for (int i = 2; Files.exists(p); i++) {
            p = Path.of(base + "-" + i);
        }
        return p;
    }

    private static void summary(PrintWriter out, RunResult result, Path dir) {
        MetricSeries series = result.series();
        out.printf("%s: %d individuals, %d ticks, seed %d, %d threads, %.2f s%n", result.manifest().scenario(),
                result.manifest().individuals(), result.manifest().ticks(), result.manifest().seed(),
                result.manifest().threads(), result.manifest().wallSeconds());
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"metric", "tick 0", "final", "min", "max", "unit"});
        for (MetricSpec m : series.specs()) {
            double[] v = series.column(m.name());
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            rows.add(new String[] {m.name(), fmt(v[0]), fmt(v[v.length - 1]), fmt(min), fmt(max), m.unit()});
        }
        DescribeCommand.table(out, rows);
        out.println("wrote " + dir + " (metrics.csv, manifest.json" + (Files.exists(dir.resolve("metrics.png"))
                ? ", metrics.png)" : ")"));
        out.flush();
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
