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
                "--ticks", "5", "-P", "individuals=500", "--out", "@NEW")).code());
    }

    /** Issue 21: the same beside another varied parameter, in every design. */
    @Test
    void oneValueVaryBesideAnotherInEveryDesign() throws IOException {
        for (String design : List.of("grid", "oat", "random", "lhs", "sobol", "morris")) {
            List<String> args = new java.util.ArrayList<>(List.of("sweep", "exit", "--vary", "moving_cost=0.3",
                    "--vary", "digital_access=0.2:0.8", "--design", design, "--ticks", "3", "-P", "individuals=50",
                    "--no-chart", "--threads", "1", "--bootstrap", "10", "--out", "@NEW"));
            if (!design.equals("grid") && !design.equals("oat")) {
                args.addAll(List.of("--samples", "2"));
            }
            assertEquals(0, CliOracle.check(command("sweep"), args).code(), design);
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

    /**
     * CliFuzzTest: {@code sim chart} of a sweep whose series.csv.gz is not gzip was exit 1
     * (ZipException). A series file whose last gzip member was cut short (a crash) still draws, from
     * the complete members.
     */
    @Test
    void chartOfADamagedSeriesFileIsOneLine() throws IOException {
        CliResult r = CliOracle.check(command("chart"), List.of("chart", "@SWEEP_BAD_SERIES"));
        assertEquals(2, r.code());
        assertTrue(r.err().matches("sim: chart: \\S+series.csv.gz is damaged \\(Not in GZIP format\\); allowed: the "
                + "series file 'sim sweep' writes \\(or none: move it away to draw the other charts\\)\n"), r.err());
        assertEquals(0, CliOracle.check(command("chart"), List.of("chart", "@SWEEP_TORN_SERIES")).code());
    }

    /**
     * CliFuzzTest: {@code -P '"=1'} printed two picocli warnings on standard error ("Unbalanced quotes")
     * before the one line.
     */
    @Test
    void unbalancedQuoteInAParameterIsOneLine() throws IOException {
        assertEquals(2, CliOracle.check(command("run"), List.of("run", "-P", "\"=1", "--out", "@NEW")).code());
        assertEquals(2, CliOracle.check(command("sweep"), List.of("sweep", "--vary", "tax_rate=0.1", "-P", "\"=1",
                "--out", "@NEW")).code());
    }

    /**
     * FluentApiFuzzTest: {@code samples(0)} is refused, but {@code sim sweep --samples 0} ran a grid
     * (0 was taken as "not given") and told an lhs design it "needs --samples N".
     */
    @Test
    void samplesZeroIsRefusedAsTheApiRefusesIt() throws IOException {
        for (String design : List.of("grid", "lhs")) {
            CliResult r = CliResult.run("sweep", "--vary", "tax_rate=0.1,0.2", "--design", design, "--samples", "0",
                    "--out", tmp.resolve(design).toString());
            assertEquals("sim: --samples: value 0 is out of range; allowed: a whole number from 1 to 100000000\n",
                    r.err());
            assertEquals(2, r.code());
        }
    }

    /**
     * FluentApiFuzzTest: the API said "vary states: 'states' is already varied", "vary tax_rate: no
     * values", "replicates: value 0 ...", "seriesEvery: ..." where {@code sim sweep} says "--vary
     * states=5: 'states' is varied twice", ...; and {@code -P exit_cost=} was "-P exit_cost: no value"
     * where the API says what is allowed. Each pair now gives one message.
     */
    @Test
    void apiAndCommandLineRefuseWithTheSameMessage() {
        org.cloudnations.sim.api.Sweep s = org.cloudnations.sim.api.Simulation.of("baseline").sweep().vary("states", 2);
        assertSame(() -> s.vary("states", 5), "sweep", "--vary", "states=2", "--vary", "states=5");
        assertSame(() -> s.vary("tax_rate", new double[0]), "sweep", "--vary", "tax_rate=");
        assertSame(() -> s.replicates(0), "sweep", "--vary", "states=2", "--replicates", "0");
        assertSame(() -> s.seriesEvery(-1), "sweep", "--vary", "states=2", "--series-every", "-1");
        assertSame(() -> org.cloudnations.sim.api.Simulation.of("baseline").set("exit_cost", ""), "run", "-P",
                "exit_cost=");
    }

    private void assertSame(org.junit.jupiter.api.function.Executable call, String... args) {
        String message = org.junit.jupiter.api.Assertions.assertThrows(
                org.cloudnations.sim.param.ConfigurationException.class, call).render(SimCli::flag);
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", tmp.resolve("same").toString()));
        CliResult r = CliResult.run(all.toArray(String[]::new));
        assertEquals("sim: " + message + "\n", r.err());
        assertEquals(2, r.code());
    }

    /**
     * CliFuzzTest: {@code sim figure A B} where B's sweep does not fit its scenario (an unknown
     * parameter) made A's figure, or recorded A's checksum in A's spec with
     * {@code --update-checksums}, and then exited 2: a refusal that changed files. Every spec is now
     * checked before any figure is made.
     */
    @Test
    void aSpecThatDoesNotFitIsRefusedBeforeAnyFigureIsMade() throws IOException {
        for (String mode : List.of("--update-checksums", "--test-size")) {
            CliResult r = figure("@SPEC_SENSITIVITY", "@SPEC_TABLE", "@SPEC_UNKNOWN_PARAMETER", mode);
            assertEquals(2, r.code());
            assertTrue(r.err().matches("sim: \\S+unknown-parameter.json: field 'sweep.fixed.individual': unknown "
                    + "parameter 'individual'; did you mean 'individuals'\\? Known: .*\n"), r.err());
            assertEquals("", r.out(), "nothing was made");
        }
    }

    /**
     * Review, checked by the figure fuzz's oracle: {@code --out} below a plain file with a new
     * {@code --cache} created the cache folder before it refused the output folder (exit 2 that
     * leaves a folder). Both folders are now checked before anything is created.
     */
    @Test
    void anOutputFolderBelowAFileIsRefusedBeforeTheCacheIsMade() throws IOException {
        CliResult r = figure("@SPEC_FINAL", "--out", "@BELOW_FILE");
        assertEquals(2, r.code());
        assertTrue(r.err().matches("sim: --out \\S+/below_file/out: \\S+/below_file is a file, not a folder; give a "
                + "folder that can be written\n"), r.err());
    }

    /**
     * CliFuzzTest: a spec of 100,000 nested arrays was exit 1 with a {@code StackOverflowError} from
     * the JSON reader (also the reader of sweep manifests).
     */
    @Test
    void deeplyNestedJsonIsOneLine() throws IOException {
        CliResult r = figure("@SPEC_DEEP_JSON");
        assertEquals(2, r.code());
        assertTrue(r.err().matches("sim: \\S+deep-json.json: malformed JSON: not valid JSON at character 512: nested "
                + "deeper than 512 levels\n"), r.err());
    }

    /**
     * CliFuzzTest: a spec in Latin-1 was refused with "(MalformedInputException: Input length = 1)",
     * which says neither what is wrong nor what is allowed; a {@code \\u} escape that is not hex
     * with the parser's "For input string".
     */
    @Test
    void aSpecThatIsNotUtf8OrHasABadEscapeSaysWhat() throws IOException {
        CliResult r = figure("@SPEC_NOT_UTF8");
        assertEquals(2, r.code());
        assertTrue(r.err().matches("sim: \\S+not-utf8.json: cannot read the figure spec: it is not UTF-8 text; "
                + "allowed: a JSON file in UTF-8\n"), r.err());
        CliResult e = figure("@SPEC_BAD_ESCAPE");
        assertTrue(e.err().matches("sim: \\S+bad-escape.json: malformed JSON: not valid JSON at character \\d+: bad "
                + "escape\n"), e.err());
    }

    /**
     * The figure fuzz's other answers, pinned: a complete figure from a torn cache (resumed), exit 4
     * with one line when {@code --verify} finds other data, and {@code --update-checksums} that
     * changes only the spec and its data.
     */
    @Test
    void figureAnswersAsDocumented() throws IOException {
        assertEquals(0, figure("--all", "--cache", "@CACHE_TORN", "--threads", "1").code());
        CliResult v = figure("@SPEC_STALE", "@SPEC_TABLE", "--verify", "--test-size");
        assertEquals(FigureCommand.DATA_DIFFER, v.code());
        assertEquals("sim: 1 of 2 figures differ from their checksums\n", v.err());
        assertEquals(0, figure("@SPEC_STALE", "--update-checksums", "--cache", "@CACHE").code());
    }

    /**
     * Review, with the fuzz folders OUT_BLOCKED and FIGURES_DATA_IS_A_FILE (exit 1 checked with
     * main's jar): a figure file that is a folder in {@code --out}, and a plain file where
     * {@code data/} belongs with {@code --update-checksums}, were exit 1
     * ({@code UncheckedIOException}) after the sweep had run into the cache. Both are now refused
     * in one line before anything runs.
     */
    @Test
    void aBlockedFigureFileOrDataFolderIsOneLineBeforeAnythingRuns() throws IOException {
        CliResult r = figure("@SPEC_FINAL", "--out", "@OUT_BLOCKED");
        assertEquals(2, r.code());
        assertTrue(r.err().matches("sim: --out \\S+/out_blocked: \\S+/out_blocked/fuzz-final.svg is a folder, not a "
                + "file; move it away or give another folder\n"), r.err());
        CliResult u = figure("--all", "--figures", "@FIGURES_DATA_IS_A_FILE", "--update-checksums");
        assertEquals(2, u.code());
        assertTrue(u.err().matches("sim: \\S+/final.json: the data folder \\S+/data: \\S+/data is a file, not a "
                + "folder; give a folder that can be written\n"), u.err());
    }

    /**
     * Runs and checks {@code sim figure} with the arguments given, and the fuzz's own folders for
     * {@code --out}, {@code --cache} and {@code --figures} where they are not given.
     */
    private static CliResult figure(String... args) throws IOException {
        List<String> line = new java.util.ArrayList<>(List.of("figure"));
        line.addAll(List.of(args));
        CommandOutput.FIGURE_FILES.ownFolders().forEach((option, folder) -> {
            if (!line.contains(option)) {
                line.addAll(List.of(option, folder.token()));
            }
        });
        return CliOracle.check(command("figure"), line);
    }
}
