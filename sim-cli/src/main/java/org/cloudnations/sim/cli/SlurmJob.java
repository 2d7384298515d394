package org.cloudnations.sim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.run.Shard;

/**
 * The Slurm job of a sharded sweep, written by {@code sim sweep ... --slurm N}: an array job
 * ({@value #ARRAY}) with one task per shard, and a merge job ({@value #MERGE}) to run after it
 * with {@code --dependency=afterany}. Task {@code i} runs {@code --shard i/N} (N written
 * literally: Slurm's {@code SLURM_ARRAY_TASK_COUNT} is 1 when a single index is resubmitted)
 * with {@code --resume}, so a requeued or resubmitted task continues its shard. Layout under
 * {@code DIR}: {@code slurm/} (scripts and {@code logs/}), {@code shards/I/} (one folder per
 * shard) and {@code merged/} (the result).
 *
 * @param scenario the scenario, for the job name
 * @param sweepArguments the {@code sim} arguments that define the sweep, from {@code sweep}
 * @param shards N, the number of array tasks
 * @param throttle the most tasks running at once, 0 for no limit
 * @param cpus CPUs (and sweep threads) per task
 * @param options extra {@code #SBATCH} options, e.g. {@code --partition=short}
 * @param sim the command that runs {@code sim} on the compute nodes, as words
 * @param dir the job's folder, absolute
 */
