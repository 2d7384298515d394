package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 10,000-run sweep, with its charts, completes in a child JVM limited to 256 MiB of heap. */
class SweepMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void tenThousandRunsFitIn256MiB() throws Exception {
        Path out = tmp.resolve("big");
        Path log = tmp.resolve("big.log");
        Process child = SweepJvm.start(log, List.of("-Xmx256m"), "sweep", "baseline", "--vary",
                "digital_access=0.05:0.95", "--vary", "tax_rate=0:0.9", "--design", "lhs", "--samples", "5000",
                "--replicates", "2", "--ticks", "5", "-P", "individuals=100", "--threads", "2", "--out", out.toString());
        assertTrue(child.waitFor(170, TimeUnit.SECONDS), "finished in time");
        String output = Files.readString(log);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("10000 runs done now, 0 already complete, 0 failed"), output);
        try (var lines = Files.lines(out.resolve("runs.csv"))) {
            assertEquals(10_001, lines.count());
        }
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"completed_runs\": 10000"));
        try (var charts = Files.list(out.resolve("charts"))) {
            assertTrue(charts.anyMatch(p -> p.getFileName().toString().startsWith("heatmap-")), "charts drawn");
        }
    }
}
