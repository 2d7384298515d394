package org.cloudnations.sim.tablesaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.design.DesignKind;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SummariesTest {
    /**
     * Student's t quantile t(0.975, 2); with 2 degrees of freedom it has the closed form
     * (2p - 1) / sqrt(2p(1 - p)), here 0.95 / sqrt(0.04875) (R: qt(0.975, 2) = 4.302653).
     */
    private static final double T_975_2 = 4.30265272974946;

    @TempDir
    Path temp;

    private static Table small() {
        return Table.create("t",
                DoubleColumn.create("x", 0.5, 0.1, 0.1, 0.3, 0.5, 0.1),
                StringColumn.create("policy", "a", "a", "a", "b", "a", "a"),
                DoubleColumn.create("y", 7, 1, 2, 5, Double.NaN, 3));
    }

    @Test
    void meanAndIntervalByARealColumnKeepsItANumberAndLeavesOutMissingValues() {
        Table s = Summaries.meanAndInterval(small(), "y", "x");
        assertEquals(List.of("x", "n", "mean", "sd", "ci95_low", "ci95_high"), s.columnNames());
        assertEquals(ColumnType.DOUBLE, s.column("x").type());
        assertEquals(List.of(0.1, 0.3, 0.5), s.doubleColumn("x").asList(), "sorted by x");
        assertEquals(List.of(3, 1, 1), s.intColumn("n").asList(), "the NaN at x = 0.5 is left out");
        assertEquals(List.of(2.0, 5.0, 7.0), s.doubleColumn("mean").asList());
        // y = 1, 2, 3: sd 1, half-width t(0.975, 2) * 1 / sqrt(3)
        assertEquals(1.0, s.doubleColumn("sd").get(0), 1e-12);
        assertEquals(2 - T_975_2 / Math.sqrt(3), s.doubleColumn("ci95_low").get(0), 1e-9);
        assertEquals(2 + T_975_2 / Math.sqrt(3), s.doubleColumn("ci95_high").get(0), 1e-9);
        assertTrue(s.doubleColumn("sd").isMissing(1) && s.doubleColumn("ci95_low").isMissing(2),
                "no spread from one value");
    }

    @Test
    void meanAndIntervalByTwoColumns() {
        Table s = Summaries.meanAndInterval(small(), "y", "policy", "x");
        assertEquals(List.of("a", "a", "b"), s.stringColumn("policy").asList());
        assertEquals(List.of(0.1, 0.5, 0.3), s.doubleColumn("x").asList());
        assertEquals(List.of(2.0, 7.0, 5.0), s.doubleColumn("mean").asList());
    }

    @Test
    void onASweepTheMeansAreThoseOfTheReplicatesInRunsCsv() throws IOException {
        Path dir = ResultTablesTest.sweep(DesignKind.GRID, temp.resolve("grid"));
        Table s = Summaries.meanAndInterval(ResultTables.runs(dir), "cloud_share", "digital_access", "communities");
        assertEquals(4, s.rowCount(), "2 x 2 points");
        List<String[]> csv = CsvFiles.read(dir.resolve(SweepFolder.RUNS));
        List<String> header = List.of(csv.get(0));
        for (int r = 0; r < s.rowCount(); r++) {
            DescriptiveStatistics d = new DescriptiveStatistics();
            for (String[] row : csv.subList(1, csv.size())) {
                if (Double.parseDouble(row[header.indexOf("digital_access")]) == s.doubleColumn("digital_access").get(r)
                        && Integer.parseInt(row[header.indexOf("communities")]) == s.intColumn("communities").get(r)) {
                    d.addValue(Double.parseDouble(row[header.indexOf("cloud_share")]));
                }
            }
            assertEquals(2, d.getN());
            assertEquals(d.getMean(), s.doubleColumn("mean").get(r), 1e-15);
            assertEquals(d.getStandardDeviation(), s.doubleColumn("sd").get(r), 1e-15);
        }
    }

    @Test
    void finalAgainstIsOnePointPerRunWithAValue() {
        Table s = Summaries.finalAgainst(small().addColumns(
                tech.tablesaw.api.IntColumn.create("run", new int[] {0, 1, 2, 3, 4, 5})), "y", "x");
        assertEquals(List.of("run", "x", "y"), s.columnNames());
        assertEquals(List.of(1, 2, 5, 3, 0), s.intColumn("run").asList(), "by x, then run; run 4 has no value");
        assertEquals(List.of(1.0, 2.0, 3.0, 5.0, 7.0), s.doubleColumn("y").asList());
    }

    @Test
    void badColumnsAreReportedInOneLine() {
        assertEquals("unknown column 'yy'; did you mean 'y'? Known: x, policy, y",
                assertThrows(ConfigurationException.class, () -> Summaries.meanAndInterval(small(), "yy", "x"))
                        .getMessage());
        assertEquals("unknown column 'z'; did you mean 'x'? Known: x, policy, y",
                assertThrows(ConfigurationException.class, () -> Summaries.meanAndInterval(small(), "y", "z"))
                        .getMessage());
        assertEquals("column 'policy' holds string values; allowed: a numeric column",
                assertThrows(ConfigurationException.class, () -> Summaries.finalAgainst(small(), "policy", "x"))
                        .getMessage());
        assertEquals("meanAndInterval: no column to group by; allowed: one or more of x, policy, y",
                assertThrows(ConfigurationException.class, () -> Summaries.meanAndInterval(small(), "y"))
                        .getMessage());
    }
}
