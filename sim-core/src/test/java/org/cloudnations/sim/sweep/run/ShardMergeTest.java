package org.cloudnations.sim.sweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.ToyModel;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.store.FolderLock;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.cloudnations.sim.sweep.store.SweepManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards of a sweep and their merge: the merge equals the one-machine sweep, and bad sets of shards are refused. */
class ShardMergeTest {
    @TempDir
    Path tmp;

    /** A sobol sweep of the toy model, with one failing region (fail_above) so failed rows are merged too. */
    private static SweepPlan plan(long seed) {
        List<Vary> v = new ArrayList<>();
        for (String s : new String[] {"a=0:1", "b=1:10"}) {
            v.add(Vary.parse(s, ToyModel.PARAMETERS));
        }
        return SweepPlan.of(new SweepSpec(ToyModel.scenario(), Map.of("fail_above", "0.9"), v, DesignKind.SOBOL, 8, 0,
                2, 5, seed, 1, 50, "test"));
    }

    private List<Path> shards(SweepPlan plan, int n, String prefix) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path d = tmp.resolve(prefix + i);
            SweepRunner.run(plan, new Shard(i, n), d, 1, false, SweepListener.NONE);
            dirs.add(d);
        }
        return dirs;
    }

    @Test
    void shardsInterleaveAndCountTheirRuns() {
        Shard s = Shard.parse("3/8");
        assertEquals(new Shard(3, 8), s);
        assertTrue(s.contains(11));
        assertFalse(s.contains(12));
        assertEquals(2, s.runsOf(12)); // runs 3 and 11
        assertEquals(0, s.runsOf(3));
        assertEquals("shard: '3-8' is not I/N; allowed: two whole numbers, e.g. 3/8 for shard 3 of 8 (0 to 7)",
                assertThrows(ConfigurationException.class, () -> Shard.parse("3-8")).getMessage());
        assertEquals("shard: 8/8 is out of range; allowed: I/N with N from 1 to 1000000 and I from 0 to N-1",
                assertThrows(ConfigurationException.class, () -> Shard.parse("8/8")).getMessage());
    }

    @Test
    void theMergeOfAllShardsIsTheOneMachineSweepByteForByte() throws IOException {
        SweepPlan plan = plan(7);
        SweepSummary whole = SweepRunner.run(plan, tmp.resolve("one"), 2, false, SweepListener.NONE);
        assertTrue(whole.failed() > 0, "the design reaches a > 0.9, where the toy model fails");
        List<Path> dirs = shards(plan, 3, "s");
        assertEquals("\"shard\": \"1/3\",", Files.readAllLines(dirs.get(1).resolve(SweepManifest.FILE)).stream()
                .map(String::strip).filter(l -> l.startsWith("\"shard\"")).findFirst().orElseThrow());
        assertFalse(Files.exists(dirs.get(0).resolve(SweepFolder.SENSITIVITY)), "a shard has no sensitivity of its own");
        ShardMerge.Summary m = ShardMerge.merge(plan, List.of(dirs.get(2), dirs.get(0), dirs.get(1)),
                tmp.resolve("merged"), "test merge");
        assertEquals(plan.runs(), m.runs());
        assertEquals(whole.failed(), m.failed());
        assertEquals(SweepRunnerTest.withoutWallTime(tmp.resolve("one")),
                SweepRunnerTest.withoutWallTime(tmp.resolve("merged")));
        for (String f : List.of(SweepFolder.SERIES, SweepFolder.SENSITIVITY)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("merged").resolve(f)), f);
        }
        assertEquals(0, Files.size(tmp.resolve("merged").resolve(FolderLock.FILE)), "the lock names no owner once written");
    }

    @Test
    void moreShardsThanRunsMergeToo() throws IOException {
        SweepPlan plan = plan(7);
        SweepRunner.run(plan, tmp.resolve("one"), 1, false, SweepListener.NONE);
        int n = ShardMerge.MANY_SHARDS + 6; // small read buffers, and shards without runs
        ShardMerge.merge(plan, shards(plan, n, "s"), tmp.resolve("merged"), "test");
        assertEquals(SweepRunnerTest.withoutWallTime(tmp.resolve("one")),
                SweepRunnerTest.withoutWallTime(tmp.resolve("merged")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(SweepFolder.SERIES)),
                Files.readAllBytes(tmp.resolve("merged").resolve(SweepFolder.SERIES)));
    }

    @Test
    void missingAndIncompleteShardsAreNamedAndNothingIsWritten() throws IOException {
        SweepPlan plan = plan(7);
        List<Path> dirs = shards(plan, 4, "s");
        IncompleteSweepException e = assertThrows(IncompleteSweepException.class,
                () -> ShardMerge.merge(plan, List.of(dirs.get(0), dirs.get(2)), tmp.resolve("m"), "test"));
        assertEquals(List.of(1, 3), e.shards());
        assertEquals(4, e.shardCount());
        // 8 base samples x (2 + 2) points x 2 replicates = 64 runs; shards 1 and 3 hold 16 each
        assertEquals("32 of 64 runs are missing: shards 1,3 of 4 (missing or stopped early)", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("m")));
        assertEquals("1-3,5,7-8", IncompleteSweepException.ranges(List.of(1, 2, 3, 5, 7, 8)));
    }

    @Test
    void shardsOfAnotherSweepOrGivenTwiceAreRefused() throws IOException {
        SweepPlan plan = plan(7);
        List<Path> dirs = shards(plan, 2, "s");
        List<Path> other = shards(plan(8), 2, "o");
        String msg = assertThrows(ConfigurationException.class, () -> ShardMerge.merge(plan,
                List.of(dirs.get(0), other.get(1)), tmp.resolve("m"), "test")).getMessage();
        assertTrue(msg.startsWith("merge: " + other.get(1) + " holds another sweep (fingerprint "
                + plan(8).fingerprint() + ", test) than " + dirs.get(0)), msg);
        assertTrue(msg.endsWith("; give the shards of one sweep"), msg);
        assertEquals("merge: " + dirs.get(1) + " and " + dirs.get(1) + " both hold shard 1/2; give each shard once",
                assertThrows(ConfigurationException.class, () -> ShardMerge.merge(plan,
                        List.of(dirs.get(1), dirs.get(0), dirs.get(1)), tmp.resolve("m"), "test")).getMessage());
        assertFalse(Files.exists(tmp.resolve("m")));
    }

    @Test
    void aShardFolderResumesOnlyItsOwnShardAndADamagedRowIsRefused() throws IOException {
        SweepPlan plan = plan(7);
        List<Path> dirs = shards(plan, 2, "s");
        assertEquals("resume: " + dirs.get(0) + " holds shard 0/2 of this sweep, not 1/2; resume it with shard 0/2, "
                + "or choose a new folder", assertThrows(ConfigurationException.class, () -> SweepRunner.run(plan,
                new Shard(1, 2), dirs.get(0), 1, true, SweepListener.NONE)).getMessage());
        SweepSummary again = SweepRunner.run(plan, new Shard(0, 2), dirs.get(0), 1, true, SweepListener.NONE);
        assertEquals(0, again.ran());
        assertEquals(32, again.skipped());
        Path runs = dirs.get(1).resolve(SweepFolder.RUNS);
        List<String> lines = new ArrayList<>(Files.readAllLines(runs));
        lines.set(3, lines.get(3).replaceFirst(",[0-9a-f]{16},", ",0000000000000000,"));
        Files.write(runs, lines);
        assertEquals("merge: " + dirs.get(1) + "/runs.csv line 4 is not a run of this sweep; choose a new folder",
                assertThrows(ConfigurationException.class, () -> ShardMerge.merge(plan, dirs, tmp.resolve("m"),
                        "test")).getMessage());
    }

    @Test
    void aSecondWriterIsRefusedWithTheOwnersProcessAndHost() throws IOException {
        SweepPlan plan = plan(7);
        Path dir = tmp.resolve("busy");
        Files.createDirectories(dir);
        try (FolderLock held = FolderLock.acquire(dir)) {
            String msg = assertThrows(ConfigurationException.class,
                    () -> SweepRunner.run(plan, dir, 1, false, SweepListener.NONE)).getMessage();
            String host = java.net.InetAddress.getLocalHost().getHostName();
            assertTrue(msg.startsWith("output folder " + dir.toAbsolutePath() + " is being written by pid "
                    + ProcessHandle.current().pid() + " on host " + host + " since "), msg);
            assertTrue(msg.endsWith("; wait for it to finish (or stop it), or choose another folder"), msg);
            assertFalse(Files.exists(dir.resolve(SweepFolder.RUNS)), "nothing was written");
        }
        assertEquals(plan.runs(), SweepRunner.run(plan, dir, 1, false, SweepListener.NONE).ran());
    }
}
