package org.cloudnations.sim.sweep.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * The single writer of a sweep folder: an operating-system lock on the hidden file
 * {@value #FILE} in the folder, which names its owner (process id, host, start time). The lock is
 * released when the owner closes it or dies, so a crashed writer never blocks a
 * {@code --resume}; the file itself stays (it is ignored when a folder's emptiness is checked).
 * On a shared filesystem the lock works where the filesystem supports POSIX locks (NFSv4,
 * Lustre and GPFS with locking enabled).
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name. */
    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
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
        FileChannel c = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
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
                    + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8);
            c.truncate(0);
            ByteBuffer b = ByteBuffer.wrap(me);
            while (b.hasRemaining()) {
                c.write(b, b.position());
            }
            c.force(false);
        } catch (IOException | RuntimeException e) {
            lock.release();
            c.close();
            throw e;
        }
        return new FolderLock(c, lock);
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
     * Releases the lock.
     *
     * @throws IOException when the lock file cannot be closed
     */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
