package org.cloudnations.sim.sweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.ToyModel;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.design.Seeds;
import org.cloudnations.sim.sweep.design.Vary;
import org.cloudnations.sim.sweep.store.RunsTable;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.cloudnations.sim.sweep.store.SweepManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
    @TempDir
    Path tmp;

    private static SweepPlan plan(String design, int samples, int replicates, Map<String, String> fixed,
                                  String... varies) {
        List<Vary> v = new ArrayList<>();
        for (String s : varies) {
            v.add(Vary.parse(s, ToyModel.PARAMETERS));
        }
        return SweepPlan.of(new SweepSpec(ToyModel.scenario(), fixed, v, DesignKind.parse(design), samples,
                design.equals("morris") ? 4 : 0, replicates, 5, 42, 1, 200, "test"));
    }

    private static SweepPlan lhs() {
        return plan("lhs", 40, 3, Map.of(), "a=0:1", "b=1:10", "mode=x,y,z");
    }

    /** runs.csv without its last column, wall_seconds, the only one that may differ between sweeps. */
    static List<String> withoutWallTime(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(SweepFolder.RUNS))) {
            out.add(l.substring(0, l.lastIndexOf(',')));
        }
        return out;
    }

    static String series(Path dir) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(SweepFolder.SERIES)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRowCarriesItsSeedAndTheSameSweepGivesTheSameRows() throws IOException {
        SweepPlan plan = lhs();
        SweepSummary s = SweepRunner.run(plan, tmp.resolve("a"), 2, false, SweepListener.NONE);
        assertEquals(120, s.runs());
        assertEquals(120, s.ran());
        assertEquals(0, s.failed());
        List<String> rows = withoutWallTime(tmp.resolve("a"));
        assertEquals("run,point,replicate,seed,key,a,b,mode,status,level,noise,message", rows.get(0));
        assertEquals(121, rows.size());
        Set<String> seeds = new HashSet<>();
        RunsTable.open(tmp.resolve("a")).forEach(r -> {
            assertEquals(Seeds.run(42, r.point(), r.replicate()), r.seed(), "seed of run " + r.run());
            assertEquals(r.point() * 3 + r.replicate(), r.run());
            assertEquals(plan.run(r.run()).key(), r.key());
            assertTrue(r.ok());
            seeds.add(Long.toString(r.seed()));
        });
        assertEquals(120, seeds.size(), "replicates really differ");
        SweepRunner.run(lhs(), tmp.resolve("b"), 2, false, SweepListener.NONE);
        assertEquals(rows, withoutWallTime(tmp.resolve("b")));
        assertEquals(series(tmp.resolve("a")), series(tmp.resolve("b")));
        String series = series(tmp.resolve("a"));
        assertTrue(series.startsWith("run,tick,level,noise\n0,0,0.0,0.0\n0,1,"), series.substring(0, 40));
        assertEquals(1 + 120 * 6, series.lines().count(), "ticks 0..5 of every run");
        String manifest = Files.readString(tmp.resolve("a").resolve(SweepManifest.FILE));
        assertTrue(manifest.contains("\"status\": \"complete\""), manifest);
        assertTrue(manifest.contains("\"design\": \"lhs\""), manifest);
        assertTrue(manifest.contains("\"ended_at\": \"20"), manifest);
    }

    @Test
    void threadCountDoesNotChangeResults() throws IOException {
        SweepRunner.run(lhs(), tmp.resolve("one"), 1, false, SweepListener.NONE);
        SweepRunner.run(lhs(), tmp.resolve("four"), 4, false, SweepListener.NONE);
        assertEquals(withoutWallTime(tmp.resolve("one")), withoutWallTime(tmp.resolve("four")));
        assertEquals(series(tmp.resolve("one")), series(tmp.resolve("four")));
        SweepPlan other = SweepPlan.of(new SweepSpec(ToyModel.scenario(), Map.of(), lhs().spec().varies(),
                DesignKind.LHS, 40, 0, 3, 5, 43, 1, 200, "test"));
        SweepRunner.run(other, tmp.resolve("seed43"), 2, false, SweepListener.NONE);
        assertNotEquals(withoutWallTime(tmp.resolve("one")), withoutWallTime(tmp.resolve("seed43")));
    }

    @Test
    void aRunThatThrowsIsRecordedAndTheOthersComplete() throws IOException {
        SweepPlan plan = plan("grid", 0, 2, Map.of("fail_above", "0.6"), "a=0:1:6");
        List<Long> progress = new ArrayList<>();
        SweepSummary s = SweepRunner.run(plan, tmp.resolve("f"), 3, false, (done, total, failed) -> progress.add(done));
        assertEquals(12, s.ran());
        assertEquals(4, s.failed(), "a = 0.8 and 1.0, two replicates each");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), progress);
        assertTrue(s.firstFailure().startsWith("run 8: after tick 1: java.lang.IllegalStateException: a = 0.8"),
                s.firstFailure());
        List<RunsTable.Row> rows = new ArrayList<>();
        RunsTable.open(tmp.resolve("f")).forEach(rows::add);
        assertEquals(12, rows.size());
        for (RunsTable.Row r : rows) {
            boolean shouldFail = Double.parseDouble(r.values()[0]) > 0.6;
            assertEquals(!shouldFail, r.ok(), "run " + r.run());
            if (shouldFail) {
                assertEquals("after tick 1: java.lang.IllegalStateException: a = " + r.values()[0]
                        + " is above fail_above, by design", r.message());
                assertTrue(Double.isNaN(r.metrics()[0]));
            } else {
                assertEquals("", r.message());
                assertTrue(r.metrics()[0] > 0);
            }
        }
        assertTrue(Files.readString(tmp.resolve("f").resolve(SweepManifest.FILE)).contains("\"failed_runs\": 4"));
    }

    @Test
    void resumeAfterATornWriteRedoesOnlyTheMissingRunsWithoutDuplicates() throws IOException {
        Path full = tmp.resolve("full");
        SweepRunner.run(lhs(), full, 2, false, SweepListener.NONE);
        Path cut = tmp.resolve("cut");
        SweepRunner.run(lhs(), cut, 2, false, SweepListener.NONE, 0); // a commit record per run
        // simulate a crash: keep 50 committed runs, then half a row and a torn series member
        long[] record = commitRecord(cut, 50);
        truncate(cut.resolve(SweepFolder.RUNS), record[1] + 17);
        truncate(cut.resolve(SweepFolder.SERIES), record[2] + 9);
        truncate(cut.resolve(SweepFolder.COMMITS), 32L * 51 + 5);
        Files.delete(cut.resolve(SweepFolder.SENSITIVITY).getParent().resolve(SweepManifest.FILE));
        Files.writeString(cut.resolve(SweepManifest.FILE), Files.readString(full.resolve(SweepManifest.FILE)));
        List<String> partial = new ArrayList<>();
        RunsTable.open(cut).forEach(r -> partial.add(r.key()));
        assertEquals(50, partial.size(), "readers skip the torn last line");

        ConfigurationException noResume = assertThrows(ConfigurationException.class,
                () -> SweepRunner.run(lhs(), cut, 2, false, SweepListener.NONE));
        assertEquals("output folder " + cut + " already holds files; pass resume to continue the sweep in it, "
                + "or choose a new folder", noResume.getMessage());
        SweepSummary s = SweepRunner.run(lhs(), cut, 3, true, SweepListener.NONE);
        assertEquals(50, s.skipped());
        assertEquals(70, s.ran());
        assertEquals(withoutWallTime(full), withoutWallTime(cut));
        assertEquals(series(full), series(cut));
        String manifest = Files.readString(cut.resolve(SweepManifest.FILE));
        assertTrue(manifest.contains("\"resumed_at\": [\"20"), manifest);

        SweepSummary again = SweepRunner.run(lhs(), cut, 2, true, SweepListener.NONE);
        assertEquals(120, again.skipped());
        assertEquals(0, again.ran());
        assertEquals(withoutWallTime(full), withoutWallTime(cut));
    }

    @Test
    void resumeRefusesAnotherSweepAndChangesNothing() throws IOException {
        Path dir = tmp.resolve("d");
        SweepRunner.run(lhs(), dir, 2, false, SweepListener.NONE);
        Map<String, byte[]> before = snapshot(dir);
        SweepPlan other = plan("lhs", 40, 3, Map.of("fail_above", "1.5"), "a=0:1", "b=1:10", "mode=x,y,z");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SweepRunner.run(other, dir, 2, true, SweepListener.NONE));
        assertEquals("resume: " + dir + " holds a different sweep (test); resume it with the options it was "
                + "started with, or choose a new folder", e.getMessage());
        Map<String, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));

        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        ConfigurationException f = assertThrows(ConfigurationException.class,
                () -> SweepRunner.run(lhs(), foreign, 2, true, SweepListener.NONE));
        assertEquals("resume: " + foreign + " holds files but no sweep manifest.json; give a sweep folder or a "
                + "new folder", f.getMessage());
        assertEquals(List.of("notes.txt"), Files.list(foreign).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void resumeOfAFreshFolderStartsTheSweep() throws IOException {
        SweepSummary s = SweepRunner.run(plan("oat", 0, 1, Map.of(), "a=0:1:3", "b=1:3:3"), tmp.resolve("new"), 2,
                true, SweepListener.NONE);
        assertEquals(5, s.runs());
        assertEquals(0, s.skipped());
        assertFalse(s.sensitivity());
    }

    private static long[] commitRecord(Path dir, int index) throws IOException {
        byte[] all = Files.readAllBytes(dir.resolve(SweepFolder.COMMITS));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(all, 32 * index, 32);
        return new long[] {b.getLong(), b.getLong(), b.getLong()};
    }

    private static void truncate(Path file, long length) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(length);
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new java.util.TreeMap<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    static byte[] gunzip(byte[] data) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
