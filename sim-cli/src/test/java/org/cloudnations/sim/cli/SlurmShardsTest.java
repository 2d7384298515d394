package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sharded sweep on a real Slurm (started by {@code .ci/slurm-local.sh start}): {@code --slurm 3
 * --submit} runs the shards as a job array and the merge after it; one task fails on purpose
 * (its output folder is a file), the merge job names it and prints the {@code sbatch --array=1}
 * line, that exact line is run, and the merge is then byte-identical to the one-machine sweep
 * (runs.csv apart from wall_seconds, series.csv.gz, sensitivity.csv and every chart). Reports
 * itself skipped when there is no {@code sbatch} on the PATH, or no controller answers.
 */
class SlurmShardsTest {
    private static final long WAIT_SECONDS = 300;

    @TempDir
    Path tmp;

    private static boolean controllerAnswers() throws IOException, InterruptedException {
        if (!onPath("scontrol")) {
            return false;
        }
        Process p = new ProcessBuilder("scontrol", "ping").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("UP");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static String sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
        assertEquals(0, p.exitValue(), command + ": " + out);
        return out;
    }

    /** Waits until Slurm no longer lists the jobs (squeue; there is no accounting database for sacct). */
    private static void await(String jobs) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!sh("squeue -h -j " + jobs + " 2>/dev/null || true").isBlank()) {
            if (System.nanoTime() > deadline) {
                fail("Slurm jobs " + jobs + " still queued after " + WAIT_SECONDS + " s: " + sh("squeue"));
            }
            Thread.sleep(500);
        }
    }

    @Test
    void aJobArrayMergesIntoTheOneMachineSweepAlsoAfterAFailedTaskIsResubmitted() throws Exception {
        Assumptions.assumeTrue(onPath("sbatch"), "SlurmShardsTest skipped: no sbatch on the PATH "
                + "(start a local Slurm with 'bash .ci/slurm-local.sh start')");
        // a Slurm client without a controller (a workstation with slurm-client only) skips too; CI
        // starts one and fails when this test is skipped (.ci/run checks 'Skipped: 0')
        Assumptions.assumeTrue(controllerAnswers(), "SlurmShardsTest skipped: sbatch is on the PATH but no "
                + "Slurm controller answers 'scontrol ping' (start one with 'bash .ci/slurm-local.sh start')");
        // sobol: 4 base samples x (2 + 2) points x 2 replicates = 32 runs; shard 1 of 3 holds runs 1, 4, ..., 31 (11)
        List<String> sweep = List.of("sweep", "baseline", "--design", "sobol", "--samples", "4", "--vary",
                "digital_access=0.1:0.9", "--vary", "tax_rate=0.1:0.4", "--replicates", "2", "-P", "individuals=100",
                "--ticks", "5", "--bootstrap", "50");
        CliResult one = run(sweep, "--threads", "1", "--out", tmp.resolve("one").toString());
        assertEquals(0, one.code(), one.err());

        Path job = tmp.resolve("job");
        Files.createDirectories(job.resolve("shards"));
        Files.writeString(job.resolve("shards/1"), "not a folder: task 1 fails on purpose\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        CliResult submitted = run(sweep, "--slurm", "3", "--slurm-throttle", "2", "--slurm-opt=--time=00:10:00",
                "--slurm-sim", java + " -Djava.awt.headless=true -cp " + classPath + " " + SimCli.class.getName(),
                "--submit", "--out", job.toString());
        assertEquals(0, submitted.code(), submitted.err());
        Matcher ids = Pattern.compile("submitted array job (\\d+) and merge job (\\d+)").matcher(submitted.out());
        assertTrue(ids.find(), submitted.out());
        System.out.println("SlurmShardsTest: array job " + ids.group(1) + ", merge job " + ids.group(2));
        String array = Files.readString(job.resolve("slurm/array.sbatch"));
        assertTrue(array.contains("#SBATCH --array=0-2%2\n#SBATCH --cpus-per-task=1\n"), array);
        assertTrue(array.contains(" --shard \"$SLURM_ARRAY_TASK_ID/3\" --resume"), array);
        await(ids.group(1) + "," + ids.group(2));

        List<String> mergeLog = Files.readAllLines(job.resolve("slurm/logs/merge-" + ids.group(2) + ".out"));
        String resubmit = "sbatch --array=1 " + job.resolve("slurm/array.sbatch");
        assertEquals(resubmit, mergeLog.get(mergeLog.size() - 1), String.join("\n", mergeLog));
        assertTrue(mergeLog.contains("sim: merge: 11 of 32 runs are missing: shard 1 of 3 (missing or stopped early); "
                + "run it again with the line below, then merge again"), String.join("\n", mergeLog));
        assertFalse(Files.exists(job.resolve("merged")), "a merge with missing runs writes nothing");

        Files.delete(job.resolve("shards/1"));
        Matcher again = Pattern.compile("Submitted batch job (\\d+)").matcher(sh(mergeLog.get(mergeLog.size() - 1)));
        assertTrue(again.find());
        System.out.println("SlurmShardsTest: resubmitted index 1 as job " + again.group(1));
        await(again.group(1));

        CliResult merged = CliResult.run("sweep", "merge", job.resolve("shards/2").toString(),
                job.resolve("shards/0").toString(), job.resolve("shards/1").toString(), "--out",
                job.resolve("merged").toString());
        assertEquals(0, merged.code(), merged.err());
        assertTrue(merged.out().startsWith("merged 3 shard folders: 32 runs, 0 failed, "), merged.out());
        Path a = tmp.resolve("one");
        Path b = job.resolve("merged");
        assertEquals(SweepCommandTest.rows(a), SweepCommandTest.rows(b));
        Map<String, byte[]> expected = files(a);
        Map<String, byte[]> actual = files(b);
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.keySet().stream().anyMatch(f -> f.startsWith("charts/sensitivity-")), expected.keySet()
                .toString());
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), f);
        }
        System.out.println("SlurmShardsTest: the merge equals the one-machine sweep in " + expected.size() + " files");
    }

    /**
     * Every file but runs.csv (compared without wall_seconds), manifest.json (times and command
     * lines differ), the hidden commit records (their batches follow the wall clock) and the
     * empty lock file.
     */
    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = SweepCommandTest.snapshot(dir);
        m.remove("runs.csv");
        m.remove("manifest.json");
        m.remove(".commits");
        m.remove(".lock");
        return m;
    }

    private static CliResult run(List<String> sweep, String... more) {
        List<String> a = new ArrayList<>(sweep);
        a.addAll(List.of(more));
        return CliResult.run(a.toArray(String[]::new));
    }

}
