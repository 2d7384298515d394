package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudnations.sim.chart.SweepCharts;
import org.cloudnations.sim.engine.InvariantViolationException;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.run.Shard;
import org.cloudnations.sim.sweep.run.SweepListener;
import org.cloudnations.sim.sweep.run.SweepPlan;
import org.cloudnations.sim.sweep.run.SweepRunner;
import org.cloudnations.sim.sweep.run.SweepSpec;
import org.cloudnations.sim.sweep.run.SweepSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sim sweep}: many runs of a scenario over a design, on K threads, streamed to
 * {@code runs.csv}, {@code series.csv.gz} and {@code manifest.json} (plus {@code sensitivity.csv}
 * and charts), resumable with {@code --resume}. Exit code {@value #RUNS_FAILED} when any run failed,
 * {@value SimCli#MODEL_FAILURE} when a run of {@code --check} failed an invariant.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, subcommands = MergeCommand.class,
        description = {"Run a scenario over a design of parameter values, with replicates, on K threads.",
            "Writes DIR/runs.csv (one row per run), DIR/series.csv.gz (every tick), DIR/manifest.json,",
            "DIR/sensitivity.csv (sobol, morris) and DIR/charts/. Exit code 3 when any run failed.",
            "--shard I/N runs one interleaved shard; 'sim sweep merge' joins shards; --slurm N writes a Slurm job."})
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

    @Option(names = "--vary", paramLabel = "NAME=LO:HI[:N]|NAME=V1,V2,...",
            description = "A varied parameter: a range (N levels for grid and oat, default 5) or a list; repeatable.")
    List<String> varies = new ArrayList<>();

    @Option(names = "--arm", paramLabel = "NAME=VALUE[,NAME=VALUE...]",
            description = "An arm of a paired sweep: every design point runs once per arm, all arms with the point's seeds; repeat for each arm (grid, random, lhs).")
    List<String> arms = new ArrayList<>();

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

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (required).")
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

    @Option(names = "--check", description = "Run every run in the checking mode: verify every invariant after every "
            + "tick; the first that fails stops the sweep (exit 6), the runs before it stay complete. Same results, slower.")
    boolean check;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N: the runs with run id mod N = I (seeds unchanged); join with 'sim sweep merge'.")
    String shard;

    @Option(names = "--slurm", paramLabel = "N",
            description = "Do not run: write DIR/slurm/array.sbatch (a job array of N shards) and DIR/slurm/merge.sbatch.")
    Integer slurm;

    @Option(names = "--slurm-opt", paramLabel = "OPTION",
            description = "An extra '#SBATCH OPTION' line in both job scripts, e.g. --slurm-opt=--partition=short; repeatable.")
    List<String> slurmOptions = new ArrayList<>();

    @Option(names = "--slurm-throttle", paramLabel = "M",
            description = "Run at most M array tasks at once (--array=0-(N-1)%%M).")
    Integer slurmThrottle;

    @Option(names = "--slurm-sim", paramLabel = "COMMAND",
            description = "With --slurm: the command that runs sim on the compute nodes, e.g. '$HOME/cloudnations/sim' (default: this java and class path).")
    String slurmSim;

    @Option(names = "--submit", description = "With --slurm: submit the array, then the merge job after it (sbatch).")
    boolean submit;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out == null) {
            throw new ConfigurationException("sweep: give the output folder with --out DIR");
        }
        if (varies.isEmpty()) {
            throw new ConfigurationException("--vary: give at least one varied parameter, "
                    + "as NAME=LO:HI[:N] or NAME=V1,V2,...");
        }
        Scenario s = scenarios.apply(scenario);
        DesignKind kind = DesignKind.parse(design);
        s.parameters().resolve(parameters);
        List<Vary> parsed = new ArrayList<>();
        for (String v : varies) {
            parsed.add(Vary.parse(v, s.parameters()));
        }
        if (samples != null && (samples < 1 || samples > SweepSpec.MAX_RUNS)) {
            throw ConfigurationException.outOfRange("--samples", samples, 1, SweepSpec.MAX_RUNS); // 0 is not "none"
        }
        int morrisLevels = levels != null ? levels : kind == DesignKind.MORRIS ? SweepSpec.DEFAULT_MORRIS_LEVELS : 0;
        SweepSpec sweep = new SweepSpec(s, parameters, parsed, kind, samples == null ? 0 : samples, morrisLevels,
                replicates, ticks, seed, seriesEvery, bootstrap, commandLine(), arms.stream().map(SweepCommand::arm).toList());
        SweepPlan plan = SweepPlan.of(sweep);
        if (slurm != null) {
            return slurmJob(plan, stdout);
        }
        if (submit || !slurmOptions.isEmpty() || slurmThrottle != null || slurmSim != null) {
            throw new ConfigurationException("--submit, --slurm-opt, --slurm-throttle and --slurm-sim apply with "
                    + "--slurm N only");
        }
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        int k = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        SweepSummary summary = null;
        InvariantViolationException failedCheck = null;
        Progress[] progress = {null};
        try (Interruption stop = Interruption.install()) {
            SweepListener listener = (done, total, failed) -> {
                if (progress[0] == null) {
                    progress[0] = Progress.start("sweep " + s.name(), total, "runs", stderr);
                }
                progress[0].ticked(done, total);
            };
            try {
                summary = SweepRunner.run(plan, part, out, k, resume, check, listener, stop);
            } catch (InvariantViolationException e) {
                failedCheck = e;
            } finally {
                if (progress[0] != null) {
                    progress[0].close();
                }
            }
            if (failedCheck != null) {
                stderr.println("sim: the model failed a check: " + failedCheck.getMessage() + "; the runs before it "
                        + "are complete in " + out + " (--resume continues the sweep)");
                stderr.flush();
                return SimCli.MODEL_FAILURE;
            }
            if (!summary.complete()) {
                stderr.println("sim: stopped by a signal with " + (summary.skipped() + summary.ran()) + " of "
                        + summary.runs() + " runs written; continue with: " + commandLine()
                        + (resume ? "" : " --resume"));
                stderr.flush();
                return Interruption.SIGTERM_STATUS;
            }
            return report(plan, part, summary, k, stdout, stderr);
        }
    }

    /** Charts and the summary lines of a complete sweep (or shard). */
    private int report(SweepPlan plan, Shard part, SweepSummary summary, int k, PrintWriter stdout,
                       PrintWriter stderr) throws IOException {
        Scenario s = plan.spec().scenario();
        DesignKind kind = plan.spec().design();
        boolean charts = !noChart && part.whole();
        if (charts) {
            SweepCharts.drawAll(summary.dir(), List.of());
        }
        List<String> files = written(seriesEvery > 0, summary.sensitivity(), charts);
        stdout.printf(Locale.ROOT, "sweep %s: design %s, %d points x %d replicates = %d runs, %d ticks, seed %d, "
                        + "%d threads%s%n", s.name(), kind.label(), plan.design().points(), replicates, plan.runs(), ticks,
                seed, k, part.whole() ? "" : "; shard " + part + ": " + summary.runs() + " runs");
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

    /**
     * @param series whether series.csv.gz was written
     * @param sensitivity whether sensitivity.csv was written
     * @param charts whether charts were drawn
     * @return the files of a sweep folder, for the "wrote" line
     */
    static List<String> written(boolean series, boolean sensitivity, boolean charts) {
        List<String> files = new ArrayList<>(List.of("runs.csv"));
        if (series) {
            files.add("series.csv.gz");
        }
        files.add("manifest.json");
        if (sensitivity) {
            files.add("sensitivity.csv");
        }
        if (charts) {
            files.add("charts/");
        }
        return files;
    }

    private int slurmJob(SweepPlan plan, PrintWriter stdout) throws IOException {
        if (shard != null || resume) {
            throw new ConfigurationException("--slurm writes a job whose tasks pass --shard and --resume themselves; "
                    + "leave --shard and --resume out");
        }
        SlurmJob job = new SlurmJob(plan.spec().scenario().name(), sweepArguments(), slurm,
                slurmThrottle == null ? 0 : slurmThrottle, threads == null ? 1 : threads, slurmOptions,
                slurmSim == null ? SlurmJob.thisJava() : List.of(slurmSim.strip().split("\\s+")),
                out.toAbsolutePath().normalize());
        List<Path> written = job.write();
        stdout.println("sweep " + plan.spec().scenario().name() + ": " + plan.runs() + " runs in " + slurm
                + " shards; wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        if (!submit) {
            stdout.println("submit with: " + job.submitLine());
            stdout.flush();
            return SimCli.OK;
        }
        SlurmJob.Submitted ids = job.submit();
        stdout.println("submitted array job " + ids.array() + " and merge job " + ids.merge() + " (after the array); "
                + "results in " + job.merged());
        stdout.flush();
        return SimCli.OK;
    }

    /**
     * Parses the text of one {@code --arm}.
     *
     * @param text {@code NAME=VALUE[,NAME=VALUE...]}
     * @return parameter name to value, in order
     * @throws ConfigurationException when a pair is malformed or a name is given twice
     */
    static Map<String, String> arm(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new ConfigurationException("--arm " + text + ": expected NAME=VALUE[,NAME=VALUE...]");
            }
            if (values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim()) != null) {
                throw new ConfigurationException("--arm " + text + ": '" + pair.substring(0, eq).trim()
                        + "' is given twice; allowed: each parameter once per arm");
            }
        }
        return values;
    }

    /** The options that define the sweep, for the shard tasks of a job script. */
    private List<String> sweepArguments() {
        List<String> a = new ArrayList<>(List.of("sweep", scenario));
        for (String v : varies) {
            a.add("--vary");
            a.add(v);
        }
        arms.forEach(arm -> a.addAll(List.of("--arm", arm)));
        a.addAll(List.of("--design", design));
        if (samples != null) {
            a.addAll(List.of("--samples", samples.toString()));
        }
        if (levels != null) {
            a.addAll(List.of("--levels", levels.toString()));
        }
        a.addAll(List.of("--replicates", Integer.toString(replicates), "--ticks", Integer.toString(ticks), "--seed",
                Long.toString(seed)));
        parameters.forEach((k, v) -> a.addAll(List.of("-P", k + "=" + v)));
        a.addAll(List.of("--series-every", Integer.toString(seriesEvery), "--bootstrap", Integer.toString(bootstrap)));
        if (check) {
            a.add("--check");
        }
        return a;
    }

    /**
     * Rebuilds the plan of a sweep from the manifest of one of its folders, as {@code sim sweep}
     * built it from the command line.
     *
     * @param manifest the manifest's fields
     * @param where the folder, for messages
     * @return the plan
     * @throws ConfigurationException when the manifest lacks a field or names an unknown scenario
     */
    static SweepPlan planOf(Map<String, Object> manifest, Path where) {
        try {
            Scenario s = scenarios.apply(text(manifest, "scenario"));
            Map<String, String> fixed = new LinkedHashMap<>();
            ((Map<?, ?>) manifest.get("fixed")).forEach((k, v) -> fixed.put(String.valueOf(k), String.valueOf(v)));
            List<Vary> parsed = new ArrayList<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) manifest.get("varied")).entrySet()) {
                parsed.add(Vary.parse(e.getKey() + "=" + e.getValue(), s.parameters()));
            }
            List<Map<String, String>> arms = new ArrayList<>();
            if (manifest.get("arms") != null) {
                for (Object arm : (List<?>) manifest.get("arms")) {
                    Map<String, String> values = new LinkedHashMap<>();
                    ((Map<?, ?>) arm).forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
                    arms.add(values);
                }
            }
            SweepSpec spec = new SweepSpec(s, fixed, parsed, DesignKind.parse(text(manifest, "design")),
                    whole(manifest, "samples"), whole(manifest, "levels"), whole(manifest, "replicates"),
                    whole(manifest, "ticks"), seedOf(where),
                    whole(manifest, "series_every"), whole(manifest, "bootstrap"), text(manifest, "command_line"),
                    arms);
            return SweepPlan.of(spec);
        } catch (ClassCastException | NullPointerException | NumberFormatException e) {
            throw new ConfigurationException("merge: " + where + "/manifest.json lacks a field of a sweep manifest; "
                    + "give folders written by 'sim sweep'");
        }
    }

    /** The seed, read from the manifest's text: JSON numbers are read as doubles, exact to 2^53 only. */
    private static long seedOf(Path dir) {
        try {
            Matcher m = Pattern.compile("\"seed\": (-?[0-9]+),").matcher(Files.readString(dir.resolve("manifest.json")));
            return m.find() ? Long.parseLong(m.group(1)) : Long.parseLong("missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Object> m, String key) {
        return (String) Objects.requireNonNull(m.get(key));
    }

    private static int whole(Map<String, Object> m, String key) {
        return (int) (double) (Double) m.get(key);
    }

    private String commandLine() {
        StringBuilder b = new StringBuilder("sim");
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            b.append(' ').append(SlurmJob.quote(a));
        }
        return b.toString();
    }
}
