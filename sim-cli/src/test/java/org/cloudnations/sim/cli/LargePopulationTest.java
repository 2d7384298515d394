package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8: at most 64 heap bytes per individual, so 10^7 individuals run with {@code -Xmx1g}: a
 * child JVM limited to 1 GiB of heap runs each large-population scenario for two ticks.
 */
class LargePopulationTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "value-paradox", "world"})
    void tenMillionIndividualsRunIn1GiB(String scenario) throws Exception {
        Path out = tmp.resolve(scenario);
        Path log = tmp.resolve(scenario + ".log");
        Process child = SweepJvm.start(log, List.of("-Xmx1g"), "run", scenario, "-P", "individuals=10000000",
                "--ticks", "2", "--no-chart", "--out", out.toString());
        assertTrue(child.waitFor(170, TimeUnit.SECONDS), "finished in time");
        String output = Files.readString(log);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains(scenario + ": 10000000 individuals, 2 ticks"), output);
        try (var lines = Files.lines(out.resolve("metrics.csv"))) {
            assertEquals(4, lines.count(), "header and ticks 0 to 2");
        }
    }
}
