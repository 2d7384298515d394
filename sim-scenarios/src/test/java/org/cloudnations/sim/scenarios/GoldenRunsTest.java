package org.cloudnations.sim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded runs give exactly the bytes pinned in {@code src/test/resources/golden/} (written by
 * {@link GoldenRuns#main} before the performance work of issue 8, regenerated once for the
 * StrictMath change of issue 22): optimisations of the hot loop
 * must not change a single digit. With {@code -Dgolden.regenerate=true} the test rewrites the
 * files instead (see {@link GoldenRuns}).
 */
class GoldenRunsTest {
    static List<GoldenRuns.Case> cases() {
        return GoldenRuns.CASES;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void runGivesThePinnedBytes(GoldenRuns.Case c) throws IOException {
        Path file = GoldenRuns.FOLDER.resolve(c.file());
        String now = c.run();
        if (Boolean.getBoolean("golden.regenerate")) {
            Files.createDirectories(GoldenRuns.FOLDER);
            Files.writeString(file, now, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(file), "golden file " + file + " (regenerate: see GoldenRuns)");
        String pinned = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(pinned.lines().count(), now.lines().count(), c + ": number of rows");
        String[] a = pinned.split("\n");
        String[] b = now.split("\n");
        for (int k = 0; k < a.length; k++) {
            assertEquals(a[k], b[k], c + ": line " + (k + 1) + " of " + file);
        }
    }
}
