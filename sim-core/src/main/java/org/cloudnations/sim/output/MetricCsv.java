package org.cloudnations.sim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudnations.sim.metric.MetricSeries;

/**
 * Writes a series as wide CSV: header {@code tick,metric1,metric2,...}, one row per recorded tick,
 * numbers in Java's shortest round-trip form ({@link Double#toString(double)}), so the same
 * series always gives the same bytes.
 */
public final class MetricCsv {
    private MetricCsv() {
    }

    /**
     * @param series the series
     * @param file the destination, replaced if present
     * @throws IOException when the file cannot be written
     */
    public static void write(MetricSeries series, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(series, w);
        }
    }

    /**
     * @param series the series
     * @param w the destination
     * @throws IOException when writing fails
     */
    public static void write(MetricSeries series, Writer w) throws IOException {
        w.write("tick");
        for (String n : series.names()) {
            w.write(',');
            w.write(n);
        }
        w.write('\n');
        long[] ticks = series.ticks();
        int metrics = series.names().size();
        StringBuilder line = new StringBuilder(16 * (metrics + 1));
        for (int r = 0; r < ticks.length; r++) {
            line.setLength(0);
            line.append(ticks[r]);
            for (int m = 0; m < metrics; m++) {
                line.append(',').append(series.value(r, m));
            }
            line.append('\n');
            w.write(line.toString());
        }
    }
}
