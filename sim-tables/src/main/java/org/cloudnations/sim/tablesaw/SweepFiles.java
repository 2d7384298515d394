package org.cloudnations.sim.tablesaw;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.store.Csv;
import org.cloudnations.sim.sweep.store.RunsTable;
import org.cloudnations.sim.sweep.store.SweepFolder;

/**
 * Reads a sweep folder's files row by row: the one place in this module that knows their layout.
 * {@code runs.csv} is read with sim-core's {@link RunsTable} (which stops at the last complete line);
 * {@code series.csv.gz} is streamed here, line by line, and only the lines a caller wants are split.
 * When sim-core has a typed sweep reader, this class is what to re-point at it.
 */
final class SweepFiles {
    private SweepFiles() {
    }

    /**
     * The rows of runs.csv.
     *
     * @param parameters the varied parameters, in column order
     * @param metrics the metrics, in column order
     * @param rows every complete row, in file order
     */
    record Runs(List<String> parameters, List<String> metrics, List<RunsTable.Row> rows) {
    }

    /** Told of the series file's header and of each row it wants. */
    interface SeriesVisitor {
        /**
         * @param metrics the metric columns of the file, in order
         */
        void header(List<String> metrics);

        /**
         * @param run a row's run id
         * @param tick its tick
         * @return whether to split the row and pass it to {@link #row}
         */
        boolean wants(int run, int tick);

        /**
         * @param run the row's run id
         * @param tick its tick
         * @param values its metric fields, as text, in header order
         */
        void row(int run, int tick, String[] values);
    }

    /**
     * Reads every complete row of a sweep's runs.csv.
     *
     * @param dir a sweep folder
     * @return its rows
     * @throws ConfigurationException when the folder holds no runs.csv or it is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    static Runs runs(Path dir) {
        List<RunsTable.Row> rows = new ArrayList<>();
        RunsTable table = forEachRun(dir, rows::add);
        return new Runs(table.parameters(), table.metrics(), rows);
    }

    /**
     * The ids of the runs with a complete row in runs.csv, read row by row without keeping the rows.
     *
     * @param dir a sweep folder
     * @return the run ids
     * @throws ConfigurationException when the folder holds no runs.csv or it is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    static BitSet completeRuns(Path dir) {
        BitSet ids = new BitSet();
        forEachRun(dir, row -> ids.set(row.run()));
        return ids;
    }

    private static RunsTable forEachRun(Path dir, Consumer<RunsTable.Row> action) {
        Path file = existing(dir, SweepFolder.RUNS, "a folder written by sim sweep or Sweep.writeTo");
        try {
            RunsTable table = RunsTable.open(dir);
            table.forEach(action);
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw malformed(file, e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            throw malformed(file, "too few columns");
        }
    }

    /**
     * Streams a sweep's series.csv.gz; a last gzip member cut short by a crash ends the stream.
     *
     * @param dir a sweep folder
     * @param visitor told of the header and of the rows it wants
     * @throws ConfigurationException when the folder has no series file or it is malformed
     * @throws UncheckedIOException when it cannot be read
     */
    static void series(Path dir, SeriesVisitor visitor) {
        Path file = existing(dir, SweepFolder.SERIES, "a sweep written with series (--series-every 1 or more)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String header = r.readLine();
            List<String> names = header == null ? List.of() : Csv.parse(header);
            if (names.size() < 2 || !names.get(0).equals("run") || !names.get(1).equals("tick")) {
                throw new ConfigurationException(file + " does not have the header of a sweep's series file"
                        + " (run,tick,metric...); allowed: a series.csv.gz written by sim sweep or Sweep.writeTo");
            }
            visitor.header(List.copyOf(names.subList(2, names.size())));
            int fields = names.size();
            String line;
            long number = 1;
            while ((line = readComplete(r)) != null) {
                number++;
                int c1 = line.indexOf(',');
                int c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
                try {
                    if (c2 < 0) {
                        throw new IllegalArgumentException("fewer than 3 fields");
                    }
                    int run = Integer.parseInt(line, 0, c1, 10);
                    int tick = Integer.parseInt(line, c1 + 1, c2, 10);
                    if (visitor.wants(run, tick)) {
                        String[] values = line.substring(c2 + 1).split(",", -1);
                        if (values.length != fields - 2) {
                            throw new IllegalArgumentException((values.length + 2) + " fields; the header has "
                                    + fields);
                        }
                        visitor.row(run, tick, values);
                    }
                } catch (IllegalArgumentException e) {
                    if (e instanceof ConfigurationException c) {
                        throw c;
                    }
                    throw new ConfigurationException(file + " line " + number + " is malformed (" + e.getMessage()
                            + "); allowed: run,tick then one number per metric");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a line, or null at the end or at a gzip member torn by a crash (what came before it is kept). */
    private static String readComplete(BufferedReader r) throws IOException {
        try {
            return r.readLine();
        } catch (EOFException e) {
            return null;
        }
    }

    private static Path existing(Path dir, String name, String allowed) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(dir + " has no " + name + "; allowed: " + allowed);
        }
        return file;
    }

    private static ConfigurationException malformed(Path file, String why) {
        return new ConfigurationException(file + " is malformed (" + String.valueOf(why).replace('\n', ' ')
                + "); allowed: a runs.csv written by sim sweep or Sweep.writeTo");
    }
}
