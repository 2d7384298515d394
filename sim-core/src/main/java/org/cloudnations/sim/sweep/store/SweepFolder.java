package org.cloudnations.sim.sweep.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.random.CounterRandom;
import org.cloudnations.sim.sweep.run.Shard;
import org.cloudnations.sim.sweep.run.SweepPlan;

/**
 * The files of a sweep folder and their crash safety.
 *
 * <p>{@code runs.csv} and {@code series.csv.gz} are appended to in batches of whole runs (a
 * batch is written when it holds {@value #BATCH_BYTES} bytes or when the last write is older than
 * the flush interval, so a slow run is written as soon as it finishes):
 * first the batch's gzip members of series rows, then its runs.csv rows, each in one write, then
 * a 32-byte commit record (last run id, both file lengths, a checksum) in the hidden file
 * {@code .commits}. A run is complete when a commit record covers it. Resuming truncates both files
 * to the lengths of the last valid commit record, so a row or series block torn by a crash is
 * dropped and redone, never duplicated; readers ({@link RunsTable}) also stop at the last complete
 * line.
 */
public final class SweepFolder implements AutoCloseable {
    /** One row per run. */
    public static final String RUNS = "runs.csv";
    /** Per-tick series, gzip, one member per run. */
    public static final String SERIES = "series.csv.gz";
    /** Sensitivity indices. */
    public static final String SENSITIVITY = "sensitivity.csv";
    /** Commit records. */
    public static final String COMMITS = ".commits";

    static final int RECORD = 32;
    /** Bytes a batch may hold before it is written. */
    public static final int BATCH_BYTES = 256 * 1024;

    private final FileChannel runs;
    private final FileChannel series;
    private final FileChannel commits;
    private long runsLength;
    private long seriesLength;
    private final ByteBuffer record = ByteBuffer.allocate(RECORD);
    private final Batch runsBatch = new Batch();
    private final Batch seriesBatch = new Batch();
    private final long flushNanos;
    private long lastFlush = System.nanoTime();
    private long lastRun = -1;

    private SweepFolder(FileChannel runs, FileChannel series, FileChannel commits, long flushMillis) {
        this.runs = runs;
        this.series = series;
        this.commits = commits;
        this.flushNanos = flushMillis * 1_000_000L;
    }

    /** A growable byte buffer. */
    private static final class Batch {
        private byte[] bytes = new byte[64 * 1024];
        private int size;

        void add(byte[] b) {
            if (size + b.length > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }
    }

    /**
     * What a folder holds of a sweep, read without changing anything.
     *
     * @param completed the ids of complete runs
     * @param completedCount how many
     * @param failedCount how many of them failed
     * @param firstFailure "run N: message" of the first failed run, or null
     * @param runsLength committed length of runs.csv (0 when nothing was committed)
     * @param seriesLength committed length of series.csv.gz
     * @param commitsLength length of the valid commit records
     * @param manifest the manifest's fields
     */
    public record State(BitSet completed, int completedCount, int failedCount, String firstFailure,
                        long runsLength, long seriesLength, long commitsLength, Map<String, Object> manifest) {
    }

