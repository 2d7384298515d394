package org.cloudnations.sim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudnations.sim.checkpoint.CheckpointFolder;
import org.cloudnations.sim.checkpoint.CheckpointedRun;
import org.cloudnations.sim.engine.RunListener;
import org.cloudnations.sim.output.MetricCsv;
import org.cloudnations.sim.output.RunFiles;
import org.cloudnations.sim.param.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Simulation#runWithCheckpoints}: the result of {@link Simulation#run()}, also when continued. */
class SimulationCheckpointTest {
    @TempDir
    Path tmp;

    private static final Simulation SIM = Simulation.of("global-crisis").set("individuals", 2000L).seed(3).ticks(30)
            .threads(1);

    @Test
    void aRunWithCheckpointsAndAContinuedOneEqualAPlainRun() throws Exception {
        String expected = csv(SIM.run());
        Path fresh = tmp.resolve("fresh");
        assertEquals(expected, csv(SIM.runWithCheckpoints(7, fresh)));
        assertEquals(expected, Files.readString(fresh.resolve(RunFiles.METRICS)));
        assertFalse(Files.exists(fresh.resolve(CheckpointFolder.FILE)));

        Path stopped = tmp.resolve("stopped");
        int[] ticks = {0};
        CheckpointedRun.Outcome o = CheckpointedRun.run(SIM.config(), RunListener.NONE, CheckpointFolder.fresh(stopped),
                5, () -> ++ticks[0] == 12, false);
        assertEquals(12, o.stoppedAfter());
        assertEquals(3, o.checkpoints(), "after ticks 5 and 10, and at the stop");
        assertEquals(expected, csv(SIM.threads(2).runWithCheckpoints(5, stopped)));
    }

    @Test
    void aCheckpointOfAnotherSimulationAndABadIntervalAreRefused() throws Exception {
        Path stopped = tmp.resolve("stopped");
        CheckpointedRun.run(SIM.config(), RunListener.NONE, CheckpointFolder.fresh(stopped), 0, () -> true, false);
        byte[] before = Files.readAllBytes(stopped.resolve(CheckpointFolder.FILE));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SIM.seed(4).ticks(31).runWithCheckpoints(5, stopped));
        assertEquals("resume " + stopped.toAbsolutePath().normalize().resolve(CheckpointFolder.FILE) + " is a checkpoint"
                + " of another run: seed 3 in the checkpoint, 4 here; ticks 30 in the checkpoint, 31 here; give the "
                + "options of the run that wrote it", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(stopped.resolve(CheckpointFolder.FILE)));
        assertEquals("checkpoint_every: value 0 is out of range; allowed: a whole number from 1 to 10000000",
                assertThrows(ConfigurationException.class, () -> SIM.runWithCheckpoints(0, tmp)).getMessage());
    }

    private static String csv(Result r) throws Exception {
        StringWriter w = new StringWriter();
        MetricCsv.write(r.runResult().series(), w);
        return w.toString();
    }
}
