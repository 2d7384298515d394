package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.design.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path tmp;

    static final String[] SMALL = {"-P", "individuals=100", "--ticks", "3", "--no-chart"};

    static CliResult sweep(Path out, String... args) {
        List<String> a = new ArrayList<>(List.of("sweep", "baseline"));
        a.addAll(List.of(args));
        a.addAll(List.of(SMALL));
        a.addAll(List.of("--out", out.toString()));
        return CliResult.run(a.toArray(String[]::new));
    }

    /** runs.csv without its last column, wall_seconds: the only column that may differ between sweeps. */
    static List<String> rows(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("runs.csv")).stream().map(l -> l.substring(0, l.lastIndexOf(',')))
                .toList();
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    @Test
    void sameSweepGivesIdenticalRowsWithSeedsWhateverTheThreadCount() throws IOException {
        String[] design = {"--vary", "digital_access=0.2:0.8:3", "--vary", "tax_rate=0.1,0.4", "--replicates", "3"};
        CliResult a = sweep(tmp.resolve("a"), concat(design, "--threads", "1"));
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().startsWith("sweep baseline: design grid, 6 points x 3 replicates = 18 runs, 3 ticks, seed 1, "
                + "1 threads\n18 runs done now, 0 already complete, 0 failed, "), a.out());
        assertTrue(a.out().endsWith("wrote " + tmp.resolve("a") + " (runs.csv, series.csv.gz, manifest.json)\n"),
                a.out());
        CliResult b = sweep(tmp.resolve("b"), concat(design, "--threads", "1"));
        CliResult c = sweep(tmp.resolve("c"), concat(design, "--threads", "2"));
        assertEquals(0, b.code(), b.err());
        assertEquals(0, c.code(), c.err());
        List<String> rows = rows(tmp.resolve("a"));
        assertEquals(rows, rows(tmp.resolve("b")), "same sweep twice");
        assertEquals(rows, rows(tmp.resolve("c")), "threads 1 and 2");
        assertEquals(19, rows.size());
        assertTrue(rows.get(0).startsWith("run,point,replicate,seed,key,digital_access,tax_rate,status,cloud_share,"),
                rows.get(0));
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            assertEquals(Long.toString(Seeds.run(1, Integer.parseInt(f[1]), Integer.parseInt(f[2]))), f[3], r);
            assertEquals("ok", f[7], r);
        }
        assertEquals("0,0,0", rows.get(1).substring(0, 5));
        assertTrue(rows.get(1).contains(",0.2,0.1,ok,"), rows.get(1));
        assertTrue(rows.get(18).contains(",0.8,0.4,ok,"), rows.get(18));
        String manifest = Files.readString(tmp.resolve("a").resolve("manifest.json"));
        assertTrue(manifest.contains("\"command_line\": \"sim sweep baseline --vary digital_access=0.2:0.8:3 --vary "
                + "tax_rate=0.1,0.4 --replicates 3 --threads 1 -P individuals=100 --ticks 3 --no-chart --out "), manifest);
        assertTrue(manifest.contains("\"java_version\": \""), manifest);
        assertTrue(manifest.contains("\"library_version\": \"0.1.0\""), manifest);
        assertTrue(manifest.contains("\"git_commit\": "), manifest);
        assertTrue(manifest.contains("\"design\": \"grid\""), manifest);
    }

    @Test
    void badInputExitsTwoWithOneLineAndLeavesResultsUntouched() throws IOException {
        Path done = tmp.resolve("done");
        assertEquals(0, sweep(done, "--vary", "digital_access=0.2,0.8").code());
        Map<String, byte[]> before = snapshot(done);
        String[][] cases = {
            {"sim: unknown design 'sobl'; did you mean 'sobol'? Known: grid, random, lhs, sobol, oat, morris",
                "--vary", "digital_access=0.2,0.8", "--design", "sobl"},
            {"sim: --vary digital_access: expected NAME=LO:HI[:N] or NAME=V1,V2,...", "--vary", "digital_access"},
            {"sim: --vary digital_access=0:2: parameter 'digital_access': value 0 is out of range; allowed: a real "
                + "number from 0.01 to 0.99", "--vary", "digital_access=0:2"},
            {"sim: --vary digital_acess=0.1:0.2: unknown parameter 'digital_acess'; did you mean 'digital_access'?",
                "--vary", "digital_acess=0.1:0.2"},
            {"sim: --vary digital_access=0.1:0.5:4: levels ':4' apply to grid and oat designs only; write "
                + "digital_access=0.1:0.5 for a lhs design", "--vary", "digital_access=0.1:0.5:4", "--design", "lhs",
                "--samples", "5"},
            {"sim: the sobol design needs --samples N (a whole number from 1 to 100000000)", "--vary",
                "digital_access=0.1:0.5", "--design", "sobol"},
            {"sim: --resume: " + done + " holds a different sweep (sim sweep baseline --vary digital_access=0.2,0.8 -P "
                + "individuals=100 --ticks 3 --no-chart --out " + done + "); resume it with the options it was started "
                + "with, or choose a new folder", "--vary", "digital_access=0.2,0.9", "--resume"},
            {"sim: output folder " + done + " already holds files; pass --resume to continue the sweep in it, or "
                + "choose a new folder", "--vary", "digital_access=0.2,0.8"},
        };
        for (String[] c : cases) {
            CliResult r = sweep(done, java.util.Arrays.copyOfRange(c, 1, c.length));
            assertEquals(2, r.code(), String.join(" ", c) + "\n" + r.err());
            assertTrue(r.err().startsWith(c[0]), "expected: " + c[0] + "\nactual:   " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertEquals("", r.out());
            Map<String, byte[]> after = snapshot(done);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k + " after " + String.join(" ", c)));
        }
        CliResult missing = CliResult.run("sweep", "--out", tmp.resolve("x").toString());
        assertEquals(2, missing.code());
        assertEquals("sim: --vary: give at least one varied parameter, as NAME=LO:HI[:N] or NAME=V1,V2,...\n",
                missing.err());
        assertEquals("sim: sweep: give the output folder with --out DIR\n",
                CliResult.run("sweep", "--vary", "digital_access=0.2,0.8").err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void armsRunEveryPointInEachArmWithThePointsSeedsAndBadArmsExitTwo() throws IOException {
        String[] paired = {"--vary", "digital_access=0.2:0.8", "--design", "lhs", "--samples", "3", "--replicates", "2",
            "--arm", "automation_rate=0.02", "--arm", "automation_rate=0"};
        CliResult a = sweep(tmp.resolve("a"), concat(paired, "--threads", "2"));
        assertEquals(0, a.code(), a.err());
        List<String> rows = rows(tmp.resolve("a"));
        assertEquals(1 + 3 * 2 * 2, rows.size());
        assertTrue(rows.get(0).startsWith("run,point,replicate,seed,key,digital_access,automation_rate,status,"),
                rows.get(0));
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            int point = Integer.parseInt(f[1]);
            // both arms of design point p (sweep points 2p and 2p + 1) take the seeds of point p
            assertEquals(Long.toString(Seeds.run(1, point / 2, Integer.parseInt(f[2]))), f[3], r);
            assertEquals(point % 2 == 0 ? "0.02" : "0.0", f[6], r);
        }
        assertEquals(rows.get(1).split(",")[5], rows.get(3).split(",")[5], "the arms share the point's context");
        String manifest = Files.readString(tmp.resolve("a").resolve("manifest.json"));
        assertTrue(manifest.contains("\"arms\": [{"), manifest);

        String[][] cases = {
            {"sim: --arm automation_rate: expected NAME=VALUE[,NAME=VALUE...]", "--arm", "automation_rate",
                "--arm", "automation_rate=0"},
            {"sim: --arm automation_rate=0.02: a paired sweep needs at least two arms; allowed: --arm repeated, e.g. "
                + "--arm NAME=V1 --arm NAME=V2", "--arm", "automation_rate=0.02"},
            {"sim: --arm digital_access=0.5: 'digital_access' is also varied with --vary; allowed: a parameter either "
                + "in the arms or varied", "--arm", "digital_access=0.5", "--arm", "digital_access=0.6"},
            {"sim: --arm automation_rat=0.02: unknown parameter 'automation_rat'; did you mean 'automation_rate'?",
                "--arm", "automation_rat=0.02", "--arm", "automation_rate=0"},
            {"sim: --arm: arms apply to grid, random and lhs designs; the sobol design computes indices from its own "
                + "points", "--design", "sobol", "--samples", "4", "--arm", "automation_rate=0.02", "--arm",
                "automation_rate=0"},
        };
        for (String[] c : cases) {
            Path out = tmp.resolve("bad");
            String[] design = c[0].contains("sobol") ? new String[] {"--vary", "digital_access=0.2:0.8"}
                    : new String[] {"--vary", "digital_access=0.2:0.8", "--design", "lhs", "--samples", "3"};
            CliResult r = sweep(out, concat(design, java.util.Arrays.copyOfRange(c, 1, c.length)));
            assertEquals(2, r.code(), String.join(" ", c) + "\n" + r.err());
            assertTrue(r.err().startsWith(c[0]), "expected: " + c[0] + "\nactual:   " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    @Test
    void failingRunsAreRecordedTheOthersCompleteAndTheExitCodeIsThree() throws IOException {
        SweepCommand.scenarios = name -> name.equals("fragile") ? SweepTestModel.SCENARIO : Scenarios.get(name);
        try {
            Path out = tmp.resolve("fragile");
            CliResult r = CliResult.run("sweep", "fragile", "--vary", "x=0:1:6", "--replicates", "2", "--ticks", "4",
                    "--threads", "2", "--out", out.toString());
            assertEquals(3, r.code(), r.err());
            assertEquals("sim: 4 of 12 runs failed (first: run 8: after tick 1: java.lang.ArithmeticException: "
                    + "x = 0.8 breaks the model); see the status and message columns of " + out.resolve("runs.csv")
                    + "\n", r.err().lines().filter(l -> l.startsWith("sim:")).findFirst().orElse("") + "\n");
            assertTrue(r.out().contains("12 runs done now, 0 already complete, 4 failed"), r.out());
            List<String> rows = rows(out);
            assertEquals(13, rows.size());
            for (String row : rows.subList(1, 13)) {
                double x = Double.parseDouble(row.split(",")[5]);
                if (x > 0.7) {
                    assertTrue(row.endsWith(",failed,,after tick 1: java.lang.ArithmeticException: x = " + x
                            + " breaks the model"), row);
                } else {
                    assertTrue(row.matches(".*,ok,[0-9.E-]+,"), row);
                }
            }
            assertTrue(Files.isRegularFile(out.resolve("charts/final-y-vs-x.png")), "charts of the successful runs");
        } finally {
            SweepCommand.scenarios = Scenarios::get;
        }
    }

    static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
