package org.cloudnations.sim.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The exact data a figure plots, one row per drawn value, written as the figure's CSV: a first
 * line {@code # sweep: sim sweep ARGUMENTS} that names the sweep the values come from (so that a
 * changed input changes the data's checksum even where the values do not move; CSV readers skip
 * it as a comment, e.g. pandas' {@code comment='#'}), then {@code series,x,y,value,low,high,n}. {@code series} names a line (or, for reference rows, the
 * reference's label), {@code x} is a tick, a parameter value or (sensitivity) a parameter name,
 * {@code y} the second parameter's value of a heatmap or table cell, {@code low}/{@code high} the
 * interval, {@code n} the runs behind the value (0 for reference values). Numbers are rounded to
 * {@value #DIGITS} significant digits, so the checksum does not hang on the last bit of a sum.
 *
 * <p>A robustness chart's data are its {@link RobustnessMap} instead of rows: the same sweep line,
 * then the map's own header and one row per design point.
 *
 * @param sweep the {@code sim sweep} arguments of the sweep
 * @param rows the rows, in drawing order (none for a robustness map)
 * @param map the robustness map, or null for the other charts
 */
record FigureData(String sweep, List<Row> rows, RobustnessMap map) {
    /** Significant digits of the numbers in the CSV. */
    static final int DIGITS = 10;
    /** The CSV's header. */
    static final String HEADER = "series,x,y,value,low,high,n";

    FigureData {
        Objects.requireNonNull(sweep, "sweep");
        rows = List.copyOf(rows);
    }

    /**
     * Data drawn from rows.
     *
     * @param sweep see {@link #sweep()}
     * @param rows see {@link #rows()}
     */
    FigureData(String sweep, List<Row> rows) {
        this(sweep, rows, null);
    }

    /**
     * A robustness map's data.
     *
     * @param sweep see {@link #sweep()}
     * @param map see {@link #map()}
     */
    FigureData(String sweep, RobustnessMap map) {
        this(sweep, List.of(), Objects.requireNonNull(map, "map"));
    }

    /**
     * One drawn value.
     *
     * @param series the line or the reference's label
     * @param x tick, parameter value or parameter name
     * @param y the second parameter's value, or empty
     * @param value the value (NaN when no run gave one)
     * @param low the interval's lower end, or NaN
     * @param high the interval's upper end, or NaN
     * @param n runs behind the value; 0 for a reference value
     */
    record Row(String series, String x, String y, double value, double low, double high, long n) {
        Row {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(x, "x");
            y = y == null ? "" : y;
        }

        /** @return whether this row is a reference (published or closed-form) value */
        boolean reference() {
            return n == 0;
        }
    }

    /** @return the CSV text: the sweep line, the header line and the rows, with LF line ends */
    String csv() {
        StringBuilder b = new StringBuilder("# sweep: sim sweep ").append(sweep.replace('\n', ' ')).append('\n');
        if (map != null) {
            return b.append(map.csv()).toString();
        }
        b.append(HEADER).append('\n');
        for (Row r : rows) {
            b.append(field(r.series())).append(',').append(field(r.x())).append(',').append(field(r.y())).append(',')
                    .append(number(r.value())).append(',').append(number(r.low())).append(',')
                    .append(number(r.high())).append(',').append(r.n()).append('\n');
        }
        return b.toString();
    }

    /** @return the CSV's bytes (UTF-8) */
    byte[] bytes() {
        return csv().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the SHA-256 of {@link #bytes()}, in hex */
    String sha256() {
        return sha256(bytes());
    }

    /**
     * @param bytes any bytes
     * @return their SHA-256 in lower-case hex
     */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * @param v a number
     * @return {@value #DIGITS} significant digits in plain notation; empty for NaN
     */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
