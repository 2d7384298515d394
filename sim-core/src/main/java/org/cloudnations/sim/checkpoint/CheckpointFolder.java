package org.cloudnations.sim.checkpoint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.cloudnations.sim.engine.RunState;
import org.cloudnations.sim.output.OutputFolder;
import org.cloudnations.sim.output.RunFiles;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * The output folder of a run with checkpoints, and what is on disk in it at every moment.
 *
 * <ul>
 *   <li>While the run goes on the folder holds at most {@value #FILE}: the last complete
 *       checkpoint. A new one is written to {@value #TEMPORARY}, forced to disk, and renamed over
 *       the old one (an atomic rename, then the folder itself is forced), so a kill at any moment
 *       leaves the previous checkpoint or the new one, whole.</li>
 *   <li>A checkpoint is: a magic number and format, the run's {@link RunFingerprint}, the tick,
 *       the run's state ({@link RunState#save}: metric rows, tables, rule states, MASON's
 *       generator) and a CRC-32C of everything before it. Reading checks the fingerprint first,
 *       then the checksum over the whole file, and only then restores anything.</li>
 *   <li>When the run completes, its results are written into a hidden staging folder inside this
 *       one and moved in file by file (manifest last); then the checkpoint is removed. A kill in
 *       between leaves the checkpoint, so {@code --resume} redoes the last ticks and rewrites the
 *       same results.</li>
 * </ul>
 */
public final class CheckpointFolder {
    /** The checkpoint's file name. */
    public static final String FILE = "checkpoint.bin";
    /** The name a new checkpoint is written under before it is renamed to {@value #FILE}. */
    public static final String TEMPORARY = ".checkpoint.bin.partial";
    private static final int MAGIC = 0x434E434B; // "CNCK"
    private static final int FORMAT = 1;
    private static final int BUFFER = 1 << 16;

    private final Path dir;

    private CheckpointFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * The folder of a new run: it must be missing or empty (it is created by the first checkpoint).
     *
     * @param dir the run's output folder
     * @return the folder
     * @throws ConfigurationException when it is a file or already holds files
     */
    public static CheckpointFolder fresh(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw ConfigurationException.about("output folder " + dir + " is a file; give a folder path");
        }
        if (Files.isDirectory(abs) && !OutputFolder.isEmpty(abs)) {
            String hint = Files.exists(abs.resolve(FILE)) ? "it holds a checkpoint: continue it with {resume} " + dir
                    : "choose a new folder";
            throw ConfigurationException.about("output folder " + dir + " already holds files; " + hint);
        }
        return new CheckpointFolder(abs);
    }

    /**
     * The folder of a run to continue: it must hold a checkpoint.
     *
     * @param dir the run's output folder
     * @return the folder
     * @throws ConfigurationException when it holds no checkpoint (naming why: missing, complete)
     */
    public static CheckpointFolder existing(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw ConfigurationException.about("{resume} " + dir + ": no such folder; give the output folder of a "
                    + "run that wrote a checkpoint");
        }
        if (!Files.isRegularFile(abs.resolve(FILE))) {
            String why = Files.exists(abs.resolve(RunFiles.MANIFEST)) ? "it holds a complete run, nothing to resume"
                    : "it holds no " + FILE + "; give the output folder of a run that wrote a checkpoint";
            throw ConfigurationException.about("{resume} " + dir + ": " + why);
        }
        return new CheckpointFolder(abs);
    }

    /** @return the folder (absolute) */
    public Path dir() {
        return dir;
    }

    /** @return the checkpoint file (which may not exist yet) */
    public Path file() {
        return dir.resolve(FILE);
    }

    /**
     * Writes a checkpoint atomically: the previous one stays valid until this one is complete.
     *
     * @param fingerprint the run's fingerprint
     * @param state the run's state after its last tick
     * @throws IOException when writing fails (the previous checkpoint is then kept)
     */
    public void write(RunFingerprint fingerprint, RunState state) throws IOException {
        Files.createDirectories(dir);
        Path temporary = dir.resolve(TEMPORARY);
        try (FileOutputStream file = new FileOutputStream(temporary.toFile())) {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(file, BUFFER), new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            fingerprint.write(out);
            out.writeLong(state.tick());
            state.save(out);
            out.flush();
            long crc = checked.getChecksum().getValue();
            out.writeLong(crc);
            out.flush();
            file.getFD().sync();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        move(temporary, file());
        forceFolder();
    }

    /**
     * Opens the checkpoint for continuing the run with the given fingerprint: checks the
     * fingerprint, then the checksum of the whole file.
     *
     * @param expected the fingerprint of the run to continue
     * @return the checkpoint, positioned at the run's state
     * @throws ConfigurationException when it is of another run (naming every difference), or is
     *                                damaged or not a checkpoint
     * @throws IOException when it cannot be read
     */
    public Stored open(RunFingerprint expected) throws IOException {
        Path f = file();
        RunFingerprint stored;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), BUFFER))) {
            stored = header(in);
        } catch (EOFException | java.io.UTFDataFormatException | java.io.StreamCorruptedException e) {
            throw damaged(e);
        }
        List<String> differences = expected.differences(stored);
        if (!differences.isEmpty()) {
            throw ConfigurationException.about("{resume} " + f + " is a checkpoint of another run: "
                    + String.join("; ", differences) + "; give the options of the run that wrote it");
        }
        verifyChecksum(f);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), BUFFER));
        try {
            header(in);
            long tick = in.readLong();
            return new Stored(tick, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Writes a completed run's results: into a staging folder inside this one, then moved in file
     * by file, {@code manifest.json} last; then removes the checkpoint.
     *
     * @param results writes the result files into the folder it is given
     * @throws IOException when writing or moving fails (the checkpoint is then kept)
     */
    public void complete(Results results) throws IOException {
        Files.createDirectories(dir);
        Path staging = Files.createTempDirectory(dir, ".results-");
        try {
            results.writeInto(staging);
            List<Path> files;
            try (Stream<Path> s = Files.list(staging)) {
                files = s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals(RunFiles.MANIFEST))
                        .thenComparing(Path::toString)).toList();
            }
            for (Path p : files) {
                move(p, dir.resolve(p.getFileName()));
            }
            Files.deleteIfExists(file());
            Files.deleteIfExists(dir.resolve(TEMPORARY));
            forceFolder();
        } finally {
            OutputFolder.deleteTree(staging);
        }
    }

    /** Writes a run's result files (metrics.csv, manifest.json ...) into a folder. */
    @FunctionalInterface
    public interface Results {
        /**
         * @param folder an empty folder
         * @throws IOException when writing fails
         */
        void writeInto(Path folder) throws IOException;
    }

    /**
     * An open checkpoint, positioned at the run's state.
     *
     * @param tick the last tick the checkpointed run computed
     * @param state the stream, for {@link org.cloudnations.sim.engine.Runner#run(
     *              org.cloudnations.sim.engine.RunConfig, org.cloudnations.sim.engine.RunListener,
     *              DataInputStream, org.cloudnations.sim.engine.TickHook)}
     */
    public record Stored(long tick, DataInputStream state) implements AutoCloseable {
        /** Closes the stream. */
        @Override
        public void close() throws IOException {
            state.close();
        }
    }

    private RunFingerprint header(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw damaged(new java.io.StreamCorruptedException("no checkpoint magic number"));
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw ConfigurationException.about("{resume} " + file() + " has checkpoint format " + format
                    + "; this version reads format " + FORMAT + " only");
        }
        return RunFingerprint.read(in);
    }

    private void verifyChecksum(Path f) throws IOException {
        long size = Files.size(f);
        if (size < Long.BYTES) {
            throw damaged(new EOFException("size " + size));
        }
        CRC32C crc = new CRC32C();
        byte[] last = new byte[Long.BYTES];
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), BUFFER);
             CheckedInputStream in = new CheckedInputStream(raw, crc)) {
            byte[] buffer = new byte[BUFFER];
            long left = size - Long.BYTES;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw damaged(new EOFException());
                }
                left -= n;
            }
            new DataInputStream(raw).readFully(last);
        }
        long stored = java.nio.ByteBuffer.wrap(last).getLong();
        if (stored != crc.getValue()) {
            throw damaged(new java.io.StreamCorruptedException("checksum"));
        }
    }

    private ConfigurationException damaged(Exception cause) {
        ConfigurationException e = ConfigurationException.about("{resume} " + file() + " is damaged or not a "
                + "checkpoint; delete it to start the run again");
        e.initCause(cause);
        return e;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces the folder's entries (the rename) to disk where the platform allows it. */
    private void forceFolder() {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform opens folders (Windows); the rename itself is atomic there too
        }
    }
}
