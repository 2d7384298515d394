package org.cloudnations.sim.table;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity table of the world (individuals, states, firms, communities, AI teams ...): a fixed
 * number of rows and typed primitive columns, one array per column, indexed by row id
 * {@code 0..size-1}. A column is allocated when a rule first asks for it, so a rule set pays
 * memory only for the columns its rules use. Columns are handed out as arrays: a rule binds them
 * once and its hot loop reads and writes them directly.
 *
 * <p>Asking for an existing column with another element type is an error naming both types.
 */
public final class Table {
    private final String name;
    private final int size;
    private final Map<String, Object> columns = new LinkedHashMap<>();
    private final Map<String, List<String>> users = new LinkedHashMap<>();
    private String user = "?";

    /**
     * @param name the table's name, e.g. {@code individuals}
     * @param size its number of rows, at least 0
     */
    public Table(String name, int size) {
        this.name = Objects.requireNonNull(name, "name");
        if (size < 0) {
            throw new IllegalArgumentException("table " + name + ": size must not be negative: " + size);
        }
        this.size = size;
    }

    /** @return the table's name */
    public String name() {
        return name;
    }

    /** @return its number of rows */
    public int size() {
        return size;
    }

    /**
     * @param column a column name
     * @return a {@code float} column, zeroed when new
     */
    public float[] floats(String column) {
        return (float[]) column(column, float[].class);
    }

    /**
     * @param column a column name
     * @return a {@code double} column, zeroed when new
     */
    public double[] doubles(String column) {
        return (double[]) column(column, double[].class);
    }

    /**
     * @param column a column name
     * @return an {@code int} column, zeroed when new
     */
    public int[] ints(String column) {
        return (int[]) column(column, int[].class);
    }

    /**
     * @param column a column name
     * @return a {@code long} column, zeroed when new
     */
    public long[] longs(String column) {
        return (long[]) column(column, long[].class);
    }

    /**
     * @param column a column name
     * @return a {@code byte} column, zeroed when new
     */
    public byte[] bytes(String column) {
        return (byte[]) column(column, byte[].class);
    }

    /**
     * @param column a column name
     * @return a {@code boolean} column, false when new
     */
    public boolean[] booleans(String column) {
        return (boolean[]) column(column, boolean[].class);
    }

    /**
     * @param column a column name
     * @return whether some rule has asked for it
     */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** @return the names of the allocated columns, in the order they were first asked for */
    public List<String> columns() {
        return List.copyOf(columns.keySet());
    }

    /**
     * @param column an allocated column
     * @return the rules that asked for it, in binding order
     */
    public List<String> users(String column) {
        return List.copyOf(users.getOrDefault(column, List.of()));
    }

    /**
     * A hash of one column's values (for tests that check whether a rule changed anything).
     *
     * @param column an allocated column
     * @return the hash of its contents
     */
    public int contentHash(String column) {
        Object c = columns.get(column);
        if (c instanceof float[] f) {
            return java.util.Arrays.hashCode(f);
        } else if (c instanceof double[] d) {
            return java.util.Arrays.hashCode(d);
        } else if (c instanceof int[] i) {
            return java.util.Arrays.hashCode(i);
        } else if (c instanceof long[] l) {
            return java.util.Arrays.hashCode(l);
        } else if (c instanceof byte[] b) {
            return java.util.Arrays.hashCode(b);
        } else if (c instanceof boolean[] z) {
            return java.util.Arrays.hashCode(z);
        }
        throw new IllegalArgumentException("no column " + name + "." + column);
    }

    /** @return bytes of column storage per row (0 for an empty table) */
    public double bytesPerRow() {
        long bytes = 0;
        for (Object c : columns.values()) {
            bytes += (long) java.lang.reflect.Array.getLength(c) * elementBytes(c);
        }
        return size == 0 ? 0 : (double) bytes / size;
    }

    /**
     * Writes the table's shape and every column's values (for checkpoints).
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeUTF(name);
        out.writeInt(size);
        out.writeInt(columns.size());
        for (Map.Entry<String, Object> c : columns.entrySet()) {
            out.writeUTF(c.getKey());
            ColumnIO.write(out, c.getValue());
        }
    }

    /**
     * Reads what {@link #writeTo} wrote into this table's columns, in place: the stored table must
     * have this table's name, size and columns.
     *
     * @param in where to read
     * @throws StreamCorruptedException when the stored table has another shape
     * @throws IOException when reading fails
     */
    public void readFrom(DataInputStream in) throws IOException {
        String storedName = in.readUTF();
        int storedSize = in.readInt();
        int storedColumns = in.readInt();
        if (!storedName.equals(name) || storedSize != size || storedColumns != columns.size()) {
            throw new StreamCorruptedException("table " + storedName + " (" + storedSize + " rows, "
                    + storedColumns + " columns) stored where table " + name + " (" + size + " rows, "
                    + columns.size() + " columns) is");
        }
        for (Map.Entry<String, Object> c : columns.entrySet()) {
            String column = in.readUTF();
            if (!column.equals(c.getKey())) {
                throw new StreamCorruptedException("column " + name + "." + column + " stored where "
                        + name + "." + c.getKey() + " is");
            }
            ColumnIO.read(in, c.getValue(), name + "." + column);
        }
    }

    /**
     * Names the rule on whose behalf the next columns are asked for (the assembly sets it while it
     * binds a rule), so that {@link #users} can say which rule uses which column.
     *
     * @param rule the rule being bound
     */
    public void actingFor(String rule) {
        this.user = Objects.requireNonNull(rule, "rule");
    }

    private Object column(String column, Class<?> type) {
        Objects.requireNonNull(column, "column");
        Object c = columns.get(column);
        if (c == null) {
            c = java.lang.reflect.Array.newInstance(type.getComponentType(), size);
            columns.put(column, c);
        } else if (c.getClass() != type) {
            throw new IllegalArgumentException("column " + name + "." + column + " holds "
                    + c.getClass().getComponentType() + " values, not " + type.getComponentType()
                    + " (asked for by " + user + ")");
        }
        List<String> who = users.computeIfAbsent(column, k -> new ArrayList<>());
        if (!who.contains(user)) {
            who.add(user);
        }
        return c;
    }

    private static int elementBytes(Object column) {
        Class<?> t = column.getClass().getComponentType();
        if (t == double.class || t == long.class) {
            return 8;
        } else if (t == float.class || t == int.class) {
            return 4;
        }
        return 1;
    }
}
