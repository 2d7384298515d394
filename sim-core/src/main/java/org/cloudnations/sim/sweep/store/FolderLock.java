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
import java.util.Arrays;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * The single writer of a sweep folder: an operating-system lock on the hidden file
 * {@value #FILE} in the folder, which names its owner (process id, host, start time). The lock is
 * released when the owner closes it (which deletes the file) or dies (the file stays, unheld,
 * and is ignored when a folder's emptiness is checked), so a crashed writer never blocks a
 * {@code --resume}. A lock taken on a file that was deleted meanwhile is retried on the new file.
 * On a shared filesystem the lock works where the filesystem supports POSIX locks (NFSv4,
 * Lustre and GPFS with locking enabled).
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name. */
    public static final String FILE = ".lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an existing folder, or refuses when another writer holds it.
     *
     * @param dir the folder (it exists)
     * @return the lock; close it when writing is done
     * @throws ConfigurationException when another process (or another sweep in this process)
     *                                holds the lock: the message names its process id and host
     * @throws IOException when the lock file cannot be written
     */
    public static FolderLock acquire(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            FolderLock l = tryAcquire(dir);
            if (l != null) {
                return l;
            }
            if (attempt == 100) {
                throw new IOException("cannot lock " + dir.resolve(FILE) + ": it is replaced again and again");
            }
        }
    }

    /** Locks the lock file, or returns null when the file was deleted (by its last owner) meanwhile. */
    private static FolderLock tryAcquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = c.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        if (lock == null) {
            String owner = owner(c);
            c.close();
            throw new ConfigurationException("output folder " + dir + " is being written by " + owner
                    + "; wait for it to finish (or stop it), or choose another folder");
        }
        try {
            byte[] me = ("pid " + ProcessHandle.current().pid() + " on host " + host() + " since "
                    + Instant.now() + " (lock " + System.nanoTime() + ")\n").getBytes(StandardCharsets.UTF_8);
            c.truncate(0);
            ByteBuffer b = ByteBuffer.wrap(me);
            while (b.hasRemaining()) {
                c.write(b, b.position());
            }
            c.force(false);
            if (!Files.isRegularFile(file) || !Arrays.equals(me, Files.readAllBytes(file))) {
                lock.release(); // the path names another file now: its owner deleted ours on closing
                c.close();
                return null;
            }
        } catch (IOException | RuntimeException e) {
            lock.release();
            c.close();
            throw e;
        }
        return new FolderLock(file, c, lock);
    }

    private static String owner(FileChannel c) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(512);
        while (b.hasRemaining() && c.read(b, b.position()) > 0) {
            // read what the owner wrote
        }
        String text = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip()
                .replaceAll(" \\(lock [0-9]+\\)$", "");
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
     * Releases the lock.
     *
     * @throws IOException when the lock file cannot be closed
     */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
