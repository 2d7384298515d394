package org.cloudnations.sim.sweep.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.sensitivity.Sensitivity;
import org.cloudnations.sim.sweep.store.BoundedInputStream;
import org.cloudnations.sim.sweep.store.Csv;
import org.cloudnations.sim.sweep.store.FolderLock;
import org.cloudnations.sim.sweep.store.GzipMember;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.cloudnations.sim.sweep.store.SweepManifest;

/**
 * Merges the shard folders of a sweep ({@link Shard}) into the folder one machine would have
 * written: the same {@code runs.csv} (apart from {@code wall_seconds}), {@code series.csv.gz} and
 * {@code sensitivity.csv}, byte for byte.
 *
 * <p>Before anything is written it checks that every folder holds the same sweep (fingerprint)
 * cut into the same number of shards, that no shard is given twice, that every row is a well
 * formed run of its shard (the checks of {@code --resume}), and that no run is missing (else
 * {@link IncompleteSweepException}). Memory does not grow with the number of runs: the runs are
 * read in run-id order, run {@code r} being the next row of shard {@code r mod N}, with one
 * reader per shard.
 */
public final class ShardMerge {
    /** Above this many shards the readers take 8 KiB buffers instead of 64 KiB (about 40 KiB a shard in all). */
    static final int MANY_SHARDS = 64;

    private ShardMerge() {
    }

    /**
     * What a merge did.
     *
     * @param dir the merged folder
     * @param runs the runs written
     * @param failed how many of them failed
     * @param shards the number of shard folders read
     * @param sensitivity whether sensitivity.csv was written
     * @param wallSeconds the merge's wall time
     */
    public record Summary(Path dir, int runs, int failed, int shards, boolean sensitivity, double wallSeconds) {
    }

