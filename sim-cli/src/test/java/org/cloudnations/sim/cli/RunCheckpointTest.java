package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.checkpoint.CheckpointFolder;
import org.cloudnations.sim.checkpoint.CheckpointedRun;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.scenarios.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sim run --checkpoint-every} and {@code --resume} in one JVM: a checkpointed run writes
 * what a plain run writes and removes its checkpoint; every refusal is one line and exit 2, and
 * changes nothing on disk.
 */
class RunCheckpointTest {
    @TempDir
    Path tmp;

    private static final String[] BASE = {"run", "baseline", "-P", "individuals=300", "--ticks", "9", "--no-chart"};

    private static String[] with(String... extra) {
        String[] a = java.util.Arrays.copyOf(BASE, BASE.length + extra.length);
        System.arraycopy(extra, 0, a, BASE.length, extra.length);
        return a;
    }

    /** A checkpoint after tick 1 of the run {@link #BASE} describes (seed 1), as a signal leaves it. */
    private Path stoppedRun() throws Exception {
        Path dir = tmp.resolve("stopped");
        CheckpointedRun.Outcome o = CheckpointedRun.run(
                Scenarios.get("baseline").configure(Map.of("individuals", "300"), 1, 9, 1), RunListener.NONE,
                CheckpointFolder.fresh(dir), 0, () -> true, false);
        assertEquals(1, o.stoppedAfter());
        return dir;
    }

    @Test
    void aCheckpointedRunWritesWhatAPlainRunWritesAndRemovesItsCheckpoint() throws Exception {
        CliResult plain = CliResult.run(with("--out", tmp.resolve("plain").toString()));
        CliResult every = CliResult.run(with("--checkpoint-every", "2", "--out", tmp.resolve("every").toString()));
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, every.code(), every.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("plain/metrics.csv")),
                Files.readAllBytes(tmp.resolve("every/metrics.csv")));
        try (var files = Files.list(tmp.resolve("every"))) {
            assertEquals(List.of("manifest.json", "metrics.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aResumedRunWritesTheMetricsOfAnUninterruptedOne() throws Exception {
        Path dir = stoppedRun();
        // a crash while the next checkpoint was written leaves its partial file; the last whole one counts
        Files.write(dir.resolve(CheckpointFolder.TEMPORARY), new byte[] {7, 7, 7});
        CliResult resumed = CliResult.run(with("--resume", dir.toString()));
        assertEquals(0, resumed.code(), resumed.err());
        CliResult whole = CliResult.run(with("--out", tmp.resolve("whole").toString()));
        assertEquals(0, whole.code(), whole.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/metrics.csv")), Files.readAllBytes(dir.resolve("metrics.csv")));
        assertFalse(Files.exists(dir.resolve(CheckpointFolder.FILE)));
        assertFalse(Files.exists(dir.resolve(CheckpointFolder.TEMPORARY)));
    }

    @Test
    void aCheckpointOfAnotherRunIsRefusedNamingEveryDifference() throws Exception {
        Path dir = stoppedRun();
        byte[] before = Files.readAllBytes(dir.resolve(CheckpointFolder.FILE));
        CliResult r = CliResult.run("run", "baseline", "-P", "individuals=400", "--ticks", "9", "--seed", "2",
                "--resume", dir.toString());
        assertEquals(2, r.code());
        assertEquals("sim: --resume " + dir.toAbsolutePath().normalize().resolve(CheckpointFolder.FILE)
                + " is a checkpoint of another run: seed 1 in the checkpoint, 2 here; parameter individuals 300 in "
                + "the checkpoint, 400 here; give the options of the run that wrote it\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(CheckpointFolder.FILE)), "the checkpoint is kept");
    }

    @Test
    void aDamagedCheckpointIsRefused() throws Exception {
        Path dir = stoppedRun();
        Path file = dir.resolve(CheckpointFolder.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        CliResult r = CliResult.run(with("--resume", dir.toString()));
        assertEquals(2, r.code());
        assertEquals("sim: --resume " + dir.toAbsolutePath().normalize().resolve(CheckpointFolder.FILE)
                + " is damaged or not a checkpoint; delete it to start the run again\n", r.err());
        Files.write(file, new byte[] {1, 2, 3});
        assertEquals(r.err(), CliResult.run(with("--resume", dir.toString())).err(), "a truncated one too");
    }

    @Test
    void badCheckpointOptionsAreRefusedInOneLine() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Path other = tmp.resolve("other");
        assertRefused("sim: --checkpoint-every: value 0 is out of range; allowed: a whole number from 1 to 10000000",
                with("--checkpoint-every", "0"));
        assertRefused("sim: --resume " + empty + ": it holds no checkpoint.bin; give the output folder of a run that "
                + "wrote a checkpoint", with("--resume", empty.toString()));
        assertRefused("sim: --resume " + other + ": no such folder; give the output folder of a run that wrote a "
                + "checkpoint", with("--resume", other.toString()));
        assertRefused("sim: --force cannot be combined with --checkpoint-every or --resume: checkpoints live in the "
                + "output folder; choose a new folder", with("--checkpoint-every", "3", "--force"));
        assertRefused("sim: --out " + other + " and --resume " + empty + " name different folders; a resumed run goes "
                + "on in its own folder: leave --out out", with("--resume", empty.toString(), "--out", other.toString()));
        Path dir = stoppedRun();
        assertRefused("sim: output folder " + dir + " already holds files; it holds a checkpoint: continue it with "
                + "--resume " + dir, with("--checkpoint-every", "3", "--out", dir.toString()));
        Path done = tmp.resolve("done");
        assertEquals(0, CliResult.run(with("--out", done.toString())).code());
        assertRefused("sim: --resume " + done + ": it holds a complete run, nothing to resume",
                with("--resume", done.toString()));
        assertFalse(Files.exists(other));
        assertTrue(Files.exists(dir.resolve(CheckpointFolder.FILE)));
    }

    private static void assertRefused(String message, String... args) {
        CliResult r = CliResult.run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(message + "\n", r.err());
    }
}
