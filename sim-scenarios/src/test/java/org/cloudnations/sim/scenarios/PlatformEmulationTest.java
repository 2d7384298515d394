package org.cloudnations.sim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: the same configuration and seed give the same bytes on another JVM or CPU. Java lets
 * {@code Math.exp}, {@code Math.log}, {@code Math.pow} and the other transcendental functions
 * differ in the last bit between platforms, and HotSpot replaces them with CPU-specific
 * intrinsics; the model code therefore uses {@code StrictMath}, whose results the Java
 * specification fixes. This test emulates a platform without those intrinsics: one child JVM
 * started with {@link PlatformEmulation#EMULATION_OPTIONS} runs a short run of every scenario of
 * the catalogue, and each {@code metrics.csv} must equal, byte for byte, the same run made in
 * this JVM. With {@code Math.exp} and {@code Math.pow} in the model (before issue 22) it failed
 * for value-paradox and agi-race, among others.
 */
class PlatformEmulationTest {
    /** Generous bound on the child's time (a few seconds on a quiet machine). */
    private static final long CHILD_TIMEOUT_MINUTES = 10;

    @Test
    void everyScenarioGivesTheSameBytesWithoutTheJitMathIntrinsics(@TempDir Path folder)
            throws IOException, InterruptedException {
        Path log = folder.resolve("child.log");
        Path out = Files.createDirectories(folder.resolve("emulated"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(PlatformEmulation.EMULATION_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                PlatformEmulation.class.getName(), out.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            fail("the child JVM did not finish in " + CHILD_TIMEOUT_MINUTES + " minutes");
        }
        if (child.exitValue() != 0) {
            fail("child JVM " + command + " exited with " + child.exitValue() + ":\n" + read(log));
        }

        List<String> differing = new ArrayList<>();
        for (GoldenRuns.Case c : PlatformEmulation.cases()) {
            Path emulated = out.resolve(c.file());
            assertTrue(Files.isRegularFile(emulated), "the child JVM wrote no " + emulated);
            String there = read(emulated);
            String here = c.run();
            if (!here.equals(there)) {
                differing.add(c.scenario() + " (" + firstDifference(here, there) + ")");
            }
        }
        List<String> differingSweeps = new ArrayList<>();
        for (var e : PlatformEmulation.SWEEPS.entrySet()) {
            Path here = folder.resolve("here-" + e.getKey());
            e.getValue().writeTo(here, 1);
            for (String file : List.of("sensitivity.csv", "runs.csv")) {
                Path emulated = out.resolve(e.getKey()).resolve(file);
                assertTrue(Files.isRegularFile(emulated), "the child JVM wrote no " + emulated);
                String a = withoutWallTime(read(here.resolve(file)));
                String b = withoutWallTime(read(emulated));
                if (!a.equals(b)) {
                    differingSweeps.add(e.getKey() + "/" + file + " (" + firstDifference(a, b) + ")");
                }
            }
        }
        assertTrue(differing.isEmpty() && differingSweeps.isEmpty(), "on the emulated platform metrics.csv differs for "
                + differing + "; sweep files differ: " + differingSweeps);
    }

    /** @return a runs.csv without its last column, wall_seconds (other files unchanged) */
    private static String withoutWallTime(String csv) {
        if (!csv.startsWith("run,")) {
            return csv;
        }
        return csv.replaceAll(",[^,\n]*\n", "\n");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** @return where the two texts first differ: line, column name and both values */
    private static String firstDifference(String here, String there) {
        String[] a = here.split("\n", -1);
        String[] b = there.split("\n", -1);
        String[] header = a[0].split(",", -1);
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            String[] x = a[k].split(",", -1);
            String[] y = b[k].split(",", -1);
            for (int j = 0; j < Math.min(x.length, y.length); j++) {
                if (!x[j].equals(y[j])) {
                    String column = j < header.length ? header[j] : "#" + (j + 1);
                    return "line " + (k + 1) + ", " + column + ": " + x[j] + " here, " + y[j] + " emulated";
                }
            }
            if (x.length != y.length) {
                return "line " + (k + 1) + ": " + x.length + " and " + y.length + " columns";
            }
        }
        return "line counts " + a.length + " and " + b.length;
    }
}
