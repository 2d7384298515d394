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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: a sweep into a small tmpfs stops with the environment exit code and one line, and
 * {@code --resume} after the filesystem is grown gives the complete result. Needs {@code mount}
 * (root); reports itself skipped elsewhere.
 */
class DiskFullTest {
    @TempDir
    Path tmp;
    private Path mounted;

    private static int sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mounted != null) {
            sh("umount", mounted.toString());
        }
    }

    @Test
    void aFullDiskGivesExitFourInOneLineAndResumeCompletesTheSweep() throws IOException, InterruptedException {
        Path disk = tmp.resolve("disk");
        Files.createDirectories(disk);
        int code;
        try {
            code = sh("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", disk.toString());
        } catch (IOException e) {
            code = -1;
        }
        Assumptions.assumeTrue(code == 0, "DiskFullTest skipped: cannot mount a small tmpfs here (needs root)");
        mounted = disk;
        List<String> sweep = new ArrayList<>(List.of("sweep", "baseline", "--vary", "digital_access=0.1:0.9:5",
                "--replicates", "8", "-P", "individuals=100", "--ticks", "30", "--threads", "2", "--no-chart"));
        CliResult one = run(sweep, tmp.resolve("one"));
        assertEquals(0, one.code(), one.err());
        assertTrue(Files.size(tmp.resolve("one/series.csv.gz")) + Files.size(tmp.resolve("one/runs.csv")) > 96 * 1024,
                "the sweep needs more than the 96 KiB tmpfs");

        Path out = disk.resolve("sweep");
        CliResult full = run(sweep, out);
        assertEquals(SimCli.ENVIRONMENT_ERROR, full.code(), full.err());
        assertEquals("sim: the disk is full (No space left on device); complete results are kept: free space, then "
                + "run the same command with --resume\n", full.err().replaceAll(" writing \\S+;", ";"));
        assertFalse(full.err().contains("internal error"));

        assertEquals(0, sh("mount", "-o", "remount,size=8m", disk.toString()));
        sweep.add("--resume");
        CliResult resumed = run(sweep, out);
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(SweepCommandTest.rows(tmp.resolve("one")), SweepCommandTest.rows(out));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/series.csv.gz")),
                Files.readAllBytes(out.resolve("series.csv.gz")));
    }

    private static CliResult run(List<String> args, Path out) {
        List<String> a = new ArrayList<>(args);
        a.addAll(List.of("--out", out.toString()));
        return CliResult.run(a.toArray(String[]::new));
    }
}