record SlurmJob(String scenario, List<String> sweepArguments, int shards, int throttle, int cpus, List<String> options,
                List<String> sim, Path dir) {
    /** The array job script, under {@code DIR/slurm}. */
    static final String ARRAY = "array.sbatch";
    /** The merge job script, under {@code DIR/slurm}. */
    static final String MERGE = "merge.sbatch";

    /**
     * Validates and copies.
     *
     * @param scenario see {@link #scenario()}
     * @param sweepArguments see {@link #sweepArguments()}
     * @param shards see {@link #shards()}
     * @param throttle see {@link #throttle()}
     * @param cpus see {@link #cpus()}
     * @param options see {@link #options()}
     * @param sim see {@link #sim()}
     * @param dir see {@link #dir()}
     */
    SlurmJob {
        sweepArguments = List.copyOf(sweepArguments);
        options = List.copyOf(options);
        sim = List.copyOf(sim);
        Objects.requireNonNull(dir, "dir");
        if (shards < 1 || shards > Shard.MAX_COUNT) {
            throw new ConfigurationException("--slurm: value " + shards + " is out of range; allowed: a whole number "
                    + "of shards from 1 to " + Shard.MAX_COUNT);
        }
        if (throttle < 0 || throttle > shards) {
            throw new ConfigurationException("--slurm-throttle: value " + throttle + " is out of range; allowed: a "
                    + "whole number from 1 to the number of shards, " + shards);
        }
        if (cpus < 1 || cpus > 1024) {
            throw new ConfigurationException("--threads: value " + cpus + " is out of range; allowed: a whole number "
                    + "from 1 to 1024 (CPUs per array task)");
        }
        for (String o : options) {
            if (!o.startsWith("-") || o.contains("\n") || o.contains("\r")) {
                throw new ConfigurationException("--slurm-opt: '" + o + "' is not an sbatch option; allowed: one "
                        + "option on one line, starting with '-', e.g. --slurm-opt=--partition=short");
            }
        }
        if (sim.isEmpty()) {
            throw new ConfigurationException("--slurm-sim: give the command that runs sim on the compute nodes");
        }
    }

    /** @return the java command and class path of this process, which runs sim */
    static List<String> thisJava() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return List.of(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SimCli.class.getName());
    }

    /** @return the folder of the scripts */
    Path slurmDir() {
        return dir.resolve("slurm");
    }

    /** @return the folder of the merged result */
    Path merged() {
        return dir.resolve("merged");
    }

    /** @return the array job script */
    String arrayScript() {
        StringBuilder b = header("sim-" + scenario, "shard-%a.out");
        b.insert(b.indexOf("#SBATCH --output"), "#SBATCH --array=0-" + (shards - 1) + (throttle > 0 ? "%" + throttle : "")
                + "\n#SBATCH --cpus-per-task=" + cpus + "\n");
        List<String> words = new ArrayList<>(sim);
        words.addAll(sweepArguments);
        b.append("exec ").append(join(words)).append(" --shard \"$SLURM_ARRAY_TASK_ID/").append(shards)
                .append("\" --resume --no-chart --threads ").append(cpus).append(" --out ")
                .append(quote(dir.resolve("shards").toString())).append("/\"$SLURM_ARRAY_TASK_ID\"\n");
        return b.toString();
    }

    /** @return the merge job script */
    String mergeScript() {
        StringBuilder b = header("sim-" + scenario + "-merge", "merge-%j.out");
        b.insert(b.indexOf("#SBATCH --output"), "#SBATCH --cpus-per-task=1\n");
        String shardsDir = quote(dir.resolve("shards").toString());
        b.append("ulimit -n \"$(ulimit -Hn)\" 2>/dev/null || true  # the merge opens two files per shard at once\n")
                .append("shards=()\n")
                .append("for m in ").append(shardsDir).append("/*/manifest.json; do\n")
                .append("  [ -e \"$m\" ] && shards+=(\"${m%/manifest.json}\")\n")
                .append("done\n")
                .append("if [ ${#shards[@]} -eq 0 ]; then\n")
                .append("  echo \"sim: merge: no shard wrote results; run them all again with the line below\" >&2\n")
                .append("  echo \"sbatch ").append(slurmDir().resolve(ARRAY)).append("\"\n")
                .append("  exit ").append(SimCli.INCOMPLETE).append('\n')
                .append("fi\n");
        List<String> words = new ArrayList<>(sim);
        words.addAll(List.of("sweep", "merge"));
        b.append("exec ").append(join(words)).append(" \"${shards[@]}\" --slurm-script ")
                .append(quote(slurmDir().resolve(ARRAY).toString())).append(" --out ")
                .append(quote(merged().toString())).append('\n');
        return b.toString();
    }

    private StringBuilder header(String name, String log) {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("# Written by 'sim sweep ... --slurm ").append(shards).append("'; see docs/cli.md.\n");
        b.append("#SBATCH --job-name=").append(name).append('\n');
        b.append("#SBATCH --output=").append(slurmDir().resolve("logs").resolve(log)).append('\n');
        for (String o : options) {
            b.append("#SBATCH ").append(o).append('\n');
        }
        b.append("set -u\n");
        return b;
    }

    /**
     * Writes both scripts and creates the log folder.
     *
     * @return the scripts written
     * @throws ConfigurationException when the job folder already holds a job
     * @throws IOException when they cannot be written
     */
    List<Path> write() throws IOException {
        if (Files.exists(slurmDir().resolve(ARRAY))) {
            throw new ConfigurationException("output folder " + dir + " already holds a Slurm job (" + slurmDir()
                    .resolve(ARRAY) + "); choose a new folder");
        }
        Files.createDirectories(slurmDir().resolve("logs"));
        Files.createDirectories(dir.resolve("shards"));
        Path array = slurmDir().resolve(ARRAY);
        Path merge = slurmDir().resolve(MERGE);
        Files.writeString(array, arrayScript(), StandardCharsets.UTF_8);
        Files.writeString(merge, mergeScript(), StandardCharsets.UTF_8);
        return List.of(array, merge);
    }

    /** @return the shell line that submits both jobs */
    String submitLine() {
        return "jid=$(sbatch --parsable " + quote(slurmDir().resolve(ARRAY).toString())
                + ") && sbatch --dependency=afterany:${jid%;*} " + quote(slurmDir().resolve(MERGE).toString());
    }

    /**
     * The ids of a submitted job.
     *
     * @param array the array job's id
     * @param merge the merge job's id
     */
    record Submitted(String array, String merge) {
    }

    /**
     * Submits the array, then the merge job with {@code --dependency=afterany:ARRAY}.
     *
     * @return the job ids
     * @throws ConfigurationException when {@code sbatch} is missing or refuses a job
     * @throws IOException when it cannot be run
     */
    Submitted submit() throws IOException {
        String array = sbatch(List.of("sbatch", "--parsable", slurmDir().resolve(ARRAY).toString()));
        String merge = sbatch(List.of("sbatch", "--parsable", "--dependency=afterany:" + array,
                slurmDir().resolve(MERGE).toString()));
        return new Submitted(array, merge);
    }

    private static String sbatch(List<String> command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new ConfigurationException("--submit: cannot run sbatch (" + e.getMessage() + "); run the job "
                    + "scripts on a machine with Slurm, or submit them by hand");
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new ConfigurationException("--submit: " + String.join(" ", command) + " failed: "
                        + output.replace('\n', ' '));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for sbatch", e);
        }
        String id = output.lines().reduce((a, b) -> b).orElse("");
        int semicolon = id.indexOf(';');
        return semicolon < 0 ? id : id.substring(0, semicolon);
    }

    private static String join(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.length() == 0 ? "" : " ").append(quote(w));
        }
        return b.toString();
    }

    /**
     * @param word a shell word
     * @return it, single-quoted when it holds characters the shell would interpret
     */
    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
