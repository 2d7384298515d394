package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code sim figure} on the repository's own figures (at their test size) and on edited copies:
 * acceptance points of issue 15.
 */
class FigureCommandTest {
    /** The repository's figure specs, seen from the sim-cli module. */
    private static final Path FIGURES = Path.of("..", "figures");

    @TempDir
    Path tmp;

    private static List<String> ids() throws IOException {
        try (Stream<Path> s = Files.list(FIGURES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    /** Copies a spec and its expected data into tmp/figures, applying one text edit to the spec. */
    private Path copy(String id, String from, String to) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("figures").resolve("data"));
        String text = Files.readString(FIGURES.resolve(id + ".json"), StandardCharsets.UTF_8);
        assertTrue(from.isEmpty() || text.contains(from), id + " holds " + from);
        Path spec = tmp.resolve("figures").resolve(id + ".json");
        Files.writeString(spec, from.isEmpty() ? text : text.replace(from, to), StandardCharsets.UTF_8);
        for (String suffix : List.of(".csv", ".test.csv")) {
            Path data = FIGURES.resolve("data").resolve(id + suffix);
            if (Files.exists(data)) {
                Files.copy(data, dir.resolve(id + suffix), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return spec;
    }

    @Test
    void everyFigureVerifiesAtItsTestSize() throws IOException {
        List<String> ids = ids();
        assertTrue(ids.size() >= 3, ids.toString());
        CliResult r = CliResult.run("figure", "--all", "--figures", FIGURES.toString(), "--test-size", "--verify",
                "--threads", "2");
        assertEquals(0, r.code(), r.out() + r.err());
        for (String id : ids) {
            assertTrue(r.out().contains("ok " + id + " (test size)"), id + " in " + r.out());
        }
        assertTrue(r.out().contains(ids.size() + " figures"), r.out());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "axelrod-table1|\"seed\": 1|\"seed\": 2",
        "acemoglu-restrepo-labour-share|\"firms\": 20|\"firms\": 21",
        "abs-race-risk-enmity|\"enmity=0:1:3\"|\"enmity=0:0.9:3\"",
        "baseline-cloud-share|\"replicates\": 3|\"replicates\": 4",
        "axelrod-table1|\"value\": 3.2|\"value\": 3.3"})
    void changingAnInputMakesVerifyFailAndNameTheFigure(String id, String from, String to) throws IOException {
        Path spec = copy(id, from, to);
        CliResult r = CliResult.run("figure", spec.toString(), "--test-size", "--verify", "--threads", "2");
        assertEquals(FigureCommand.DATA_DIFFER, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("DIFFERS " + id + " (test size, " + spec + ")"), r.out());
        assertTrue(r.out().contains("  line "), "a short diff of the rows: " + r.out());
        assertEquals("sim: 1 of 1 figures differ from their checksums\n", r.err());

        Path unchanged = copy(id, "", "");
        CliResult ok = CliResult.run("figure", unchanged.toString(), "--test-size", "--verify", "--threads", "1");
        assertEquals(0, ok.code(), "the unedited copy verifies: " + ok.out() + ok.err());
    }

    @Test
    void redrawsFromTheCacheAreByteIdentical() throws IOException {
        Path cache = tmp.resolve("cache");
        for (String id : List.of("baseline-cloud-share", "axelrod-table1", "baseline-income-heatmap",
                "baseline-sobol-cloud-share", "abs-race-risk-enmity")) {
            String spec = FIGURES.resolve(id + ".json").toString();
            CliResult a = CliResult.run("figure", spec, "--test-size", "--cache", cache.toString(), "--out",
                    tmp.resolve("a").toString(), "--threads", "2");
            assertEquals(0, a.code(), a.err());
            assertTrue(a.out().contains("matches the spec"), a.out());
            CliResult b = CliResult.run("figure", spec, "--test-size", "--cache", cache.toString(), "--out",
                    tmp.resolve("b").toString(), "--threads", "1");
            assertEquals(0, b.code(), b.err());
            assertTrue(b.out().contains("(0 made now"), "the second drawing takes the sweep from the cache: " + b.out());
            for (String ext : List.of(".svg", ".png", ".csv", ".json")) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(id + ext)),
                        Files.readAllBytes(tmp.resolve("b").resolve(id + ext)), id + ext);
            }
            byte[] pdf = Files.readAllBytes(tmp.resolve("b").resolve(id + ".pdf"));
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            String svg = Files.readString(tmp.resolve("b").resolve(id + ".svg"));
            assertTrue(svg.contains("<svg") && svg.contains("width='226.77165354330708pt'")
                    && svg.contains("viewBox='0.0 0.0 226.77165354330708 "), "an 8 cm SVG in points: " + svg.substring(0, 300));
            String png = new String(Files.readAllBytes(tmp.resolve("b").resolve(id + ".png")), 1, 3,
                    StandardCharsets.US_ASCII);
            assertEquals("PNG", png);
        }
    }

