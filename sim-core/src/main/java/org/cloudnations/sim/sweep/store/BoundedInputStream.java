package org.cloudnations.sim.sweep.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * The first {@code limit} bytes of a stream: how the committed part of a sweep file is read
 * (bytes after the last commit record may be torn by a crash). {@link #available()} reports the
 * bytes left within the bound, which {@link java.util.zip.GZIPInputStream} needs to go on to the
 * next gzip member of a series file.
 */
public final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long left;

    /**
     * @param in the stream, closed with this one
     * @param limit how many bytes to read at most
     */
    public BoundedInputStream(InputStream in, long limit) {
        this.in = in;
        this.left = limit;
    }

    @Override
    public int read() throws IOException {
        if (left <= 0) {
            return -1;
        }
        int c = in.read();
        if (c >= 0) {
            left--;
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
            left -= n;
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(left, Math.max(in.available(), left > 0 ? 1 : 0));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
