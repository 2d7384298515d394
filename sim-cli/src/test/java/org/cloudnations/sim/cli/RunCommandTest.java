package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    private static final String SMALL = "individuals=20000";

    @Test
    void defaultRunWritesCsvManifestChartAndSummary() throws IOException {
        CliResult r = CliResult.run("run");
        assertEquals(0, r.code(), r.err());
        String wrote = r.out().lines().filter(l -> l.startsWith("wrote ")).findFirst().orElseThrow();
        Path dir = Path.of(wrote.substring(6, wrote.indexOf(" (")));
        try {
            assertTrue(dir.toString().contains("runs" + java.io.File.separator + "world-"), dir.toString());
            List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
            // issue 14, acceptance 1: metrics of all four kinds of agents
            assertTrue(csv.get(0).startsWith("tick,cloud_share,wage_share,open_share,power_hhi,machine_output_share,"
                    + "share_league,"), csv.get(0));
            assertEquals(201, csv.size() - 1, "ticks 0..200");
            String manifest = Files.readString(dir.resolve("manifest.json"));
            assertTrue(manifest.contains("\"scenario\": \"world\""));
            assertTrue(manifest.contains("\"seed\": 1"));
            assertTrue(manifest.contains("\"ai_growth\": \"0.015\""));
            byte[] png = Files.readAllBytes(dir.resolve("metrics.png"));
            assertEquals((byte) 0x89, png[0]);
            assertEquals('P', png[1]);
            assertTrue(r.out().contains("cloud_share"), r.out());
            assertTrue(r.out().startsWith("world: 100000 individuals, 200 ticks, seed 1"), r.out());
        } finally {
            deleteTree(dir);
        }
    }

    @Test
    void sameSeedGivesIdenticalCsvAndThreadCountDoesNotMatter() throws IOException {
        byte[] a = runCsv("a", "--threads", "1");
        byte[] b = runCsv("b", "--threads", "1");
        byte[] c = runCsv("c", "--threads", "2");
        byte[] d = runCsv("d", "--threads", "2", "--chunk", "777");
        assertArrayEquals(a, b);
        assertArrayEquals(a, c);
        assertArrayEquals(a, d);
        byte[] other = runCsv("e", "--threads", "2", "--seed", "2");
        assertFalse(java.util.Arrays.equals(a, other), "another seed gives another run");
    }

    @Test
    void checkingModeGivesTheSameBytes() throws IOException {
        // issue 18: --check verifies every invariant after every tick and changes nothing
        assertArrayEquals(runCsv("plain", "--threads", "2"), runCsv("checked", "--threads", "2", "--check"));
    }

    @Test
    void aFailedInvariantIsOneLineAndExitSix() {
        // issue 18: no shipped scenario fails a check (docs/reliability.md), so the report is tested directly
        java.io.StringWriter text = new java.io.StringWriter();
        int code = SimCli.report(new org.cloudnations.sim.engine.InvariantViolationException("world-firms",
                "metric ai_capability_gini_firms is finite and in [0, 1]", 3), new java.io.PrintWriter(text));
        assertEquals(6, code);
        assertEquals("sim: the model failed a check: invariant violated at tick 3: rule world-firms: metric "
                + "ai_capability_gini_firms is finite and in [0, 1] (no results were written)\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aParameterSetTwiceTakesTheLastValueInRunAndSweepAlike() throws IOException {
        // issue 18 (consistency): the documented rule of docs/cli.md, the same as the fluent API's set
        CliResult run = CliResult.run("run", "exit", "--ticks", "2", "--no-chart", "-P", "individuals=100",
                "-P", "individuals=200", "--out", tmp.resolve("twice-run").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(tmp.resolve("twice-run/manifest.json")).contains("\"individuals\": 200"));
        CliResult sweep = CliResult.run("sweep", "exit", "--vary", "moving_cost=0.3,0.4", "--ticks", "2", "--no-chart",
                "-P", "individuals=100", "-P", "individuals=200", "--out", tmp.resolve("twice-sweep").toString());
        assertEquals(0, sweep.code(), sweep.err());
        assertTrue(Files.readString(tmp.resolve("twice-sweep/manifest.json")).contains("\"individuals\": \"200\""));
    }

    private byte[] runCsv(String name, String... extra) throws IOException {
        Path out = tmp.resolve(name);
        String[] args = Stream.concat(Stream.of("run", "--ticks", "60", "--no-chart", "-P", SMALL, "--out",
                out.toString()), Stream.of(extra)).toArray(String[]::new);
        CliResult r = CliResult.run(args);
        assertEquals(0, r.code(), r.err());
        return Files.readAllBytes(out.resolve("metrics.csv"));
    }

    @Test
    void forceReplacesOnlyWithCompleteResults() throws IOException {
        Path out = tmp.resolve("r");
        assertEquals(0, CliResult.run("run", "--ticks", "3", "-P", SMALL, "--out", out.toString()).code());
        CliResult again = CliResult.run("run", "--ticks", "3", "-P", SMALL, "--out", out.toString());
        assertEquals(2, again.code());
        assertEquals("sim: output folder " + out + " already holds files; choose a new folder or pass --force to "
                + "replace it\n", again.err());
        CliResult forced = CliResult.run("run", "--ticks", "4", "-P", SMALL, "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(6, Files.readAllLines(out.resolve("metrics.csv")).size());
        assertNoLeftovers();
    }

    /** Each bad input: exit 2, one line naming the problem and what is allowed, nothing written. */
    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Path out = tmp.resolve("never");
        String o = out.toString();
        expectUsageError("sim: unknown scenario 'basline'; did you mean 'baseline'? Known: " + scenarioNames(),
                "run", "basline", "--out", o);
        expectUsageError("sim: unknown parameter 'digital_acess'; did you mean 'digital_access'? Known: "
                        + String.join(", ", org.cloudnations.sim.scenarios.Scenarios.get("baseline").parameters().names()),
                "run", "baseline", "-P", "digital_acess=0.5", "--out", o);
        expectUsageError("sim: parameter 'tax_rate': value 1.5 is out of range; allowed: a real number from 0 to 0.9",
                "run", "baseline", "-P", "tax_rate=1.5", "--out", o);
        expectUsageError("sim: parameter 'digital_access': value NaN is not a finite number; allowed: a real number "
                + "from 0.01 to 0.99", "run", "baseline", "-P", "digital_access=NaN", "--out", o);
        expectUsageError("sim: parameter 'exit_cost': 'cheap' is not a number; allowed: a real number from 0 to 10",
                "run", "baseline", "-P", "exit_cost=cheap", "--out", o);
        expectUsageError("sim: parameter 'states': '2.5' is not a whole number; allowed: a whole number from 2 to "
                + "10000", "run", "baseline", "-P", "states=2.5", "--out", o);
        expectUsageError("sim: ticks: value 0 is out of range; allowed: a whole number from 1 to 10000000",
                "run", "--ticks", "0", "--out", o);
        expectUsageError("sim: ticks: value -5 is out of range; allowed: a whole number from 1 to 10000000",
                "run", "--ticks", "-5", "--out", o);
        expectUsageError("sim: threads: value 0 is out of range; allowed: a whole number from 1 to 1024",
                "run", "--threads", "0", "--out", o);
        // the message of Simulation.set("exit_cost", "") (issue 21: the command line and the API say the same)
        expectUsageError("sim: parameter 'exit_cost': '' is not a number; allowed: a real number from 0 to 10", "run",
                "-P", "exit_cost", "--out", o);
        CliResult ticksText = CliResult.run("run", "--ticks", "many", "--out", o);
        assertEquals(2, ticksText.code());
        assertEquals(1, ticksText.err().lines().count(), ticksText.err());
        assertTrue(ticksText.err().contains("'many' is not an int"), ticksText.err());
        assertFalse(Files.exists(out));
        assertNoLeftovers();
    }

    @Test
    void unwritableOutputFolderIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        CliResult r = CliResult.run("run", "--ticks", "2", "-P", SMALL, "--out", file.resolve("sub").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("sim: cannot write output folder " + file.resolve("sub") + ": "), r.err());
        CliResult onFile = CliResult.run("run", "--ticks", "2", "-P", SMALL, "--out", file.toString());
        assertEquals(2, onFile.code());
        assertEquals("sim: output folder " + file + " is a file; give a folder path\n", onFile.err());
        assertEquals("x", Files.readString(file), "existing file untouched");
    }

    @Test
    void unknownOptionGetsSuggestion() {
        CliResult r = CliResult.run("run", "--tick", "5");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("--tick") && r.err().contains("did you mean"), r.err());
    }

    static String scenarioNames() {
        return String.join(", ", org.cloudnations.sim.scenarios.Scenarios.catalog().all().stream()
                .map(org.cloudnations.sim.scenario.Scenario::name).toList());
    }

    private void expectUsageError(String message, String... args) {
        CliResult r = CliResult.run(args);
        assertEquals(2, r.code(), () -> "exit code for " + String.join(" ", args) + ": " + r.err());
        assertEquals(message + "\n", r.err());
        assertEquals("", r.out());
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> partial = s.filter(p -> p.getFileName().toString().contains(".partial")).toList();
            assertTrue(partial.isEmpty(), partial.toString());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
        Path runs = root.getParent();
        try (Stream<Path> s = Files.list(runs)) {
            if (s.findAny().isEmpty()) {
                Files.delete(runs);
            }
        }
    }
}
