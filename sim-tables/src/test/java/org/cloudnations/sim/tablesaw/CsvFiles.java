package org.cloudnations.sim.tablesaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The tests' own reading of the result files, independent of the module's: every line split on
 * commas (the files compared here hold no quoted field), and a check that a table holds the same
 * columns and, cell by cell, the same values.
 */
final class CsvFiles {
    private CsvFiles() {
    }

    /** @return the lines of a CSV file, or of a gzip one, each split into fields */
    static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean gzip = file.toString().endsWith(".gz");
        InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                assertTrue(line.indexOf('"') < 0, file + " has a quoted field: " + line);
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    /**
     * Asserts that the table has the columns of {@code header} in that order and the rows' values: a
     * number cell holds the number the text parses to (an empty text a missing value), a text cell the
     * text.
     */
    static void assertSameValues(List<String[]> csv, Table table) {
        assertEquals(List.of(csv.get(0)), table.columnNames(), "columns of " + table.name());
        assertEquals(csv.size() - 1, table.rowCount(), "rows of " + table.name());
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> col = table.column(c);
            for (int r = 0; r < table.rowCount(); r++) {
                String text = csv.get(r + 1)[c];
                String where = table.name() + " row " + r + " column " + col.name() + ": file has '" + text + "'";
                if (col instanceof DoubleColumn d) {
                    double expected = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                    assertEquals(0, Double.compare(expected, d.getDouble(r)), where + ", table " + d.getDouble(r));
                } else if (col instanceof IntColumn i) {
                    assertEquals(Integer.parseInt(text), i.getInt(r), where);
                } else if (col instanceof LongColumn l) {
                    assertEquals(Long.parseLong(text), l.getLong(r), where);
                } else if (col instanceof BooleanColumn b) {
                    assertEquals(Boolean.parseBoolean(text), b.get(r), where);
                    assertTrue(text.equals("true") || text.equals("false"), where);
                } else {
                    assertEquals(text, ((StringColumn) col).get(r), where);
                }
            }
        }
    }
}
