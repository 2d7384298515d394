package org.cloudnations.sim.figure;

import java.util.List;
import java.util.Map;
import org.cloudnations.sim.output.Json;

/**
 * Writes JSON values (maps, lists, numbers, strings, booleans, null) as indented text: objects one
 * field a line, arrays of scalars and objects of scalars on one line. Used for provenance files and
 * to rewrite a spec's checksums.
 */
final class JsonText {
    private static final long MAX_EXACT = 1L << 53;
    /** Flat objects and arrays go on one line when it stays this short. */
    private static final int LINE = 100;

    private JsonText() {
    }

    /**
     * @param value a JSON value
     * @return its text, ending with a newline
     */
    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, "");
        return b.append('\n').toString();
    }

    private static boolean scalar(Object v) {
        return !(v instanceof Map<?, ?>) && !(v instanceof List<?>);
    }

    private static boolean flat(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.values().stream().allMatch(JsonText::scalar);
        }
        return v instanceof List<?> l && l.stream().allMatch(JsonText::scalar);
    }

    private static void write(StringBuilder b, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty() || flat(m) && inline(m, indent)) {
                b.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    b.append(sep);
                    string(b, e.getKey().toString());
                    b.append(": ");
                    write(b, e.getValue(), indent);
                    sep = ", ";
                }
                b.append('}');
                return;
            }
            b.append("{\n");
            String inner = indent + "  ";
            String sep = "";
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(sep).append(inner);
                string(b, e.getKey().toString());
                b.append(": ");
                write(b, e.getValue(), inner);
                sep = ",\n";
            }
            b.append('\n').append(indent).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty() || flat(l) && inline(l, indent)) {
                b.append('[');
                String sep = "";
                for (Object o : l) {
                    b.append(sep);
                    write(b, o, indent);
                    sep = ", ";
                }
                b.append(']');
                return;
            }
            b.append("[\n");
            String inner = indent + "  ";
            String sep = "";
            for (Object o : l) {
                b.append(sep).append(inner);
                write(b, o, inner + "  ");
                sep = ",\n";
            }
            b.append('\n').append(indent).append(']');
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Double d) {
            b.append(d == Math.rint(d) && Math.abs(d) < MAX_EXACT ? Long.toString(d.longValue()) : d.toString());
        } else {
            b.append(v);
        }
    }

    private static boolean inline(Object v, String indent) {
        StringBuilder b = new StringBuilder();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> b.append(k).append(x).append("\"\": , "));
        } else {
            ((List<?>) v).forEach(x -> b.append(x).append("\"\", "));
        }
        return indent.length() + 20 + b.length() <= LINE;
    }

    private static void string(StringBuilder b, String s) {
        b.append(Json.quote(s));
    }
}
