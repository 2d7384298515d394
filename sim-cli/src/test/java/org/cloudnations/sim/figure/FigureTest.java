package org.cloudnations.sim.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fluent API, the reference values of the published figures, and the spec format's round trip. */
class FigureTest {
    private static final Path FIGURES = Path.of("..", "figures");

    @TempDir
    Path tmp;

    @Test
    void theFluentApiRendersAndVerifiesAFigure() {
        Figure f = Figure.of(FIGURES.resolve("axelrod-table1.json")).testSize().threads(2).cache(tmp.resolve("cache"));
        FigureResult r = f.render(tmp.resolve("out"));
        assertTrue(r.matches(), r.toString());
        assertEquals(27, r.runs());
        assertEquals(List.of("axelrod-table1.svg", "axelrod-table1.pdf", "axelrod-table1.png", "axelrod-table1.csv",
                "axelrod-table1.json"), r.files().stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(f.verify().ok());
        assertEquals("axelrod-culture --vary features=5,10,15 --vary traits=5,10,15 --replicates 3 --ticks 200 --seed 1",
                f.sweepArguments());
    }

    @Test
    void aPartialCacheEntryIsResumed() {
        Path spec = FIGURES.resolve("axelrod-table1.json");
        FigureJob job = FigureJob.prepare(SpecReader.read(spec), FigureSize.TEST);
        Path entry = tmp.resolve("cache").resolve(Figure.entryName(job));
        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> job.sweep().run(entry, 1,
                (done, total, failed) -> {
                    if (done == 10) {
                        // three times the sweep engine's flush interval (250 ms): the next run's row
                        // commits the rows so far, as a sweep that crashed later would have done
                        sleep(750);
                    } else if (done == 12) {
                        throw new IllegalStateException("interrupted after 12 runs");
                    }
                }));
        assertEquals("interrupted after 12 runs", stop.getMessage());
        FigureResult r = Figure.of(spec).testSize().threads(1).cache(tmp.resolve("cache")).render(tmp.resolve("out"));
        assertTrue(r.ranNow() > 0 && r.ranNow() < r.runs(), "resumed: " + r.ranNow() + " of " + r.runs() + " made now");
        assertTrue(r.matches(), "the same data as in one go");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rows of docs/model.md's Axelrod table: "| F | model (Axelrod published) | ... |". */
    private static List<double[]> axelrodTableOfModelMd() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "model.md"));
        int at = doc.indexOf("Axelrod (1997), Table 1, reports");
        Pattern row = Pattern.compile("^\\| (\\d+) \\| (.+) \\|$", Pattern.MULTILINE);
        Pattern cell = Pattern.compile("([\\d.]+) \\((?:Axelrod )?([\\d.]+)\\)");
        Matcher m = row.matcher(doc.substring(at, at + 1200));
        List<double[]> out = new ArrayList<>();
        while (m.find()) {
            int q = 0;
            for (String c : m.group(2).split(" \\| ")) {
                Matcher v = cell.matcher(c);
                assertTrue(v.matches(), c);
                out.add(new double[] {Double.parseDouble(m.group(1)), 5 + 5 * q++, Double.parseDouble(v.group(1)),
                    Double.parseDouble(v.group(2))});
            }
        }
        assertEquals(9, out.size(), "a 3 x 3 table");
        return out;
    }

    @Test
    void axelrodReferenceValuesAndPaperDataAgreeWithTheTableOfModelMd() throws IOException {
        FigureSpec spec = SpecReader.read(FIGURES.resolve("axelrod-table1.json"));
        List<String> data = Files.readAllLines(FIGURES.resolve("data").resolve("axelrod-table1.csv"));
        for (double[] cell : axelrodTableOfModelMd()) {
            String f = Long.toString((long) cell[0]);
            String q = Long.toString((long) cell[1]);
            ReferenceDefinition.Value published = spec.reference().values().stream()
                    .filter(v -> v.x().equals(q) && v.y().equals(f)).findFirst().orElseThrow();
            assertEquals(cell[3], published.value(), "Axelrod's value at F = " + f + ", q = " + q);
            String model = data.stream().filter(l -> l.startsWith("model," + q + "," + f + ",")).findFirst().orElseThrow();
            double mean = Double.parseDouble(model.split(",")[3]);
            assertEquals(cell[2], mean, 0.006 * Math.max(1, mean), "the 50-seed mean at F = " + f + ", q = " + q);
        }
    }

    @Test
    void closedFormsFollowTheirSources() {
        // (T2): N - I with I - (N - 1) = lambda ln(1 + a0); a0 = e - 1 makes the frontier lambda
        assertEquals(0.5, ClosedForm.TASK_LABOUR_SHARE.value(0.5, Map.of("initial_capability", Math.E - 1)), 1e-12);
        assertEquals(1 - 0.2 * Math.log(2), ClosedForm.TASK_LABOUR_SHARE.value(0.2, Map.of("initial_capability", 1.0)),
                1e-12);
        // docs/scenarios/agi-race.md: with capability_info = 0 every team takes 0.1 + 0.81 * 7/8 = 0.8088
        // at enmity 0.9, 8 teams, base risk 0.1
        assertEquals(0.1 + 0.81 * 7 / 8, ClosedForm.RACE_RISK_NO_INFORMATION.value(0.9,
                Map.of("racing_teams", 8.0, "base_risk", 0.1)), 1e-12);
    }

    @Test
    void quantilesAndNumbersInTheDataFile() {
        // R: quantile(c(1, 2, 3, 4), c(0.25, 0.5, 0.75), type = 7) gives 1.75 2.50 3.25
        double[] s = {1, 2, 3, 4};
        assertEquals(1.75, FigureJob.quantile(s, 0.25));
        assertEquals(2.5, FigureJob.quantile(s, 0.5));
        assertEquals(3.25, FigureJob.quantile(s, 0.75));
        assertEquals("0.3", FigureData.number(0.1 + 0.2));
        assertEquals("1234567891", FigureData.number(1234567890.6));
        assertEquals("0.000012", FigureData.number(1.2e-5));
        assertEquals("", FigureData.number(Double.NaN));
    }

    @Test
    void everySpecSurvivesTheCanonicalRewriteOfUpdateChecksums() throws IOException {
        try (Stream<Path> specs = Files.list(FIGURES)) {
            for (Path p : specs.filter(x -> x.toString().endsWith(".json")).toList()) {
                Path copy = tmp.resolve(p.getFileName());
                Files.writeString(copy, JsonText.write(SpecReader.raw(p)));
                FigureSpec a = SpecReader.read(p);
                FigureSpec b = SpecReader.read(copy);
                assertEquals(a.paper(), b.paper(), p.toString());
                assertEquals(a.test(), b.test(), p.toString());
                assertEquals(a.plot(), b.plot(), p.toString());
                assertEquals(a.reference(), b.reference(), p.toString());
                assertEquals(a.caption(), b.caption(), p.toString());
                assertEquals(a.paperSha256(), b.paperSha256(), p.toString());
                assertEquals(a.testSha256(), b.testSha256(), p.toString());
                assertEquals(Files.readString(p), Files.readString(copy), "specs are kept in the canonical layout: " + p);
            }
        }
    }

    @Test
    void theGalleryShowsEveryFigureWithItsCaptionItsCommandAndTheCheckedData() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "figures.md"));
        Path gallery = Path.of("..", "docs", "figures");
        try (Stream<Path> specs = Files.list(FIGURES)) {
            for (Path p : specs.filter(x -> x.toString().endsWith(".json")).toList()) {
                FigureSpec spec = SpecReader.read(p);
                String id = spec.id();
                assertTrue(doc.contains("![" + id + "](figures/" + id + ".png)"), id + ": image in the gallery");
                assertTrue(doc.contains(spec.caption()), id + ": caption in the gallery");
                assertTrue(doc.contains("`./sim figure figures/" + id + ".json`"), id + ": command in the gallery");
                assertTrue(Files.isRegularFile(gallery.resolve(id + ".png")), id + ".png");
                assertEquals(Files.readString(FIGURES.resolve("data").resolve(id + ".csv")),
                        Files.readString(gallery.resolve(id + ".csv")),
                        id + ": the gallery is drawn from the checked paper data; redraw it with "
                                + "./sim figure --all --out docs/figures");
            }
        }
    }
}
