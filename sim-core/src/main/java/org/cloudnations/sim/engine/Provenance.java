package org.cloudnations.sim.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Where a result came from: library version, git commit (when known), Java version. */
public final class Provenance {
    /** System property the launcher sets to the source tree's git commit. */
    public static final String GIT_COMMIT_PROPERTY = "cloudnations.git.commit";

    private static final String VERSION = loadVersion();

    private Provenance() {
    }

    /** @return the library version, e.g. 0.1.0 */
    public static String libraryVersion() {
        return VERSION;
    }

    /** @return the git commit the launcher reported, or {@code null} when unknown */
    public static String gitCommit() {
        String c = System.getProperty(GIT_COMMIT_PROPERTY);
        return c == null || c.isBlank() ? null : c.trim();
    }

    /** @return the running Java's version and vendor */
    public static String javaVersion() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static String loadVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/cloudnations/sim/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
