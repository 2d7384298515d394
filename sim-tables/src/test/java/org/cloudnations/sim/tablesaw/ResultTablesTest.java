package org.cloudnations.sim.tablesaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.api.Result;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.api.Sweep;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The tables against the files they come from, value for value: a run, and a sweep of every design. */
class ResultTablesTest {
    private static final Simulation SMALL = Simulation.of("baseline").set("individuals", 300).ticks(12).seed(5)
            .threads(1);

    @TempDir
    Path temp;

    @Test
    void aRunsTableHoldsTheValuesOfItsMetricsCsv() throws IOException {
        Result r = SMALL.set("digital_access", 0.7).run();
        Path csv = r.writeCsv(temp.resolve("metrics.csv"));
        Table t = ResultTables.of(r);
        assertEquals("baseline", t.name());
        assertEquals(ColumnType.INTEGER, t.column("tick").type());
        assertEquals(13, t.rowCount(), "ticks 0 to 12");
        CsvFiles.assertSameValues(CsvFiles.read(csv), t);
    }

    /** A sweep of the design over a real and a whole-number parameter, written by {@link Sweep#writeTo}. */
    static Path sweep(DesignKind design, Path dir) throws IOException {
        Sweep s = SMALL.sweep().design(design.label()).replicates(2);
        s = switch (design) {
            case GRID, OAT -> s.vary("digital_access", 0.2, 0.8).vary("communities", 5, 10);
            default -> s.range("digital_access", 0.1, 0.9).range("communities", 2, 30).samples(2);
        };
        s.writeTo(dir, 2);
        return dir;
    }

    @ParameterizedTest
    @EnumSource(DesignKind.class)
    void aSweepsTablesHoldTheValuesOfItsFiles(DesignKind design) throws IOException {
        Path dir = sweep(design, temp.resolve(design.label()));
        List<String[]> runsCsv = CsvFiles.read(dir.resolve(SweepFolder.RUNS));
        Table runs = ResultTables.runs(dir);
        assertTrue(runs.rowCount() >= 4, design + ": " + runs.rowCount() + " runs");
        CsvFiles.assertSameValues(runsCsv, runs);
        assertEquals(ColumnType.DOUBLE, runs.column("digital_access").type(), "a real parameter is a number");
        assertEquals(ColumnType.INTEGER, runs.column("communities").type(), "a whole-number parameter is a number");

        List<String[]> seriesCsv = CsvFiles.read(dir.resolve(SweepFolder.SERIES));
        Table series = ResultTables.series(dir);
        assertEquals(runs.rowCount() * 13, series.rowCount(), "13 ticks per run");
        CsvFiles.assertSameValues(seriesCsv, series);
    }

    @Test
    void aChoiceIsTextAndAFlagABoolean() throws IOException {
        Path dir = temp.resolve("open-vs-closed");
        Simulation.of("open-vs-closed").set("individuals", 300).ticks(5).sweep().vary("team_owner", "firms", "states")
                .vary("open_models", true, false).vary("open_labs", 0, 2).writeTo(dir, 2);
        Table runs = ResultTables.runs(dir);
        assertEquals(ColumnType.STRING, runs.column("team_owner").type());
        assertEquals(ColumnType.BOOLEAN, runs.column("open_models").type());
        assertEquals(ColumnType.INTEGER, runs.column("open_labs").type());
        CsvFiles.assertSameValues(CsvFiles.read(dir.resolve(SweepFolder.RUNS)), runs);
    }

    @Test
    void aFilteredSeriesHoldsOnlyWhatWasAskedFor() throws IOException {
        Path dir = sweep(DesignKind.GRID, temp.resolve("grid"));
        List<String[]> all = CsvFiles.read(dir.resolve(SweepFolder.SERIES));
        List<String> header = Arrays.asList(all.get(0));
        int share = header.indexOf("cloud_share");
        int members = header.indexOf("exits");
        List<String[]> expected = new ArrayList<>();
        expected.add(new String[] {"run", "tick", "cloud_share", "exits"});
        for (String[] row : all.subList(1, all.size())) {
            int run = Integer.parseInt(row[0]);
            int tick = Integer.parseInt(row[1]);
            if ((run == 1 || run == 6) && tick >= 3 && tick <= 11 && tick % 2 == 0) {
                expected.add(new String[] {row[0], row[1], row[share], row[members]});
            }
        }
        Table t = ResultTables.series(dir, SeriesFilter.all().runs(6, 1).metrics("cloud_share", "exits")
                .ticks(3, 11).every(2));
        assertEquals(2 * 4, t.rowCount(), "runs 1 and 6 at ticks 4, 6, 8, 10");
        CsvFiles.assertSameValues(expected, t);

        Table tail = ResultTables.series(dir, SeriesFilter.all().metrics("cloud_share").fromTick(12));
        assertEquals(List.of("run", "tick", "cloud_share"), tail.columnNames());
        assertEquals(8, tail.rowCount(), "the last tick of each of the 8 runs");
        assertEquals(ResultTables.runs(dir).doubleColumn("cloud_share").asList(),
                tail.doubleColumn("cloud_share").asList(),
                "the last tick of the series is the final value in runs.csv");
    }