    @Test
    void theSweepLineOfARobustnessMapReproducesItsPairedRuns() throws IOException {
        Path cache = tmp.resolve("cache");
        String id = "claim-ai-growth-exit";
        CliResult f = CliResult.run("figure", FIGURES.resolve(id + ".json").toString(), "--test-size", "--cache",
                cache.toString(), "--out", tmp.resolve("out").toString(), "--threads", "2");
        assertEquals(0, f.code(), f.err());
        String line = Files.readAllLines(tmp.resolve("out").resolve(id + ".csv")).get(0);
        assertTrue(line.startsWith("# sweep: sim sweep ai-exodus ") && line.contains(" --arm ai_growth=0.05 --arm "
                + "ai_growth=0.01 "), line);
        List<String> args = new java.util.ArrayList<>(List.of(line.substring("# sweep: sim ".length()).split(" ")));
        args.addAll(List.of("--no-chart", "--threads", "1", "--out", tmp.resolve("sweep").toString()));
        CliResult s = CliResult.run(args.toArray(String[]::new));
        assertEquals(0, s.code(), s.err());
        Path entry;
        try (Stream<Path> entries = Files.list(cache)) {
            entry = entries.filter(p -> p.getFileName().toString().startsWith("ai-exodus-")).findFirst().orElseThrow();
        }
        assertEquals(SweepCommandTest.rows(entry), SweepCommandTest.rows(tmp.resolve("sweep")),
                "sim sweep with the data file's line makes the figure's runs, seeds and values");
    }

    private CliResult badSpec(String id, String from, String to) throws IOException {
        Path spec = copy(id, from, to);
        CliResult r = CliResult.run("figure", spec.toString(), "--test-size", "--cache", tmp.resolve("cache").toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
        return r;
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "axelrod-table1|\"cultural_regions\"|\"cultural_regionz\"|plot.metric': unknown metric 'cultural_regionz'; did you mean 'cultural_regions'? Known: ",
        "axelrod-table1|\"features=5,10,15\"|\"featurez=5,10,15\"|sweep.vary': vary featurez=5,10,15: unknown parameter 'featurez'; did you mean 'features'? Known: ",
        "acemoglu-restrepo-labour-share|\"gig_rate\": 0|\"gig_rat\": 0|sweep.fixed.gig_rat': unknown parameter 'gig_rat'; did you mean 'gig_rate'? Known: ",
        "acemoglu-restrepo-labour-share|\"crowd_rate\": 0|\"crowd_rate\": 11|sweep.fixed': parameter 'crowd_rate': value 11 is out of range; allowed: a real number from 0 to 10",
        "axelrod-table1|\"chart\": \"table\"|\"chart\": \"sensitivity\"|chart': a sensitivity chart needs a sobol or morris design; the sweep's design is grid",
        "acemoglu-restrepo-labour-share|\"chart\": \"final\"|\"chart\": \"heatmap\"|chart': a heatmap needs two varied parameters, plot.x and plot.y; the sweep varies automation_reach on a grid design",
        "baseline-cloud-share|\"x\": \"tick\"|\"x\": \"digital_access\"|plot.x': a timeseries chart has x \"tick\", not 'digital_access'",
        "axelrod-table1|\"chart\": \"table\"|\"chart\": \"pie\"|chart': unknown chart kind 'pie'; allowed: timeseries, final, heatmap, sensitivity, table, robustness",
        "axelrod-table1|\"replicates\": 50|\"replicates\": 0|sweep.replicates': value 0 is not allowed; allowed: a whole number from 1 to 2147483647",
        "axelrod-table1|\"plot\"|\"plott\"|plott': unknown field; allowed here: caption, chart, claim, data_sha256, formats, id, plot, reference, size, sweep, test",
        "claim-ai-growth-exit|\"smallest_effect\": 0.005|\"smallest_effect\": 0|claim.smallest_effect': value 0.0 is not allowed; allowed: a positive number (a difference, or a share of the control for a relative effect)",
        "claim-ai-growth-exit|\"metric\": \"cloud_share\"|\"metric\": \"cloud_shar\"|claim.statistic.metric': unknown metric 'cloud_shar'; did you mean 'cloud_share'? Known: ",
        "claim-ai-growth-exit|\"over\": \"mean\"|\"over\": \"median\"|claim.statistic.over': unknown statistic 'median'; allowed: last, mean, total",
        "claim-ai-growth-exit|\"from\": 1, \"to\": 40|\"from\": 41, \"to\": 40|claim.statistic.to': value 40 is before from 41; allowed: a tick from 41 on",
        "claim-ai-growth-exit|\"treatment\": {\"ai_growth\"|\"treatment\": {\"ai_growt\"|claim.treatment.ai_growt': unknown parameter 'ai_growt'; did you mean 'ai_growth'? Known: ",
        "claim-ai-growth-exit|{\"ai_growth\": 0.01}|{\"ai_growth\": 0.9}|claim.control': parameter 'ai_growth': value 0.9 is out of range; allowed: a real number from 0 to 0.5",
        "claim-ai-growth-exit|{\"ai_growth\": 0.01}|{\"ai_growth\": 0.05}|claim.control': the same as claim.treatment; allowed: arms that differ",
        "claim-ai-growth-exit|\"effect\": \"difference\"|\"effect\": \"ratio\"|claim.effect': unknown effect 'ratio'; allowed: difference, relative",
        "claim-ai-growth-exit|\"design\": \"lhs\"|\"design\": \"sobol\"|sweep': arm: arms apply to grid, random and lhs designs; the sobol design computes indices from its own points",
        "claim-ai-growth-exit|\"chart\": \"robustness\"|\"chart\": \"final\"|chart': a claim is mapped by a robustness chart only, not a final chart",
        "claim-ai-growth-exit|\"x\": \"freelance_rate\"|\"x\": \"ai_growth\"|plot.x': 'ai_growth' is not allowed; the phase diagram's axes are two numeric ranges of sweep.vary: revision_rate, choice_intensity, exit_cost, automation_half, gig_rate, freelance_rate",
        "claim-ai-growth-exit|\"fixed\": {\"individuals\": 3000,|\"fixed\": {\"ai_growth\": 0.02, \"individuals\": 3000,|sweep': arm ai_growth=0.05: 'ai_growth' is also set with set; allowed: a parameter either in the arms or set",
        "claim-ai-growth-exit|\"metric\": \"exits_displaced\"|\"metric\": \"exits_displace\"|claim.also[0].statistic.metric': unknown metric 'exits_displace'; did you mean 'exits_displaced'? Known: ",
        "claim-ai-growth-exit|\"over\": \"total\"|\"over\": \"sum\"|claim.also[0].statistic.over': unknown statistic 'sum'; allowed: last, mean, total",
        "claim-ai-growth-exit|\"smallest_effect\": 0.05|\"smallest_effect\": -1|claim.also[0].smallest_effect': value -1.0 is not allowed; allowed: a positive number (a difference, or a share of the control for a relative effect)",
        "claim-high-skilled-leave-first|\"control_value\": 1,|\"control_value\": 1, \"control_statistic\": {\"metric\": \"cloud_share\"},|claim': give either treatment and control (paired arms) or, within one run, control_statistic or control_value",
        "claim-high-skilled-leave-first|\"over\": \"last\"}|\"over\": \"last\", \"last_ticks\": 5}|claim.statistic.over': the last value has no window; remove from, to and last_ticks, or use mean or total"})
    void badSpecsExit2WithOneLineNamingTheFileAndTheField(String id, String from, String to, String message)
            throws IOException {
        CliResult r = badSpec(id, from, to);
        String expected = "sim: " + tmp.resolve("figures").resolve(id + ".json") + ": field '" + message;
        assertTrue(r.err().startsWith(expected), "expected " + expected + "\ngot      " + r.err());
    }

