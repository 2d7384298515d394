package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cloudnations.sim.checkpoint.CheckpointFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, acceptance 2 and 3, in child JVMs: a {@code sim run} of 10^6 individuals killed with
 * SIGKILL after a checkpoint and resumed writes the metrics.csv of an uninterrupted run, byte for
 * byte; a sweep stopped with SIGTERM exits 143 with one line naming the {@code --resume} command,
 * and resuming it gives the files of an uninterrupted sweep.
 */
class InterruptionTest {
    @TempDir
    Path tmp;

    private static final List<String> RUN = List.of("run", "world", "-P", "individuals=1000000", "--ticks", "24",
            "--seed", "5", "--no-chart", "--checkpoint-every", "4");

    private static final List<String> SWEEP = List.of("sweep", "baseline", "--vary", "digital_access=0.05:0.95",
            "--vary", "tax_rate=0:0.9", "--design", "morris", "--samples", "200", "--replicates", "1", "--ticks", "5",
            "-P", "individuals=100", "--no-chart");

    private static String[] args(List<String> base, String... extra) {
        List<String> a = new ArrayList<>(base);
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void aRunOfAMillionKilledAfterACheckpointResumesToTheSameMetricsCsv() throws Exception {
        Path killed = tmp.resolve("killed");
        Path log = tmp.resolve("run.log");
        Process child = SweepJvm.start(log, List.of("-Xmx1g"), args(RUN, "--threads", "2", "--out", killed.toString()));
        Path checkpoint = killed.resolve(CheckpointFolder.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(checkpoint) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the child must still be running when it is killed: " + Files.readString(log));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(killed.resolve("metrics.csv")), "killed before its end");

        CliResult resumed = CliResult.run(args(RUN, "--threads", "1", "--resume", killed.toString()));
        assertEquals(0, resumed.code(), resumed.err());
        assertFalse(Files.exists(checkpoint), "the checkpoint is removed once the results are written");
        Path whole = tmp.resolve("whole");
        CliResult reference = CliResult.run(args(RUN, "--threads", "2", "--out", whole.toString()));
        assertEquals(0, reference.code(), reference.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("metrics.csv")),
                Files.readAllBytes(killed.resolve("metrics.csv")));
        assertEquals(manifestWithoutTimes(whole).replace("\"threads\": 2", "\"threads\": 1"),
                manifestWithoutTimes(killed));
    }

    @Test
    void aSweepStoppedBySigtermResumesToTheFilesOfAnUninterruptedOne() throws Exception {
        Path stopped = tmp.resolve("stopped");
        Path log = tmp.resolve("sweep.log");
        Process child = SweepJvm.start(log, List.of("-Xmx256m"), args(SWEEP, "--threads", "2", "--out",
                stopped.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (SweepResumeTest.lines(stopped.resolve("runs.csv")) < 100 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the child must still be running when it is stopped: " + Files.readString(log));
        child.destroy(); // SIGTERM
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String said = Files.readString(log).strip();
        assertEquals(Interruption.SIGTERM_STATUS, child.exitValue(), said);
        String last = said.substring(said.lastIndexOf('\n') + 1);
        assertTrue(last.matches("sim: stopped by a signal with \\d+ of 600 runs written; continue with: .*"), last);
        assertTrue(last.endsWith(": sim " + String.join(" ", SWEEP) + " --threads 2 --out " + stopped + " --resume"),
                last);
        String manifest = Files.readString(stopped.resolve("manifest.json"));
        assertTrue(manifest.contains("\"status\": \"running\""), manifest);
        assertFalse(Files.exists(stopped.resolve("sensitivity.csv")));

        CliResult resumed = CliResult.run(args(SWEEP, "--threads", "1", "--out", stopped.toString(), "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        Path whole = tmp.resolve("whole");
        CliResult reference = CliResult.run(args(SWEEP, "--threads", "2", "--out", whole.toString()));
        assertEquals(0, reference.code(), reference.err());
        assertEquals(SweepCommandTest.rows(whole), SweepCommandTest.rows(stopped), "runs.csv but wall_seconds");
        assertEquals(SweepResumeTest.series(whole), SweepResumeTest.series(stopped));
        assertArrayEquals(Files.readAllBytes(whole.resolve("sensitivity.csv")),
                Files.readAllBytes(stopped.resolve("sensitivity.csv")));
        assertTrue(Files.readString(stopped.resolve("manifest.json")).contains("\"status\": \"complete\""));
    }

    private static String manifestWithoutTimes(Path dir) throws IOException {
        return Files.readString(dir.resolve("manifest.json")).replaceAll("\"(started_at|wall_seconds)\": [^,\\n]*", "");
    }
}
