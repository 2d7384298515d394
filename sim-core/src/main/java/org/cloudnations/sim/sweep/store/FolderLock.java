package org.cloudnations.sim.sweep.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * The single writer of a sweep folder: an operating-system lock on the hidden file
 * {@value #FILE} in the folder, which names its owner (process id, host, start time) while it
 * holds the lock. The lock is released when the owner closes it (the file is emptied and stays)
 * or dies, so a crashed writer never blocks a {@code --resume}. The file is ignored when a
 * folder's emptiness is checked. On a shared filesystem the lock works where the filesystem
 * supports POSIX locks (NFSv4; Lustre and GPFS with locking enabled); where it refuses locks
 * (Lustre mounted without {@code flock}, an NFSv3 client without lockd) the owner is written but
 * nothing is locked, as before locks existed.
 *
 * <p>POSIX locks belong to a process and are lost when it closes any descriptor of the file, so
 * the lock file is opened once per lock, and writers in the same JVM are told apart by a table
 * of the folders it holds.
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name. */
    public static final String FILE = ".lock";

    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    /** The lock, or null where the filesystem does not lock. */
    private final FileLock lock;

    private FolderLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an existing folder, or refuses when another writer holds it.
     *
     * @param dir the folder (it exists)
     * @return the lock; close it when writing is done
     * @throws ConfigurationException when another process (or another writer in this process)
     *                                holds the lock: the message names its process id and host
     * @throws IOException when the lock file cannot be written
     */
    public static FolderLock acquire(Path dir) throws IOException {
        Path key = dir.toRealPath();
        String me = "pid " + ProcessHandle.current().pid() + " on host " + host() + " since " + Instant.now();
        String holder = HELD.putIfAbsent(key, me);
        if (holder != null) {
            throw busy(dir, holder);
        }
        FileChannel c = null;
        try {
            c = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            boolean unsupported = false;
            try {
                lock = c.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                lock = null; // the filesystem does not lock (ENOLCK, ENOSYS): write the owner, lock nothing
                unsupported = true;
            }
            if (lock == null && !unsupported) {
                throw busy(dir, owner(c));
            }
            c.truncate(0);
            ByteBuffer b = ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                c.write(b, b.position());
            }
            c.force(false);
            return new FolderLock(key, c, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            if (c != null) {
                c.close();
            }
            throw e;
        }
    }

    /**
     * Refuses when another writer holds the folder's lock, naming it; does nothing when there is no
     * lock file, when it cannot be written, or when this process holds the lock itself. For checks
     * that read the folder before writing: while another writer works, what the folder holds is not
     * settled, and the writer is what the user needs to hear about.
     *
     * @param dir an existing folder
     * @throws ConfigurationException when another writer holds the lock
     * @throws IOException when the lock file cannot be opened
     */
    public static void refuseIfHeldElsewhere(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file) || !Files.isWritable(file) || HELD.containsKey(dir.toRealPath())) {
            return;
        }
        try (FolderLock probe = acquire(dir)) {
            assert probe != null;
        }
    }

    private static ConfigurationException busy(Path dir, String owner) {
        return new ConfigurationException("output folder " + dir + " is being written by " + owner
                + "; wait for it to finish (or stop it), or choose another folder");
    }

    private static String owner(FileChannel c) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(512);
        while (b.hasRemaining() && c.read(b, b.position()) > 0) {
            // read what the owner wrote
        }
        String text = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "another process (it has not yet written its name)" : text;
    }

    /** @return this machine's host name, or "unknown" */
    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "unknown" : env;
        }
    }

    /**
     * Empties the lock file and releases the lock.
     *
     * @throws IOException when the lock file cannot be written or closed
     */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            if (lock != null) {
                lock.release();
            }
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(key);
            }
        }
    }
}
