package org.cloudnations.sim.param;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" suggestions for mistyped names, by Levenshtein distance. */
public final class Names {
    private Names() {
    }

    /**
     * The known name closest to {@code given}, when it is close enough to be a plausible typo.
     *
     * @param given what the user typed
     * @param known the names that exist
     * @return the suggestion, if any
     */
    public static Optional<String> closest(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(java.util.Locale.ROOT);
        for (String k : known) {
            int d = distance(g, k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int tolerance = Math.max(2, given.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The message for an unknown name: {@code unknown KIND 'x'; did you mean 'y'? Known: a, b}.
     *
     * @param kind what kind of name, e.g. "parameter" or "scenario"
     * @param given what the user typed
     * @param known the names that exist
     * @return one line
     */
    public static String unknown(String kind, String given, Collection<String> known) {
        StringBuilder sb = new StringBuilder("unknown ").append(kind).append(" '").append(given).append('\'');
        sb.append(closest(given, known).map(s -> "; did you mean '" + s + "'?").orElse("."));
        sb.append(" Known: ").append(String.join(", ", known));
        return sb.toString();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
