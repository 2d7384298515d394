package org.cloudnations.sim.sweep.store;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Compresses bytes into one self-contained gzip member (RFC 1952). A gzip file may hold many
 * members one after another; {@code zcat}, {@code gzip -d} and {@link java.util.zip.GZIPInputStream}
 * read them as one stream. Not thread-safe: one instance per thread, reused for every run.
 */
public final class GzipMember {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[16 * 1024];
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);

    /**
     * @param data the bytes to compress
     * @param length how many of them
     * @return one gzip member (header, deflate stream, CRC-32 and length)
     */
    public byte[] compress(byte[] data, int length) {
        out.reset();
        out.write(HEADER, 0, HEADER.length);
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        crc.reset();
        crc.update(data, 0, length);
        int c = (int) crc.getValue();
        for (int v : new int[] {c, length}) {
            out.write(v & 0xff);
            out.write((v >>> 8) & 0xff);
            out.write((v >>> 16) & 0xff);
            out.write((v >>> 24) & 0xff);
        }
        return out.toByteArray();
    }

    /** Frees the native memory of the compressor. */
    public void end() {
        deflater.end();
    }
}
