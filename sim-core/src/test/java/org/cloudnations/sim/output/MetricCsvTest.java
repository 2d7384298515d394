package org.cloudnations.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.metric.MetricSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV layout: tick first, then one column per metric, numbers as {@link Double#toString(double)}. */
class MetricCsvTest {
    private static final MetricSeries SERIES = new MetricSeries(
            List.of(new MetricSpec("cloud_share", "1", "share"), new MetricSpec("exits", "individuals/tick", "n")),
            new long[] {0, 1, 2, 3},
            new double[][] {{0.0, 0.1, 1.0 / 3, 1e-7}, {0.0, 12.0, 1.5e20, -0.0}});

    private static final String EXPECTED = "tick,cloud_share,exits\n"
            + "0,0.0,0.0\n"
            + "1,0.1,12.0\n"
            + "2,0.3333333333333333,1.5E20\n"
            + "3,1.0E-7,-0.0\n";

    @Test
    void headerAndRows() throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(SERIES, w);
        assertEquals(EXPECTED, w.toString());
    }

    @Test
    void numbersRoundTrip() throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(SERIES, w);
        String[] lines = w.toString().split("\n");
        for (int r = 0; r < SERIES.rows(); r++) {
            String[] cells = lines[r + 1].split(",");
            assertEquals(SERIES.ticks()[r], Long.parseLong(cells[0]));
            for (int m = 0; m < 2; m++) {
                assertEquals(Double.doubleToRawLongBits(SERIES.value(r, m)),
                        Double.doubleToRawLongBits(Double.parseDouble(cells[m + 1])));
            }
        }
    }

    @Test
    void fileHasTheSameBytesInUtf8(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("metrics.csv");
        Files.writeString(f, "old content that is longer than the new content, to be replaced entirely\n".repeat(20));
        MetricCsv.write(SERIES, f);
        assertEquals(EXPECTED, new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
    }

    @Test
    void emptySeriesIsJustTheHeader() throws IOException {
        StringWriter w = new StringWriter();
        MetricCsv.write(new MetricSeries(List.of(new MetricSpec("a", "1", "a")), new long[0], new double[][] {{}}), w);
        assertEquals("tick,a\n", w.toString());
    }
}