    @Test
    void aRunWithoutACompleteRowInRunsCsvIsLeftOutOfTheSeries() throws IOException {
        Path dir = sweep(DesignKind.GRID, temp.resolve("torn"));
        Path runsCsv = dir.resolve(SweepFolder.RUNS);
        List<String> lines = Files.readAllLines(runsCsv);
        // a crash after the last run's series was written, while its row was being written
        String torn = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                + lines.get(lines.size() - 1).substring(0, 10);
        Files.writeString(runsCsv, torn, StandardCharsets.UTF_8);
        assertEquals(7, ResultTables.runs(dir).rowCount());
        Table series = ResultTables.series(dir);
        assertEquals(7 * 13, series.rowCount());
        assertEquals(6, series.intColumn("run").max());
    }

    @Test
    void aSeriesFileCutShortByACrashIsReadUpToTheCutAndAMalformedLineIsReported() throws IOException {
        Path dir = sweep(DesignKind.GRID, temp.resolve("cut"));
        Path series = dir.resolve(SweepFolder.SERIES);
        List<String[]> full = CsvFiles.read(series);
        byte[] whole = Files.readAllBytes(series);
        Files.write(series, Arrays.copyOf(whole, whole.length - 10)); // the last run's gzip member loses its end
        Table t = ResultTables.series(dir);
        assertTrue(t.rowCount() < 8 * 13 && t.rowCount() >= 7 * 13, t.rowCount() + " rows");
        CsvFiles.assertSameValues(full.subList(0, t.rowCount() + 1), t);

        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(series))) {
            out.write("run,tick,cloud_share\n0,0,0.5\n0,1,x\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(series + " line 3 is malformed (For input string: \"x\"); allowed: run,tick then one number"
                + " per metric",
                assertThrows(ConfigurationException.class, () -> ResultTables.series(dir)).getMessage());
    }

    @Test
    void badFoldersAndFiltersAreReportedInOneLine() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(empty + " has no runs.csv; allowed: a folder written by sim sweep or Sweep.writeTo",
                assertThrows(ConfigurationException.class, () -> ResultTables.runs(empty)).getMessage());

        Path dir = sweep(DesignKind.GRID, temp.resolve("grid"));
        List<String> metrics = SMALL.run().metrics();
        assertEquals("series filter: unknown metric 'cloud_shares'; did you mean 'cloud_share'? Known: "
                        + String.join(", ", metrics),
                assertThrows(ConfigurationException.class, () -> ResultTables.series(dir,
                        SeriesFilter.all().metrics("cloud_shares"))).getMessage());
        assertEquals("series filter: run 8 is not a complete run of " + dir + "; allowed: the ids in column run of its"
                        + " runs.csv (8 runs, 0 to 7)",
                assertThrows(ConfigurationException.class, () -> ResultTables.series(dir, SeriesFilter.all().runs(8)))
                        .getMessage());

        Path noSeries = temp.resolve("no-series");
        SMALL.sweep().vary("digital_access", 0.2, 0.8).seriesEvery(0).writeTo(noSeries, 1);
        assertEquals(noSeries + " has no series.csv.gz; allowed: a sweep written with series (--series-every 1 or"
                + " more)",
                assertThrows(ConfigurationException.class, () -> ResultTables.series(noSeries)).getMessage());

        List<String> runsHeader = ResultTables.runs(dir).columnNames();
        Files.writeString(dir.resolve(SweepFolder.RUNS), "run,point,replicate\n1,2,3\n");
        String message = assertThrows(ConfigurationException.class, () -> ResultTables.runs(dir)).getMessage();
        assertEquals(dir.resolve("runs.csv") + " is malformed (too few columns); allowed: a runs.csv written by sim"
                + " sweep or Sweep.writeTo", message);
        Files.writeString(dir.resolve(SweepFolder.RUNS), String.join(",", runsHeader) + "\n0,0,0,1,k,0.2,5,ok,x\n");
        assertEquals(dir.resolve("runs.csv") + " is malformed (" + dir.resolve("runs.csv") + " line 2 has 9 fields; the"
                + " header has " + runsHeader.size() + "); allowed: a runs.csv written by sim sweep or Sweep.writeTo",
                assertThrows(ConfigurationException.class, () -> ResultTables.runs(dir)).getMessage());
    }

    @Test
    void aSeriesFilterRejectsWhatIsNotAFilter() {
        Map<String, Runnable> bad = Map.of(
                "series filter: run -1 is not a run id; allowed: 0 or more", () -> SeriesFilter.all().runs(-1),
                "series filter: ticks 5 to 4 are not a range; allowed: 0 <= from <= to",
                () -> SeriesFilter.all().ticks(5, 4),
                "series filter: every 0 is out of range; allowed: 1 or more", () -> SeriesFilter.all().every(0),
                "series filter: metrics [a, a] repeat a name; allowed: each metric once",
                () -> SeriesFilter.all().metrics("a", "a"),
                "series filter: no metrics; allowed: one or more (all() keeps every metric)",
                () -> SeriesFilter.all().metrics(new String[0]),
                "series filter: no run ids; allowed: one or more (all() keeps every run)",
                () -> SeriesFilter.all().runs(List.of()));
        bad.forEach((message, call) -> assertEquals(message,
                assertThrows(ConfigurationException.class, call::run).getMessage()));
        assertEquals(List.of(1, 3), SeriesFilter.all().runs(3, 1, 3).runs(), "sorted and distinct");
    }
}
