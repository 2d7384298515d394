package org.cloudnations.sim.sweep.design;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParamType;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;

/**
 * One varied parameter of a sweep: a numeric range {@code NAME=LO:HI[:N]} or a list of values
 * {@code NAME=V1,V2,...}, validated against the scenario's parameter declaration.
 *
 * <p>Designs place points either on levels ({@link #level(int, int)}: grid, one-at-a-time,
 * Morris) or anywhere in the unit interval ({@link #atUnit(double)}: random, Latin hypercube,
 * Sobol). Levels of a real range are computed in decimal arithmetic, so {@code 0.1:0.9:5} gives
 * exactly 0.1, 0.3, 0.5, 0.7, 0.9.
 *
 * @param spec the parameter's declaration
 * @param text the text as the user wrote it after {@code NAME=}
 * @param lo lower end of a range, canonical text; null for a list
 * @param hi upper end of a range, canonical text; null for a list
 * @param levels number of levels of a range for grid and one-at-a-time designs, or 0 when not
 *               given (then {@value #DEFAULT_LEVELS}); the list size for a list
 * @param values the canonical values of a list; empty for a range
 */
public record Vary(ParameterSpec spec, String text, String lo, String hi, int levels, List<String> values) {
    /** Levels of a range in grid and one-at-a-time designs when {@code :N} is not given. */
    public static final int DEFAULT_LEVELS = 5;
    /** The largest number of levels of one range. */
    public static final int MAX_LEVELS = 100_000;

    private static final MathContext DECIMAL = new MathContext(15);