    /**
     * @param dir a folder
     * @return whether it is missing or empty (apart from an unheld {@link FolderLock} file)
     * @throws IOException when it cannot be listed
     */
    public static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> p.getFileName().toString().equals(FolderLock.FILE));
        }
    }

    /**
     * Reads and checks what a folder holds of a sweep, for {@code --resume}; changes nothing.
     *
     * @param dir the sweep folder (not empty)
     * @param plan the sweep to resume
     * @param shard the shard of it the folder must hold ({@link Shard#ALL} for the whole sweep)
     * @return its state
     * @throws ConfigurationException when the folder holds no sweep, another sweep, or rows that
     *                                do not belong to this one
     * @throws IOException when a file cannot be read
     */
    public static State inspect(Path dir, SweepPlan plan, Shard shard) throws IOException {
        return inspect(dir, plan, shard, "{resume}");
    }

    /**
     * Reads and checks what a folder holds of a sweep, like {@link #inspect(Path, SweepPlan, Shard)},
     * with messages that start with the name of the command that reads it.
     *
     * @param dir the sweep folder (not empty)
     * @param plan the sweep
     * @param shard the shard of it the folder must hold
     * @param command what reads it, e.g. {@code --resume} or {@code merge}, for messages
     * @return its state
     * @throws ConfigurationException when the folder holds no sweep, another sweep or shard, or
     *                                rows that do not belong to it
     * @throws IOException when a file cannot be read
     */
    public static State inspect(Path dir, SweepPlan plan, Shard shard, String command) throws IOException {
        return SweepFolderCheck.inspect(dir, plan, shard, command);
    }


    /**
     * Creates the files of a new sweep, or reopens those of a resumed one truncated to their last
     * commit (writing the headers when nothing was committed).
     *
     * @param dir the sweep folder (it exists)
     * @param plan the sweep
     * @param state the state from {@link #inspect}, or null for a new sweep
     * @param seriesHeader the gzip member holding the series header, or null for no series
     * @param flushMillis the longest a finished run may wait in a batch; 0 writes every run at once
     * @return the folder, ready for {@link #append}
     * @throws IOException when a file cannot be written
     */
    public static SweepFolder open(Path dir, SweepPlan plan, State state, byte[] seriesHeader, long flushMillis)
            throws IOException {
        FileChannel runs = FileChannel.open(dir.resolve(RUNS), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel series = seriesHeader == null ? null
                : FileChannel.open(dir.resolve(SERIES), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel commits = FileChannel.open(dir.resolve(COMMITS), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        SweepFolder f = new SweepFolder(runs, series, commits, flushMillis);
        try {
            if (state != null && state.runsLength() > 0) {
                runs.truncate(state.runsLength());
                commits.truncate(state.commitsLength());
                f.runsLength = state.runsLength();
                f.seriesLength = state.seriesLength();
                if (series != null) {
                    series.truncate(state.seriesLength());
                }
                runs.position(f.runsLength);
                commits.position(state.commitsLength());
                if (series != null) {
                    series.position(f.seriesLength);
                }
            } else {
                runs.truncate(0);
                commits.truncate(0);
                if (series != null) {
                    series.truncate(0);
                    f.seriesLength = write(series, seriesHeader);
                }
                StringBuilder h = new StringBuilder();
                for (String c : plan.header()) {
                    h.append(h.length() == 0 ? "" : ",").append(Csv.field(c));
                }
                f.runsLength = write(runs, h.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                f.commit(-1);
            }
            return f;
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /**
     * Appends one run to the current batch, and writes the batch when it is full or old enough.
     *
     * @param run the run id
     * @param row the runs.csv line, with its line break
     * @param seriesMember the gzip member of its series rows (ignored when series are off)
     * @throws IOException when writing fails
     */
    public void append(int run, byte[] row, byte[] seriesMember) throws IOException {
        if (series != null) {
            seriesBatch.add(seriesMember);
        }
        runsBatch.add(row);
        lastRun = run;
        if (runsBatch.size + seriesBatch.size >= BATCH_BYTES || System.nanoTime() - lastFlush >= flushNanos) {
            flush();
        }
    }

    /**
     * Writes the current batch: series members, then rows, then the commit record.
     *
     * @throws IOException when writing fails
     */
    public void flush() throws IOException {
        if (runsBatch.size == 0) {
            return;
        }
        if (series != null && seriesBatch.size > 0) {
            seriesLength += write(series, seriesBatch.bytes, seriesBatch.size);
        }
        runsLength += write(runs, runsBatch.bytes, runsBatch.size);
        seriesBatch.size = 0;
        runsBatch.size = 0;
        commit(lastRun);
        lastFlush = System.nanoTime();
    }

    private void commit(long run) throws IOException {
        record.clear();
        record.putLong(run).putLong(runsLength).putLong(seriesLength).putLong(checksum(run, runsLength, seriesLength));
        record.flip();
        while (record.hasRemaining()) {
            commits.write(record);
        }
    }

    static long checksum(long run, long runsLength, long seriesLength) {
        long h = CounterRandom.mix64(run ^ 0x636F6D6D69740000L);
        h = CounterRandom.mix64(h ^ runsLength * 0x9E3779B97F4A7C15L);
        return CounterRandom.mix64(h ^ seriesLength * 0xD1B54A32D192ED03L);
    }

    private static long write(FileChannel c, byte[] bytes) throws IOException {
        return write(c, bytes, bytes.length);
    }

    private static long write(FileChannel c, byte[] bytes, int length) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
        while (b.hasRemaining()) {
            c.write(b);
        }
        return length;
    }

    /**
     * Writes the current batch and flushes the files to the storage device.
     *
     * @throws IOException when writing fails
     */
    public void force() throws IOException {
        flush();
        runs.force(false);
        if (series != null) {
            series.force(false);
        }
        commits.force(false);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (FileChannel c : new FileChannel[] {series, runs, commits}) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
