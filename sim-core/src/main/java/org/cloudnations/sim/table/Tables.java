package org.cloudnations.sim.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The world state of one run as entity tables: {@value #INDIVIDUALS} (many rows, struct-of-arrays)
 * and the few-row tables of states, firms, communities and AI teams, each created by the first rule
 * that needs it.
 */
public final class Tables {
    /** The individuals' table. */
    public static final String INDIVIDUALS = "individuals";
    /** The states' table. */
    public static final String STATES = "states";
    /** The firms' table. */
    public static final String FIRMS = "firms";
    /** The cloud communities' table. */
    public static final String COMMUNITIES = "communities";
    /** The AI teams' (and their models') table. */
    public static final String TEAMS = "teams";
    /** A one-row table for world-wide quantities (crisis state, commons stock ...). */
    public static final String GLOBAL = "global";

    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** Creates the world with its one-row {@value #GLOBAL} table. */
    public Tables() {
        tables.put(GLOBAL, new Table(GLOBAL, 1));
    }

    /**
     * Creates a table, or returns the existing one when its size agrees.
     *
     * @param name the table
     * @param size its rows
     * @return the table
     * @throws IllegalArgumentException when the table exists with another size
     */
    public Table create(String name, int size) {
        Table t = tables.get(name);
        if (t == null) {
            t = new Table(name, size);
            tables.put(name, t);
        } else if (t.size() != size) {
            throw new IllegalArgumentException("table " + name + " exists with " + t.size() + " rows, not " + size);
        }
        return t;
    }

    /**
     * @param name a table
     * @return the table
     * @throws IllegalArgumentException when no rule has created it
     */
    public Table get(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name + "; tables so far: " + tables.keySet());
        }
        return t;
    }

    /**
     * @param name a table
     * @return whether it exists
     */
    public boolean has(String name) {
        return tables.containsKey(name);
    }

    /** @return every table, in creation order */
    public List<Table> all() {
        return List.copyOf(tables.values());
    }

    /**
     * Writes every table with every column (for checkpoints).
     *
     * @param out where to write
     * @throws java.io.IOException when writing fails
     */
    public void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(tables.size());
        for (Table t : tables.values()) {
            t.writeTo(out);
        }
    }

    /**
     * Reads what {@link #writeTo} wrote into these tables, in place: the stored world must have
     * the same tables, in the same order, with the same columns.
     *
     * @param in where to read
     * @throws java.io.StreamCorruptedException when the stored world has another shape
     * @throws java.io.IOException when reading fails
     */
    public void readFrom(java.io.DataInputStream in) throws java.io.IOException {
        int stored = in.readInt();
        if (stored != tables.size()) {
            throw new java.io.StreamCorruptedException(stored + " tables stored where " + tables.size() + " are");
        }
        for (Table t : tables.values()) {
            t.readFrom(in);
        }
    }
}
