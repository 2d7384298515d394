package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cloudnations.sim.sweep.store.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim sweep --shard}, {@code sim sweep merge} and {@code --slurm} from the command line: exit codes and messages. */
class MergeCommandTest {
    @TempDir
    Path tmp;

    private static final List<String> SWEEP = List.of("sweep", "baseline", "--vary", "digital_access=0.1:0.9:3",
            "--replicates", "2", "-P", "individuals=100", "--ticks", "3", "--threads", "1", "--no-chart");

    private static CliResult run(List<String> base, String... more) {
        List<String> a = new ArrayList<>(base);
        a.addAll(List.of(more));
        return CliResult.run(a.toArray(String[]::new));
    }

    private void shard(int i, int n) {
        CliResult r = run(SWEEP, "--shard", i + "/" + n, "--out", tmp.resolve("shards/" + i).toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void shardsMergeIntoTheOneMachineSweepAndMissingShardsGiveExitFiveAndTheRerunLine() throws IOException {
        assertEquals(0, run(SWEEP, "--out", tmp.resolve("one").toString()).code());
        shard(0, 4);
        shard(1, 4);
        shard(3, 4);
        CliResult missing = CliResult.run("sweep", "merge", tmp.resolve("shards/3").toString(),
                tmp.resolve("shards/0").toString(), tmp.resolve("shards/1").toString(), "--out",
                tmp.resolve("merged").toString());
        assertEquals(SimCli.INCOMPLETE, missing.code());
        // 3 points x 2 replicates = 6 runs; shard 2 of 4 holds run 2 only
        assertEquals("sim: merge: 1 of 6 runs are missing: shard 2 of 4 (missing or stopped early); run it again "
                + "with the line below, then merge again\n", missing.err());
        assertEquals("for i in 2; do sim sweep baseline --vary digital_access=0.1:0.9:3 --replicates 2 -P "
                + "individuals=100 --ticks 3 --threads 1 --no-chart --shard $i/4 --out " + tmp.resolve("shards")
                + "/$i --resume; done\n", missing.out());
        assertFalse(Files.exists(tmp.resolve("merged")));
        CliResult slurm = CliResult.run("sweep", "merge", tmp.resolve("shards/0").toString(), "--slurm-script",
                "job/slurm/array.sbatch", "--out", tmp.resolve("merged").toString());
        assertEquals(SimCli.INCOMPLETE, slurm.code());
        assertEquals("sbatch --array=1-3 job/slurm/array.sbatch\n", slurm.out());

        shard(2, 4);
        CliResult merged = CliResult.run("sweep", "merge", tmp.resolve("shards/3").toString(),
                tmp.resolve("shards/0").toString(), tmp.resolve("shards/1").toString(),
                tmp.resolve("shards/2").toString(), "--no-chart", "--out", tmp.resolve("merged").toString());
        assertEquals(0, merged.code(), merged.err());
        assertEquals(SweepCommandTest.rows(tmp.resolve("one")), SweepCommandTest.rows(tmp.resolve("merged")));
        assertTrue(Files.readString(tmp.resolve("shards/2/manifest.json")).contains("\"shard\": \"2/4\","));
    }

    @Test
    void shardsOfAnotherSweepADuplicateAndABadShardGiveExitTwoInOneLine() {
        shard(0, 2);
        CliResult other = run(List.of("sweep", "baseline", "--vary", "digital_access=0.1:0.9:4", "--replicates", "2",
                "-P", "individuals=100", "--ticks", "3", "--no-chart"), "--shard", "1/2", "--out",
                tmp.resolve("other").toString());
        assertEquals(0, other.code(), other.err());
        CliResult foreign = CliResult.run("sweep", "merge", tmp.resolve("shards/0").toString(),
                tmp.resolve("other").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(SimCli.USAGE_ERROR, foreign.code());
        assertTrue(foreign.err().startsWith("sim: merge: " + tmp.resolve("other") + " holds another sweep (fingerprint "),
                foreign.err());
        assertEquals(1, foreign.err().lines().count());
        CliResult twice = CliResult.run("sweep", "merge", tmp.resolve("shards/0").toString(),
                tmp.resolve("shards/0").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(SimCli.USAGE_ERROR, twice.code());
        assertEquals("sim: merge: " + tmp.resolve("shards/0") + " and " + tmp.resolve("shards/0")
                + " both hold shard 0/2; give each shard once\n", twice.err());
        CliResult none = CliResult.run("sweep", "merge", tmp.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(SimCli.USAGE_ERROR, none.code());
        assertEquals("sim: merge: " + tmp + " holds no sweep manifest.json; give the folders written by "
                + "'sim sweep ... --shard I/N'\n", none.err());
        CliResult bad = run(SWEEP, "--shard", "2/2", "--out", tmp.resolve("x").toString());
        assertEquals(SimCli.USAGE_ERROR, bad.code());
        assertEquals("sim: --shard: 2/2 is out of range; allowed: I/N with N from 1 to 1000000 and I from 0 to N-1\n",
                bad.err());
        assertFalse(Files.exists(tmp.resolve("m")));
    }

    @Test
    void aSecondWriterOfAFolderGetsExitTwoNamingTheOwner() throws IOException {
        Path dir = tmp.resolve("busy");
        Files.createDirectories(dir);
        try (FolderLock held = FolderLock.acquire(dir)) {
            CliResult second = run(SWEEP, "--out", dir.toString());
            assertEquals(SimCli.USAGE_ERROR, second.code());
            assertTrue(second.err().startsWith("sim: output folder " + dir + " is being written by pid "
                    + ProcessHandle.current().pid() + " on host " + InetAddress.getLocalHost().getHostName()
                    + " since "), second.err());
            assertEquals(1, second.err().lines().count());
        }
    }

    @Test
    void aWriterInAnotherProcessIsNamedAndItsDeathFreesTheFolderForResume() throws Exception {
        Path dir = tmp.resolve("shared");
        List<String> big = new ArrayList<>(List.of("sweep", "baseline", "--vary", "digital_access=0.1:0.9:3",
                "--replicates", "3000", "-P", "individuals=100", "--ticks", "3", "--threads", "1", "--no-chart"));
        Process child = SweepJvm.start(tmp.resolve("child.log"), List.of("-Xmx256m"),
                concat(big, "--out", dir.toString()));
        try {
            String owner = "pid " + child.pid() + " on host " + InetAddress.getLocalHost().getHostName();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(dir.resolve(FolderLock.FILE))
                    && Files.readString(dir.resolve(FolderLock.FILE)).startsWith(owner))) {
                assertTrue(child.isAlive() && System.nanoTime() < deadline, Files.readString(tmp.resolve("child.log")));
                Thread.sleep(50);
            }
            CliResult second = run(big, "--resume", "--out", dir.toString());
            assertEquals(SimCli.USAGE_ERROR, second.code(), second.err());
            assertTrue(second.err().startsWith("sim: output folder " + dir + " is being written by " + owner
                    + " since "), second.err());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        CliResult resumed = run(big, "--resume", "--out", dir.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(9001, Files.readAllLines(dir.resolve("runs.csv")).size());
    }

    private static String[] concat(List<String> a, String... b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    @Test
    void slurmWritesAnArrayWithTheShardCountWrittenLiterallyAndAMergeJobAfterIt() throws IOException {
        Path job = tmp.resolve("job");
        CliResult r = run(SWEEP, "--slurm", "8", "--slurm-throttle", "4", "--slurm-opt=--partition=short",
                "--slurm-sim", "/opt/cloudnations/sim", "--out", job.toString());
        assertEquals(0, r.code(), r.err());
        String array = Files.readString(job.resolve("slurm/array.sbatch"));
        assertEquals("#!/bin/bash\n"
                + "# Written by 'sim sweep ... --slurm 8'; see docs/cli.md.\n"
                + "#SBATCH --job-name=sim-baseline\n"
                + "#SBATCH --array=0-7%4\n"
                + "#SBATCH --cpus-per-task=1\n"
                + "#SBATCH --output=" + job + "/slurm/logs/shard-%a.out\n"
                + "#SBATCH --partition=short\n"
                + "set -u\n"
                + "exec /opt/cloudnations/sim sweep baseline --vary digital_access=0.1:0.9:3 --design grid "
                + "--replicates 2 --ticks 3 --seed 1 -P individuals=100 --series-every 1 --bootstrap 1000 "
                + "--shard \"$SLURM_ARRAY_TASK_ID/8\" --resume --no-chart --threads 1 --out " + job
                + "/shards/\"$SLURM_ARRAY_TASK_ID\"\n", array);
        String merge = Files.readString(job.resolve("slurm/merge.sbatch"));
        assertTrue(merge.contains("exec /opt/cloudnations/sim sweep merge \"${shards[@]}\" --slurm-script " + job
                + "/slurm/array.sbatch --out " + job + "/merged\n"), merge);
        assertTrue(r.out().endsWith("submit with: jid=$(sbatch --parsable " + job + "/slurm/array.sbatch) && sbatch "
                + "--dependency=afterany:${jid%;*} " + job + "/slurm/merge.sbatch\n"), r.out());
        CliResult again = run(SWEEP, "--slurm", "8", "--out", job.toString());
        assertEquals(SimCli.USAGE_ERROR, again.code());
        CliResult throttle = run(SWEEP, "--slurm", "8", "--slurm-throttle", "9", "--out", tmp.resolve("j2").toString());
        assertEquals("sim: --slurm-throttle: value 9 is out of range; allowed: a whole number from 1 to the number of "
                + "shards, 8\n", throttle.err());
    }
}
