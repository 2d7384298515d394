package org.cloudnations.sim.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.model.exit.ExitModel;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.output.RunFiles;
import org.cloudnations.sim.param.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a checkpoint folder holds at every step, and how its fingerprint names differences. */
class CheckpointFolderTest {
    @TempDir
    Path tmp;

    private static RunConfig config(long seed, String individuals) {
        return new RunConfig("exit", ExitModel.RULES,
                ExitModel.RULES.parameters().resolve(Map.of("individuals", individuals)), seed, 20, 1, 64);
    }

    @Test
    void theLastWholeCheckpointSurvivesAFailedWriteAndCompletingRemovesIt() throws Exception {
        RunConfig c = config(3, "500");
        CheckpointFolder folder = CheckpointFolder.fresh(tmp.resolve("run"));
        assertFalse(Files.exists(folder.dir()), "created by the first checkpoint only");
        int[] calls = {0};
        CheckpointedRun.Outcome stopped = CheckpointedRun.run(c, RunListener.NONE, folder, 4, () -> ++calls[0] == 10,
                false);
        assertEquals(10, stopped.stoppedAfter());
        assertEquals(3, stopped.checkpoints(), "after ticks 4 and 8, and at the stop after 10");
        byte[] last = Files.readAllBytes(folder.file());
        // a write that fails half-way (here: its temporary name is taken by a folder) keeps the last one
        Files.createDirectory(folder.dir().resolve(CheckpointFolder.TEMPORARY));
        assertThrows(IOException.class, () -> CheckpointedRun.run(c, RunListener.NONE, folder, 2, () -> false, true));
        assertArrayEquals(last, Files.readAllBytes(folder.file()));
        Files.deleteIfExists(folder.dir().resolve(CheckpointFolder.TEMPORARY));

        CheckpointedRun.Outcome done = CheckpointedRun.run(c, RunListener.NONE, folder, 0, () -> false, true);
        assertEquals(10, done.resumedAfter());
        folder.complete(d -> RunFiles.write(done.result(), d));
        assertEquals(csv(Runner.run(c).series()), csv(done.result().series()));
        try (var s = Files.list(folder.dir())) {
            assertEquals(List.of(RunFiles.MANIFEST, RunFiles.METRICS),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("resume " + folder.dir() + ": it holds a complete run, nothing to resume",
                assertThrows(ConfigurationException.class, () -> CheckpointFolder.existing(folder.dir())).getMessage());
    }

    @Test
    void aFingerprintNamesEveryDifference() {
        RunFingerprint a = RunFingerprint.of(config(3, "500"));
        RunFingerprint b = RunFingerprint.of(config(4, "600"));
        assertEquals(List.of(), a.differences(a));
        assertEquals(List.of("seed 3 in the checkpoint, 4 here", "parameter individuals 500 in the checkpoint, 600 here"),
                b.differences(a));
        RunFingerprint other = new RunFingerprint("exit", a.model(), a.parameters(), 3, 20, "0.0.9", "abc");
        assertEquals(List.of("library version 0.0.9 in the checkpoint, " + a.libraryVersion() + " here",
                "git commit abc in the checkpoint, unknown here"), a.differences(other));
    }

    private static String csv(MetricSeries s) throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(s, w);
        return w.toString();
    }
}
