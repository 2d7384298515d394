package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cloudnations.sim.cli.CommandLineGrammar.FuzzedCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines the fuzz tests ({@link CliFuzzTest}, {@link FluentApiFuzzTest}) found wrong,
 * shrunk, one test each, named after what was found; every one is listed in docs/cli.md
 * ("Fuzz tests"). Each is checked by the same {@link CliOracle} as the fuzz test, and pins the
 * answer it gives now.
 */
class CliFuzzRegressionTest {
    @TempDir
    Path tmp;

    private static FuzzedCommand command(String name) {
        return CommandLineGrammar.COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Issue 21: a one-value list was an internal error ({@code level 0 of 1}, exit 1). */
    @Test
    void oneValueVaryIsAFixedParameterInTheKey() throws IOException {
        Path out = tmp.resolve("v1");
        CliResult r = CliResult.run("sweep", "exit", "--vary", "moving_cost=0.3", "--ticks", "5", "-P", "individuals=500",
                "--no-chart", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(2, rows.size(), "one point, one replicate");
        List<String> header = List.of(rows.get(0).split(","));
        int column = header.indexOf("moving_cost");
        assertEquals(5, column, "the varied parameter's column follows run,point,replicate,seed,key");
        assertEquals("0.3", rows.get(1).split(",")[column]);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"moving_cost\": \"0.3\""));
        assertEquals(0, CliOracle.check(command("sweep"), List.of("sweep", "exit", "--vary", "moving_cost=0.3",
                "--ticks", "5", "-P", "individuals=500", "--out", "@NEW")));
    }

    /** Issue 21: the same beside another varied parameter, in every design. */
    @Test
    void oneValueVaryBesideAnotherInEveryDesign() throws IOException {
        for (String design : List.of("grid", "oat", "random", "lhs", "sobol", "morris")) {
            List<String> args = new java.util.ArrayList<>(List.of("sweep", "exit", "--vary", "moving_cost=0.3",
                    "--vary", "digital_access=0.2:0.8", "--design", design, "--ticks", "3", "-P", "individuals=50",
                    "--no-chart", "--threads", "1", "--out", "@NEW"));
            if (!design.equals("grid") && !design.equals("oat")) {
                args.addAll(List.of("--samples", "2"));
            }
            assertEquals(0, CliOracle.check(command("sweep"), args), design);
        }
    }

    /** Issue 21: a range of one level is refused in one line that shows the one-value list. */
    @Test
    void oneLevelRangeIsRefusedWithTheOneValueList() {
        CliResult r = CliResult.run("sweep", "exit", "--vary", "moving_cost=0.1:0.5:1", "--out", tmp.resolve("x")
                .toString());
        assertEquals(2, r.code());
        assertEquals("sim: --vary moving_cost=0.1:0.5:1: levels N '1' is not allowed; allowed: a whole number from 2 "
                + "to 100000 (for a fixed value use -P moving_cost=VALUE, or the one-value list --vary moving_cost=VALUE "
                + "to keep it in the sweep's key)\n", r.err());
        assertEquals(false, Files.exists(tmp.resolve("x")));
    }
}