    /**
     * Reads the manifest of a shard folder, for the caller to rebuild the sweep's plan.
     *
     * @param dir a shard folder
     * @return the manifest's fields
     * @throws ConfigurationException when the folder holds no sweep manifest
     * @throws IOException when it cannot be read
     */
    public static Map<String, Object> manifest(Path dir) throws IOException {
        if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve(SweepManifest.FILE))) {
            throw new ConfigurationException("merge: " + dir + " holds no sweep " + SweepManifest.FILE
                    + "; give the folders written by 'sim sweep ... --shard I/N'");
        }
        try {
            return SweepManifest.read(dir);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("merge: " + dir + " holds no readable sweep: "
                    + e.getMessage().replace('\n', ' '));
        }
    }

    /**
     * Checks the shard folders and, when they hold every run, writes the merged sweep.
     *
     * @param plan the sweep (rebuilt from a shard's manifest)
     * @param shards the shard folders, in any order
     * @param out the output folder, missing or empty
     * @param commandLine the merge's command line, for the manifest
     * @return what was written
     * @throws ConfigurationException when a folder holds another sweep, another number of shards,
     *                                a shard given twice or a malformed row, or when {@code out}
     *                                cannot take the result (nothing is written)
     * @throws IncompleteSweepException when runs are missing (nothing is written)
     * @throws IOException when files cannot be read or written
     */
    public static Summary merge(SweepPlan plan, List<Path> shards, Path out, String commandLine) throws IOException {
        long t0 = System.nanoTime();
        if (shards.isEmpty()) {
            throw new ConfigurationException("merge: give at least one shard folder");
        }
        int count = -1;
        Path first = null;
        Part[] parts = null;
        for (Path dir : shards) {
            Map<String, Object> m = manifest(dir);
            if (!plan.fingerprint().equals(m.get("fingerprint"))) {
                throw new ConfigurationException("merge: " + dir + " holds another sweep (fingerprint "
                        + m.get("fingerprint") + ", " + m.get("command_line") + ") than " + (first == null
                        ? "the one merged" : first) + " (fingerprint " + plan.fingerprint()
                        + "); give the shards of one sweep");
            }
            Shard shard;
            try {
                shard = Shard.parse(String.valueOf(m.getOrDefault("shard", Shard.ALL.toString())));
            } catch (ConfigurationException e) {
                throw new ConfigurationException("merge: " + dir + "/" + SweepManifest.FILE + " has a damaged shard "
                        + "field; give folders written by 'sim sweep ... --shard I/N'");
            }
            if (count < 0) {
                count = shard.count();
                first = dir;
                parts = new Part[count];
            } else if (shard.count() != count) {
                throw new ConfigurationException("merge: " + dir + " holds shard " + shard + " but " + first
                        + " is one of " + count + " shards; give the shards of one split");
            }
            if (parts[shard.index()] != null) {
                throw new ConfigurationException("merge: " + parts[shard.index()].dir + " and " + dir
                        + " both hold shard " + shard + "; give each shard once");
            }
            SweepFolder.State state = SweepFolder.inspect(dir, plan, shard, "merge");
            parts[shard.index()] = new Part(dir, shard, state.completedCount(), state.failedCount(), state.runsLength(),
                    state.seriesLength());
        }
        List<Integer> incomplete = new ArrayList<>();
        long missing = 0;
        for (int i = 0; i < count; i++) {
            int expected = new Shard(i, count).runsOf(plan.runs());
            int have = parts[i] == null ? 0 : parts[i].completed;
            if (have < expected) {
                incomplete.add(i);
                missing += expected - have;
            }
        }
        if (!incomplete.isEmpty()) {
            throw new IncompleteSweepException(incomplete, count, missing, plan.runs());
        }
        SweepRunner.check(plan, out, false);
        Path folder = out.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        int failed = 0;
        for (Part p : parts) {
            failed += p.failed;
        }
        String now = Instant.now().toString();
        try (FolderLock lock = FolderLock.acquire(folder)) {
            SweepRunner.check(plan, folder, false);
            new SweepManifest(commandLine, plan, Shard.ALL, 1, now, List.of(), null, Double.NaN, 0, 0).write(folder);
            copyRuns(plan, parts, folder);
        }
        boolean sensitivity = Sensitivity.write(plan, folder);
        double wall = (System.nanoTime() - t0) / 1e9;
        new SweepManifest(commandLine, plan, Shard.ALL, 1, now, List.of(), Instant.now().toString(), wall, plan.runs(),
                failed).write(folder);
        return new Summary(folder, plan.runs(), failed, shards.size(), sensitivity, wall);
    }

    private static void copyRuns(SweepPlan plan, Part[] parts, Path folder) throws IOException {
        GzipMember gzip = new GzipMember();
        boolean series = plan.spec().seriesEvery() > 0;
        List<Reader> readers = new ArrayList<>();
        try {
            byte[] header = series ? SweepRunner.seriesHeader(plan, gzip) : null;
            int buffer = parts.length > MANY_SHARDS ? 1 << 13 : 1 << 16;
            for (Part p : parts) {
                readers.add(new Reader(p, series, buffer));
            }
            try (SweepFolder files = SweepFolder.open(folder, plan, null, header, SweepRunner.FLUSH_MILLIS)) {
                StringBuilder text = new StringBuilder(1024);
                int status = plan.header().indexOf("status");
                for (int run = 0; run < plan.runs(); run++) {
                    Reader r = readers.get(run % parts.length);
                    String row = r.row(run);
                    byte[] member = new byte[0];
                    if (series) {
                        text.setLength(0);
                        r.series(run, text);
                        if (text.length() > 0) {
                            byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
                            member = gzip.compress(raw, raw.length);
                        } else if ("ok".equals(Csv.parse(row).get(status))) {
                            throw new ConfigurationException("merge: " + r.part.dir + "/" + SweepFolder.SERIES
                                    + " has no series rows of run " + run + ", which succeeded; the folder is damaged, "
                                    + "run the shard again into a new folder");
                        }
                    }
                    files.append(run, (row + "\n").getBytes(StandardCharsets.UTF_8), member);
                }
                for (Reader r : readers) {
                    r.finish();
                }
                files.force();
            }
        } finally {
            gzip.end();
            IOException first = null;
            for (Reader r : readers) {
                try {
                    r.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** What one shard folder holds, from its inspection. */
    private record Part(Path dir, Shard shard, int completed, int failed, long runsLength, long seriesLength) {
    }

    /** Reads one shard's committed rows and series lines in run-id order. */
    private static final class Reader implements AutoCloseable {
        private final Part part;
        private final BufferedReader runs;
        private final BufferedReader series;
        private String pending;

        Reader(Part part, boolean withSeries, int buffer) throws IOException {
            this.part = part;
            this.runs = open(part.dir.resolve(SweepFolder.RUNS), part.runsLength, false, buffer);
            this.runs.readLine(); // the header, checked by the inspection
            this.series = withSeries ? open(part.dir.resolve(SweepFolder.SERIES), part.seriesLength, true, buffer)
                    : null;
            if (series != null) {
                series.readLine(); // the header
                pending = series.readLine();
            }
        }

        private static BufferedReader open(Path file, long length, boolean gzip, int buffer) throws IOException {
            InputStream in = new BoundedInputStream(Files.newInputStream(file), length);
            if (gzip) {
                in = new GZIPInputStream(in, buffer);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), buffer);
        }

        String row(int run) throws IOException {
            String line = runs.readLine();
            String id = line == null ? null : line.substring(0, Math.max(0, line.indexOf(',')));
            if (!Integer.toString(run).equals(id)) {
                throw new ConfigurationException("merge: " + part.dir + "/" + SweepFolder.RUNS + " holds run " + id
                        + " where run " + run + " of shard " + part.shard + " belongs; the folder is damaged, "
                        + "run the shard again into a new folder");
            }
            return line;
        }

        void series(int run, StringBuilder out) throws IOException {
            String prefix = run + ",";
            while (pending != null && pending.startsWith(prefix)) {
                out.append(pending).append('\n');
                pending = series.readLine();
            }
        }

        void finish() {
            if (pending != null) {
                throw new ConfigurationException("merge: " + part.dir + "/" + SweepFolder.SERIES + " holds series "
                        + "rows of no run of shard " + part.shard + " (" + pending.substring(0,
                        Math.min(40, pending.length())) + "...); the folder is damaged, run the shard again into a new "
                        + "folder");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                runs.close();
            } finally {
                if (series != null) {
                    series.close();
                }
            }
        }
    }
}