    /**
     * Checks that the record describes either a valid range or a valid list.
     *
     * @param spec see {@link #spec()}
     * @param text see {@link #text()}
     * @param lo see {@link #lo()}
     * @param hi see {@link #hi()}
     * @param levels see {@link #levels()}
     * @param values see {@link #values()}
     */
    public Vary {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(text, "text");
        values = List.copyOf(values);
        if (isRange(lo, hi)) {
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("a range has no list of values");
            }
            if (spec.type() != ParamType.INT && spec.type() != ParamType.DOUBLE) {
                throw new IllegalArgumentException("a range needs a numeric parameter: " + spec.name());
            }
            double l = Double.parseDouble(lo);
            double h = Double.parseDouble(hi);
            if (!(l < h) || l < spec.min() || h > spec.max()) {
                throw new IllegalArgumentException("bad range " + lo + ":" + hi + " for " + spec.name());
            }
            if (levels != 0 && (levels < 2 || levels > MAX_LEVELS)) {
                throw new IllegalArgumentException("levels must be 2 to " + MAX_LEVELS + ": " + levels);
            }
        } else {
            if (lo != null || hi != null || values.isEmpty() || levels != values.size()) {
                throw new IllegalArgumentException("a list needs values and levels equal to their number");
            }
        }
    }

    private static boolean isRange(String lo, String hi) {
        return lo != null && hi != null;
    }

    /** @return the parameter's name */
    public String name() {
        return spec.name();
    }

    /** @return whether this is a range (else a list) */
    public boolean isRange() {
        return isRange(lo, hi);
    }

    /** @return whether {@code :N} was given for a range */
    public boolean levelsGiven() {
        return isRange() && levels != 0;
    }

    /** @return the number of levels of this vary in grid and one-at-a-time designs */
    public int levelCount() {
        return isRange() ? (levels == 0 ? DEFAULT_LEVELS : levels) : values.size();
    }

    /** @return {@code NAME=TEXT}, as typed */
    @Override
    public String toString() {
        return name() + "=" + text;
    }

    /**
     * Parses {@code NAME=LO:HI[:N]} or {@code NAME=V1,V2,...} and validates it against a registry.
     *
     * @param arg the argument of {@code --vary}
     * @param registry the scenario's parameters
     * @return the vary
     * @throws ConfigurationException a one-line message naming the problem and what is allowed
     */
    public static Vary parse(String arg, ParameterRegistry registry) {
        String prefix = "{vary} " + arg + ": ";
        int eq = arg.indexOf('=');
        if (eq <= 0 || eq == arg.length() - 1) {
            throw ConfigurationException.about(prefix + "expected NAME=LO:HI[:N] or NAME=V1,V2,...");
        }
        String name = arg.substring(0, eq).trim();
        String rest = arg.substring(eq + 1).trim();
        ParameterSpec spec;
        try {
            spec = registry.spec(name);
        } catch (ConfigurationException e) {
            throw ConfigurationException.about(prefix + e.getMessage());
        }
        boolean numeric = spec.type() == ParamType.INT || spec.type() == ParamType.DOUBLE;
        if (rest.contains(":")) {
            if (!numeric) {
                throw ConfigurationException.about(prefix + "a range needs a numeric parameter and '" + name
                        + "' is " + spec.allowed() + "; list values instead, e.g. " + name + "=V1,V2");
            }
            String[] parts = rest.split(":", -1);
            if (parts.length < 2 || parts.length > 3 || rest.contains(",")) {
                throw ConfigurationException.about(prefix + "expected NAME=LO:HI or NAME=LO:HI:N");
            }
            String lo = canonical(spec, parts[0], prefix);
            String hi = canonical(spec, parts[1], prefix);
            if (!(Double.parseDouble(lo) < Double.parseDouble(hi))) {
                throw ConfigurationException.about(prefix + "the range is empty: LO must be less than HI"
                        + fixedValueHint(name));
            }
            int levels = 0;
            if (parts.length == 3) {
                levels = levelCount(parts[2].trim(), prefix, name);
                if (spec.type() == ParamType.INT) {
                    long span = Long.parseLong(hi) - Long.parseLong(lo) + 1;
                    if (levels > span) {
                        throw ConfigurationException.about(prefix + levels + " levels do not fit in " + span
                                + " whole numbers; allowed: 2 to " + span);
                    }
                }
            }
            return new Vary(spec, rest, lo, hi, levels, List.of());
        }
        Set<String> values = new LinkedHashSet<>();
        for (String v : rest.split(",", -1)) {
            String c = canonical(spec, v, prefix);
            if (!values.add(c)) {
                throw ConfigurationException.about(prefix + "value " + v.trim() + " is listed twice");
            }
        }
        return new Vary(spec, rest, null, null, values.size(), new ArrayList<>(values));
    }

    /** The end of the messages that refuse a range of one value: how to write a fixed value instead. */
    private static String fixedValueHint(String name) {
        return " (for a fixed value use {set} " + name + "=VALUE, or the one-value list {vary} " + name
                + "=VALUE to keep it in the sweep's key)";
    }

    private static int levelCount(String n, String prefix, String name) {
        try {
            int v = Integer.parseInt(n);
            if (v >= 2 && v <= MAX_LEVELS) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ConfigurationException.about(prefix + "levels N '" + n + "' is not allowed; allowed: a whole number from 2 to "
                + MAX_LEVELS + (n.equals("1") ? fixedValueHint(name) : ""));
    }

    private static String canonical(ParameterSpec spec, String value, String prefix) {
        if (value.isBlank()) {
            throw ConfigurationException.about(prefix + "a value is missing; expected NAME=LO:HI[:N] or NAME=V1,V2,...");
        }
        try {
            Object v = spec.parse(value);
            return spec.type() == ParamType.DOUBLE ? Double.toString((Double) v) : v.toString();
        } catch (ConfigurationException e) {
            throw ConfigurationException.about(prefix + e.getMessage());
        }
    }

    /**
     * Level {@code j} of {@code n} evenly spaced levels: for a range, LO + (HI - LO) j / (n - 1) in
     * decimal arithmetic (rounded for whole numbers); for a list with {@code n} equal to its size,
     * value {@code j}; otherwise {@link #atUnit(double)} of {@code j / (n - 1)}.
     *
     * @param j the level, 0 to n - 1
     * @param n the number of levels, at least 2 (or 1 for a list of one value, a fixed parameter that
     *          still appears in the sweep's key and in {@code runs.csv})
     * @return the canonical value text
     */
    public String level(int j, int n) {
        if (n < (n == values.size() ? 1 : 2) || j < 0 || j >= n) {
            throw new IllegalArgumentException("level " + j + " of " + n);
        }
        if (!isRange()) {
            return n == values.size() ? values.get(j) : atUnit(j / (double) (n - 1));
        }
        if (j == 0) {
            return lo;
        }
        if (j == n - 1) {
            return hi;
        }
        BigDecimal l = new BigDecimal(lo);
        BigDecimal h = new BigDecimal(hi);
        BigDecimal v = l.add(h.subtract(l).multiply(BigDecimal.valueOf(j)).divide(BigDecimal.valueOf(n - 1L), DECIMAL));
        if (spec.type() == ParamType.INT) {
            return Long.toString(v.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        }
        return clamp(v.doubleValue());
    }

    /**
     * The value at position {@code u} of the unit interval: for a real range LO + u (HI - LO); for
     * a whole-number range the {@code floor(u (HI - LO + 1))}-th number, so every number is equally
     * likely under a uniform {@code u}; for a list the {@code floor(u m)}-th of its m values.
     *
     * @param u a position in [0, 1]
     * @return the canonical value text
     */
    public String atUnit(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("unit coordinate out of [0, 1]: " + u);
        }
        if (!isRange()) {
            return values.get(Math.min(values.size() - 1, (int) (u * values.size())));
        }
        if (spec.type() == ParamType.INT) {
            long l = Long.parseLong(lo);
            long h = Long.parseLong(hi);
            return Long.toString(Math.min(h, l + (long) Math.floor(u * (h - l + 1))));
        }
        double l = Double.parseDouble(lo);
        double h = Double.parseDouble(hi);
        return clamp(l + u * (h - l));
    }

    /**
     * Whether a canonical value lies within this vary (inside the range, or among the list).
     *
     * @param value canonical value text
     * @return true when it does
     */
    public boolean contains(String value) {
        if (!isRange()) {
            return values.contains(value);
        }
        double v = Double.parseDouble(value);
        return v >= Double.parseDouble(lo) && v <= Double.parseDouble(hi);
    }

    private String clamp(double v) {
        double c = Math.max(Double.parseDouble(lo), Math.min(Double.parseDouble(hi), v));
        return Double.toString(c == 0.0 ? 0.0 : c);
    }
}