    @Test
    void malformedJsonExits2NamingTheFile() throws IOException {
        CliResult r = badSpec("axelrod-table1", "\"chart\": \"table\",", "\"chart\": \"table\"");
        assertTrue(r.err().startsWith("sim: " + tmp.resolve("figures").resolve("axelrod-table1.json")
                + ": malformed JSON: "), r.err());
    }

    @Test
    void aCacheFolderThatCannotBeCreatedExits2() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliResult r = CliResult.run("figure", FIGURES.resolve("axelrod-table1.json").toString(), "--test-size",
                "--cache", file.resolve("cache").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("sim: --cache " + file.resolve("cache") + ": " + file + " is a file, not a folder; give a "
                + "folder that can be written\n", r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void optionsThatExcludeEachOtherExit2() {
        CliResult r = CliResult.run("figure", "--all", "--verify", "--update-checksums");
        assertEquals(2, r.code());
        assertEquals("sim: --verify and --update-checksums exclude each other; give one\n", r.err());
        CliResult none = CliResult.run("figure");
        assertEquals(2, none.code());
        assertEquals("sim: give spec files (figures/*.json) or --all\n", none.err());
    }

    @Test
    void updateChecksumsRecordsTheNewDataSoThatVerifyPasses() throws IOException {
        Path spec = copy("baseline-income-heatmap", "\"seed\": 1", "\"seed\": 5");
        assertEquals(FigureCommand.DATA_DIFFER, CliResult.run("figure", spec.toString(), "--test-size", "--verify")
                .code());
        CliResult u = CliResult.run("figure", spec.toString(), "--test-size", "--update-checksums", "--cache",
                tmp.resolve("cache").toString());
        assertEquals(0, u.code(), u.err());
        assertTrue(u.out().startsWith("baseline-income-heatmap (test size): recorded data sha256 "), u.out());
        CliResult v = CliResult.run("figure", spec.toString(), "--test-size", "--verify");
        assertEquals(0, v.code(), v.out() + v.err());
        String data = Files.readString(tmp.resolve("figures").resolve("data").resolve("baseline-income-heatmap.test.csv"));
        assertTrue(data.startsWith("# sweep: sim sweep baseline --vary digital_access=0.1:0.9:3 --vary tax_rate=0:0.6:2 --replicates 2 "
                + "--ticks 10 --seed 5 -P individuals=500\nseries,x,y,value,low,high,n\nmodel,0.1,0.0,"), data);
        assertTrue(Files.readString(spec).contains("\"seed\": 5"), "the rest of the spec is kept");
    }
}
