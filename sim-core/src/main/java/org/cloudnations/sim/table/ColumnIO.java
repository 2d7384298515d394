package org.cloudnations.sim.table;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes and reads primitive arrays as raw big-endian bytes, in blocks, so that a column of
 * 10^7 values costs one bulk copy per block instead of one call per value. A column is written
 * as a type tag, its length and its values; reading fills an existing array of the same type and
 * length in place (rules hold references to their columns), and refuses any other.
 */
public final class ColumnIO {
    private static final int BLOCK = 1 << 16;

    private ColumnIO() {
    }

    /**
     * @param out where to write
     * @param array a {@code float[]}, {@code double[]}, {@code int[]}, {@code long[]},
     *              {@code byte[]} or {@code boolean[]}
     * @throws IOException when writing fails
     */
    public static void write(DataOutputStream out, Object array) throws IOException {
        Kind kind = Kind.of(array);
        int n = java.lang.reflect.Array.getLength(array);
        out.writeByte(kind.ordinal());
        out.writeInt(n);
        if (array instanceof byte[] b) {
            out.write(b);
            return;
        }
        if (array instanceof boolean[] z) {
            byte[] block = new byte[Math.min(n, BLOCK)];
            for (int from = 0; from < n; from += block.length) {
                int len = Math.min(block.length, n - from);
                for (int i = 0; i < len; i++) {
                    block[i] = (byte) (z[from + i] ? 1 : 0);
                }
                out.write(block, 0, len);
            }
            return;
        }
        int per = BLOCK / kind.bytes;
        ByteBuffer buffer = ByteBuffer.allocate(Math.min(n, per) * kind.bytes).order(ByteOrder.BIG_ENDIAN);
        for (int from = 0; from < n; from += per) {
            int len = Math.min(per, n - from);
            buffer.clear();
            switch (kind) {
                case FLOAT -> buffer.asFloatBuffer().put((float[]) array, from, len);
                case DOUBLE -> buffer.asDoubleBuffer().put((double[]) array, from, len);
                case INT -> buffer.asIntBuffer().put((int[]) array, from, len);
                case LONG -> buffer.asLongBuffer().put((long[]) array, from, len);
                default -> throw new IllegalStateException(kind.name());
            }
            out.write(buffer.array(), 0, len * kind.bytes);
        }
    }

    /**
     * Reads a column written by {@link #write} into {@code array}.
     *
     * @param in where to read
     * @param array the array to fill, of the type and length written
     * @param what the column's name, for messages
     * @throws StreamCorruptedException when the stored column has another type or length
     * @throws IOException when reading fails
     */
    public static void read(DataInputStream in, Object array, String what) throws IOException {
        Kind kind = Kind.of(array);
        int n = java.lang.reflect.Array.getLength(array);
        int storedKind = in.readUnsignedByte();
        int storedLength = in.readInt();
        if (storedKind != kind.ordinal() || storedLength != n) {
            throw new StreamCorruptedException(what + " holds " + storedLength + " values of kind " + storedKind
                    + ", not " + n + " of kind " + kind.ordinal());
        }
        if (array instanceof byte[] b) {
            in.readFully(b);
            return;
        }
        if (array instanceof boolean[] z) {
            byte[] block = new byte[Math.min(n, BLOCK)];
            for (int from = 0; from < n; from += block.length) {
                int len = Math.min(block.length, n - from);
                in.readFully(block, 0, len);
                for (int i = 0; i < len; i++) {
                    z[from + i] = block[i] != 0;
                }
            }
            return;
        }
        int per = BLOCK / kind.bytes;
        byte[] bytes = new byte[Math.min(n, per) * kind.bytes];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        for (int from = 0; from < n; from += per) {
            int len = Math.min(per, n - from);
            in.readFully(bytes, 0, len * kind.bytes);
            buffer.clear();
            switch (kind) {
                case FLOAT -> buffer.asFloatBuffer().get((float[]) array, from, len);
                case DOUBLE -> buffer.asDoubleBuffer().get((double[]) array, from, len);
                case INT -> buffer.asIntBuffer().get((int[]) array, from, len);
                case LONG -> buffer.asLongBuffer().get((long[]) array, from, len);
                default -> throw new IllegalStateException(kind.name());
            }
        }
    }

    /** The element types a column may have, with their sizes in bytes. */
    private enum Kind {
        FLOAT(4), DOUBLE(8), INT(4), LONG(8), BYTE(1), BOOLEAN(1);

        private final int bytes;

        Kind(int bytes) {
            this.bytes = bytes;
        }

        static Kind of(Object array) {
            if (array instanceof float[]) {
                return FLOAT;
            } else if (array instanceof double[]) {
                return DOUBLE;
            } else if (array instanceof int[]) {
                return INT;
            } else if (array instanceof long[]) {
                return LONG;
            } else if (array instanceof byte[]) {
                return BYTE;
            } else if (array instanceof boolean[]) {
                return BOOLEAN;
            }
            throw new IllegalArgumentException("not a primitive column: " + array);
        }
    }
}
