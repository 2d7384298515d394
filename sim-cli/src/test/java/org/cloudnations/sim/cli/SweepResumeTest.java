package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed part-way (SIGKILL of a child JVM) and resumed equals an uninterrupted one. */
class SweepResumeTest {
    @TempDir
    Path tmp;

    private static final String[] SWEEP = {"sweep", "baseline", "--vary", "digital_access=0.05:0.95", "--vary",
        "tax_rate=0:0.9", "--design", "lhs", "--samples", "1500", "--replicates", "2", "--ticks", "5", "-P",
        "individuals=100", "--threads", "2", "--no-chart"};

    private static String[] with(Path out, String... extra) {
        List<String> a = new ArrayList<>(List.of(SWEEP));
        a.addAll(List.of("--out", out.toString()));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }

    static String series(Path dir) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("series.csv.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void killedAndResumedSweepHasTheRowsOfAnUninterruptedOneWithoutDuplicates() throws Exception {
        Path killed = tmp.resolve("killed");
        Process child = SweepJvm.start(tmp.resolve("child.log"), List.of("-Xmx256m"), with(killed));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(killed.resolve("runs.csv")) < 400 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(child.isAlive(), "the child must still be running when it is killed: "
                + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long atKill = lines(killed.resolve("runs.csv"));
        assertTrue(atKill > 1 && atKill < 3001, "killed part-way: " + atKill + " lines");
        assertTrue(Files.readString(killed.resolve("manifest.json")).contains("\"status\": \"running\""));

        CliResult resumed = CliResult.run(with(killed, "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains(" already complete, 0 failed"), resumed.out());

        Path whole = tmp.resolve("whole");
        CliResult reference = CliResult.run(with(whole));
        assertEquals(0, reference.code(), reference.err());

        List<String> a = SweepCommandTest.rows(whole);
        List<String> b = SweepCommandTest.rows(killed);
        assertEquals(3001, b.size());
        Set<String> ids = new HashSet<>();
        for (String row : b.subList(1, b.size())) {
            assertTrue(ids.add(row.substring(0, row.indexOf(','))), "duplicate run " + row);
        }
        assertEquals(new HashSet<>(a), new HashSet<>(b), "same set of rows");
        assertEquals(a, b, "and, as rows are written in run order, the same order");
        assertEquals(series(whole), series(killed));
        String manifest = Files.readString(killed.resolve("manifest.json"));
        assertTrue(manifest.contains("\"status\": \"complete\""), manifest);
        assertTrue(manifest.contains("\"resumed_at\": [\"20"), manifest);
    }
}
