package org.cloudnations.sim.sweep.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the rows of a sweep's {@code runs.csv} without holding them in memory. The header
 * says which columns are varied parameters (between {@code key} and {@code status}) and which are
 * metrics (between {@code status} and {@code message}). A last line without its line break (torn
 * by a crash) is ignored.
 */
public final class RunsTable {
    private final Path file;
    private final List<String> header;
    private final List<String> parameters;
    private final List<String> metrics;
    private final long length;

    private RunsTable(Path file, List<String> header, long length) {
        this.file = file;
        this.header = List.copyOf(header);
        int key = header.indexOf("key");
        int status = header.indexOf("status");
        int message = header.indexOf("message");
        if (!header.subList(0, 5).equals(List.of("run", "point", "replicate", "seed", "key")) || status < key
                || message < status || !"wall_seconds".equals(header.get(header.size() - 1))) {
            throw new IllegalArgumentException(file + " does not have the header of a sweep's runs.csv");
        }
        this.parameters = this.header.subList(key + 1, status);
        this.metrics = this.header.subList(status + 1, message);
        this.length = length;
    }

    /**
     * @param dir a sweep folder
     * @return its runs table
     * @throws IOException when runs.csv cannot be read
     * @throws IllegalArgumentException when it is not a sweep's runs.csv
     */
    public static RunsTable open(Path dir) throws IOException {
        Path file = dir.resolve(SweepFolder.RUNS);
        long complete = completeLength(file);
        try (BufferedReader r = reader(file, complete)) {
            String h = r.readLine();
            if (h == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return new RunsTable(file, Csv.parse(h), complete);
        }
    }

    /** @return the varied parameters, in column order */
    public List<String> parameters() {
        return parameters;
    }

    /** @return the metrics, in column order */
    public List<String> metrics() {
        return metrics;
    }

    /**
     * Calls {@code action} for every complete row, in file order.
     *
     * @param action what to do with each row
     * @throws IOException when the file cannot be read
     */
    public void forEach(Consumer<Row> action) throws IOException {
        int p = parameters.size();
        int m = metrics.size();
        try (BufferedReader r = reader(file, length)) {
            r.readLine();
            String line;
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                List<String> f = Csv.parse(line);
                if (f.size() != header.size()) {
                    throw new IllegalArgumentException(file + " line " + number + " has " + f.size()
                            + " fields; the header has " + header.size());
                }
                String[] values = f.subList(5, 5 + p).toArray(String[]::new);
                boolean ok = "ok".equals(f.get(5 + p));
                double[] metric = new double[m];
                for (int i = 0; i < m; i++) {
                    String v = f.get(6 + p + i);
                    metric[i] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
                }
                action.accept(new Row(Integer.parseInt(f.get(0)), Integer.parseInt(f.get(1)),
                        Integer.parseInt(f.get(2)), Long.parseLong(f.get(3)), f.get(4), values, ok, metric,
                        f.get(6 + p + m), Double.parseDouble(f.get(7 + p + m))));
            }
        }
    }

    private static BufferedReader reader(Path file, long limit) throws IOException {
        InputStream bounded = new BoundedInputStream(Channels.newInputStream(FileChannel.open(file,
                StandardOpenOption.READ)), limit);
        return new BufferedReader(new InputStreamReader(bounded, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The length of the file up to and including its last line break. */
    private static long completeLength(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = c.size();
            ByteBuffer b = ByteBuffer.allocate(4096);
            long end = size;
            while (end > 0) {
                long start = Math.max(0, end - b.capacity());
                b.clear();
                b.limit((int) (end - start));
                while (b.hasRemaining() && c.read(b, start + b.position()) > 0) {
                    // fill
                }
                for (int i = (int) (end - start) - 1; i >= 0; i--) {
                    if (b.get(i) == '\n') {
                        return start + i + 1;
                    }
                }
                end = start;
            }
            return 0;
        }
    }

    /**
     * One row of runs.csv.
     *
     * @param run the run id
     * @param point the design point
     * @param replicate the replicate
     * @param seed the run's seed
     * @param key the run key
     * @param values the varied parameters' values
     * @param ok whether the run succeeded
     * @param metrics final metric values (NaN for a failed run)
     * @param message the failure message, empty when ok
     * @param wallSeconds the run's wall time
     */
    public record Row(int run, int point, int replicate, long seed, String key, String[] values, boolean ok,
                      double[] metrics, String message, double wallSeconds) {
    }
}
