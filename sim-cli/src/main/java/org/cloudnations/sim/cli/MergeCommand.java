package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudnations.sim.chart.SweepCharts;
import org.cloudnations.sim.sweep.run.IncompleteSweepException;
import org.cloudnations.sim.sweep.run.ShardMerge;
import org.cloudnations.sim.sweep.run.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sim sweep merge DIR... --out DIR}: joins the shard folders of a sweep into the folder one
 * machine would have written (see {@link ShardMerge}), then draws its charts. Exit code
 * {@value SimCli#INCOMPLETE} when runs are missing, with the line that runs only the missing
 * shards again.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the shard folders of one sweep (written with --shard I/N) into DIR: runs.csv,",
            "series.csv.gz, sensitivity.csv and charts, as one machine would have written them.",
            "Checks fingerprints, duplicate shards and every row first. Exit code 5 when runs are missing,",
            "with the line that reruns only the missing shards."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The shard folders, in any order.")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder, missing or empty.")
    Path out;

    @Option(names = "--slurm-script", paramLabel = "FILE",
            description = "The array job script of the shards; when runs are missing, print 'sbatch --array=... FILE'.")
    Path slurmScript;

    @Option(names = "--no-chart", description = "Skip DIR/charts.")
    boolean noChart;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SweepPlan plan = SweepCommand.planOf(ShardMerge.manifest(shards.get(0)), shards.get(0));
        ShardMerge.Summary summary;
        try {
            summary = ShardMerge.merge(plan, shards, out, commandLine());
        } catch (IncompleteSweepException e) {
            String array = IncompleteSweepException.ranges(e.shards());
            String line = slurmScript != null ? "sbatch --array=" + array + " " + slurmScript
                    : "for i in " + String.join(" ", e.shards().stream().map(String::valueOf).toList()) + "; do "
                    + shardCommand(String.valueOf(ShardMerge.manifest(shards.get(0)).get("command_line")),
                    e.shardCount()) + "; done";
            stderr.println("sim: merge: " + e.getMessage() + "; run " + (e.shards().size() == 1 ? "it" : "them")
                    + " again with the line below, then merge again");
            stderr.flush();
            stdout.println(line);
            stdout.flush();
            return SimCli.INCOMPLETE;
        }
        if (!noChart) {
            SweepCharts.drawAll(summary.dir(), List.of());
        }
        List<String> files = SweepCommand.written(plan.spec().seriesEvery() > 0, summary.sensitivity(), !noChart);
        stdout.printf(Locale.ROOT, "merged %d shard folders: %d runs, %d failed, %.2f s%n", summary.shards(),
                summary.runs(), summary.failed(), summary.wallSeconds());
        stdout.println("wrote " + out + " (" + String.join(", ", files) + ")");
        stdout.flush();
        return SimCli.OK;
    }

    /**
     * The command line of a shard with its shard index and output folder replaced by {@code $i}
     * (the folder when its last name is the index, as in {@code --slurm}'s {@code shards/I}).
     *
     * @param commandLine a shard's command line, from its manifest
     * @param shardCount N
     * @return the command line for shard {@code $i}, with {@code --resume}
     */
    static String shardCommand(String commandLine, int shardCount) {
        Matcher m = Pattern.compile(" --shard[ =](\\d+)/" + shardCount + "\\b").matcher(commandLine);
        if (!m.find()) {
            return commandLine + " --shard $i/" + shardCount + " --resume";
        }
        String index = m.group(1);
        String line = commandLine.substring(0, m.start()) + " --shard $i/" + shardCount + commandLine.substring(m.end());
        line = line.replaceAll("( --out[ =]\\S*?)\\b" + index + "(/?)(?=\\s|$)", "$1\\$i$2");
        return line.contains(" --resume") ? line : line + " --resume";
    }

    private String commandLine() {
        StringBuilder b = new StringBuilder("sim sweep");
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            b.append(' ').append(SlurmJob.quote(a));
        }
        return b.toString();
    }
}
