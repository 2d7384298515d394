package org.cloudnations.sim.output;

import java.util.Map;

/** A minimal JSON writer for manifests: strings, numbers, booleans, nested string maps. */
public final class Json {
    private Json() {
    }

    /**
     * @param s any text
     * @return the JSON string literal, quoted and escaped
     */
    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * @param map keys to string values
     * @param indent spaces before each entry
     * @return a JSON object, one entry per line
     */
    public static String object(Map<String, String> map, int indent) {
        if (map.isEmpty()) {
            return "{}";
        }
        String pad = " ".repeat(indent);
        StringBuilder b = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            b.append(pad).append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            b.append(++i < map.size() ? ",\n" : "\n");
        }
        return b.append(" ".repeat(Math.max(0, indent - 2))).append('}').toString();
    }
}
