package org.cloudnations.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.api.Sweep;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every JBang script in examples/jbang through the JDK's source launcher
 * ({@code java --class-path CP Script.java ARGS}), with the class path its {@code //DEPS} lines
 * resolve to ({@link ScriptClassPath}), and checks its exit code, its output and its files. Runs are
 * small (60 ticks, 5000 individuals) so that the three scripts take a few seconds.
 */
class JBangScriptsTest {
    static final String FIRST_LINE = "///usr/bin/env jbang \"$0\" \"$@\" ; exit $?";
    static final String TICKS = "60";
    static final String INDIVIDUALS = "5000";
    static final long TIMEOUT_SECONDS = 120;
    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** What each script must produce; a script without an entry here fails the test. */
    private final Map<String, Check> checks = Map.of(
            "RunWithChart.java", this::checkRunWithChart,
            "SweepResponse.java", this::checkSweepResponse,
            "CustomRule.java", this::checkCustomRule);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyScriptRunsAndProducesWhatItPromises() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(ScriptClassPath.root().resolve("examples/jbang"))) {
            scripts = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(scripts.size() >= 3, "at least three JBang scripts: " + scripts);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            Check check = checks.get(script.getFileName().toString());
            if (check == null) {
                fail("no check for " + script.getFileName() + "; add one to " + getClass().getSimpleName());
            }
            Path out = temp.resolve(script.getFileName().toString().replace(".java", ""));
            Run run = launch(script, out.toString(), TICKS, INDIVIDUALS);
            assertEquals(0, run.exit, () -> script.getFileName() + " failed:\n" + run.output);
            check.verify(run, out);
        }));
    }

    @Test
    void aScriptThatForgetsADependencyFailsToCompile() throws Exception {
        Path script = ScriptClassPath.root().resolve("examples/jbang/RunWithChart.java");
        List<String> lines = new ArrayList<>(Files.readAllLines(script));
        assertTrue(lines.removeIf(l -> l.equals("//DEPS org.cloudnations:sim-cli:" + ScriptClassPath.VERSION)));
        Path broken = temp.resolve("broken/RunWithChart.java");
        Files.createDirectories(broken.getParent());
        Files.write(broken, lines);
        Run run = launch(broken, temp.resolve("broken-out").toString(), "5", "100");
        assertEquals(1, run.exit, run.output);
        assertTrue(run.output.contains("package org.cloudnations.sim.chart does not exist"), run.output);
    }

    @Test
    void dependencyDeclarationsAreCheckedAgainstThisProject() {
        assertThrows(IllegalArgumentException.class, () -> ScriptClassPath.resolve(List.of("org.cloudnations:sim-cli:9.9")));
        assertThrows(IllegalArgumentException.class, () -> ScriptClassPath.resolve(List.of("org.cloudnations:nope:"
                + ScriptClassPath.VERSION)));
        assertThrows(IllegalArgumentException.class, () -> ScriptClassPath.resolve(List.of("com.example:absent:1.0")));
        assertThrows(IllegalArgumentException.class, () -> ScriptClassPath.resolve(List.of("sim-cli")));
    }

    /** Checks the header and runs the script with the class path of its //DEPS lines. */
    static Run launch(Path script, String... args) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        assertEquals(FIRST_LINE, lines.get(0), "first line of " + script.getFileName());
        List<String> deps = ScriptClassPath.declared(lines, "//DEPS ");
        assertFalse(deps.isEmpty(), "no //DEPS line in " + script.getFileName());
        String classPath = ScriptClassPath.resolve(deps);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx512m", "--class-path", classPath, script.toString()));
        command.addAll(Arrays.asList(args));
        Path log = Files.createTempFile("jbang-script-", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                fail(script.getFileName() + " did not finish in " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void checkRunWithChart(Run run, Path out) throws IOException {
        Result expected = Simulation.of("baseline").set("digital_access", 0.7).seed(7)
                .ticks(Integer.parseInt(TICKS)).set("individuals", Long.parseLong(INDIVIDUALS)).run();
        Path csv = temp.resolve("expected.csv");
        expected.writeCsv(csv);
        assertEquals(Files.readString(csv), Files.readString(out.resolve("metrics.csv")), "metrics.csv");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"seed\": 7,") && manifest.contains("\"digital_access\": \"0.7\""), manifest);
        assertPng(out.resolve("metrics.png"));
        List<String> table = expected.toString().lines().skip(1).toList(); // the first line has the wall time
        assertTrue(run.output.contains(String.join("\n", table)), "summary table in:\n" + run.output);
        assertTrue(run.output.contains("wrote " + out.resolve("metrics.png")), run.output);
    }

    private void checkSweepResponse(Run run, Path out) throws IOException {
        List<String> csv = Files.readAllLines(out.resolve("response.csv"));
        assertEquals("digital_access,replicates,mean_cloud_share,sd_cloud_share,mean_cloud_skill_ratio", csv.get(0));
        assertEquals(6, csv.size(), String.join("\n", csv));
        double[] access = csv.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])).toArray();
        double[] share = csv.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[2])).toArray();
        assertArrayEquals(new double[] {0.1, 0.3, 0.5, 0.7, 0.9}, access);
        assertTrue(share[4] > share[0], "the cloud share rises with digital access: " + Arrays.toString(share));
        // the first point recomputed in this JVM through the same public API
        Sweep sweep = Simulation.of("baseline").set("individuals", Long.parseLong(INDIVIDUALS))
                .ticks(Integer.parseInt(TICKS)).seed(11).sweep().vary("digital_access", 0.1, 0.3, 0.5, 0.7, 0.9)
                .replicates(4);
        double mean = sweep.stream().limit(4).mapToDouble(r -> r.result().tailMean("cloud_share", 10)).average()
                .orElseThrow();
        assertEquals(String.format(Locale.ROOT, "%.6f", mean), csv.get(1).split(",")[2]);
        assertPng(out.resolve("response.png"));
        assertTrue(run.output.contains("grid, 4 replicates]"), run.output);
    }

    /**
     * The rule added to the shipped baseline: its metric moves when it is on, and with it off
     * (rho = 0) every other metric is the shipped baseline's, value for value.
     */
    private void checkCustomRule(Run run, Path out) throws IOException {
        List<String> baseline = Files.readAllLines(out.resolve("baseline.csv"));
        List<String> on = Files.readAllLines(out.resolve("remittances.csv"));
        List<String> off = Files.readAllLines(out.resolve("remittances-off.csv"));
        assertEquals(baseline.get(0) + ",remittances", on.get(0), "the new metric is the last column");
        assertEquals(Integer.parseInt(TICKS) + 2, on.size());
        int last = on.get(0).split(",").length - 1;
        assertTrue(on.stream().skip(2).anyMatch(l -> Double.parseDouble(l.split(",")[last]) > 0),
                "remittances are sent when the rule is on");
        for (int k = 1; k < baseline.size(); k++) {
            String row = off.get(k);
            assertEquals(baseline.get(k), row.substring(0, row.lastIndexOf(',')), "rule off: line " + (k + 1)
                    + " is the shipped baseline's");
            assertEquals(0.0, Double.parseDouble(row.substring(row.lastIndexOf(',') + 1)), 0.0, "nothing sent");
        }
        int tax = List.of(baseline.get(0).split(",")).indexOf("tax_per_capita");
        assertTrue(tax > 0);
        boolean moved = false;
        for (int k = 2; k < baseline.size(); k++) {
            moved |= !baseline.get(k).split(",")[tax].equals(on.get(k).split(",")[tax]);
        }
        assertTrue(moved, "remittances move the states' tax revenue");
        assertTrue(run.output.contains("remittances per individual"), run.output);
        assertPng(out.resolve("remittances.png"));
    }

    static void assertPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 1000, file + " has " + bytes.length + " bytes");
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, 8), file + " is a PNG");
    }

    /** A finished script: exit code and combined output. */
    record Run(int exit, String output) {
        Run {
            if (output == null) {
                throw new IllegalArgumentException("output must not be null");
            }
        }
    }

    /** The checks of one script's output. */
    @FunctionalInterface
    interface Check {
        void verify(Run run, Path out) throws IOException;
    }
}
