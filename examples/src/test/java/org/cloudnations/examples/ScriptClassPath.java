package org.cloudnations.examples;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloudnations.sim.engine.Provenance;

/**
 * The class path that a script's dependency declarations ({@code //DEPS g:a:v} in a JBang script,
 * {@code %maven g:a:v} in a notebook) resolve to, built from this test JVM's class path (JBang itself
 * is not on Maven Central, and on a fresh machine the modules are not installed yet when the tests
 * run).
 *
 * <p>Each coordinate must be a module of this project at this version, or a library that is on the
 * test class path at that version. The class path is the test class path less (1) the modules of
 * this project that the declared ones do not reach (their dependencies are read from the modules'
 * POMs), so that a script that forgets a {@code //DEPS} line fails, and (2) the test-only
 * libraries (JUnit and its helpers, Gson) and this module's own classes.
 */
final class ScriptClassPath {
    /** The project's version, as the library reports it. */
    static final String VERSION = Provenance.libraryVersion();
    /** The project's groupId. */
    static final String GROUP = "org.cloudnations";

    private static final Pattern COORDINATE = Pattern.compile("([\\w.-]+):([\\w.-]+):([\\w.-]+)");
    private static final Pattern POM_DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>org\\.cloudnations</groupId>\\s*<artifactId>([\\w.-]+)</artifactId>"
                    + "((?:(?!</dependency>).)*)</dependency>", Pattern.DOTALL);
    private static final List<String> TEST_ONLY = List.of("/org/junit/", "/org/opentest4j/", "/org/apiguardian/",
            "/com/google/code/gson/", "/com/google/errorprone/", "/org/apache/maven/surefire/");

    private ScriptClassPath() {
    }

    /** @return the folder of the whole project (the parent of the examples module) */
    static Path root() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return module.getParent();
    }

    /**
     * The coordinates in lines that start with {@code prefix}, e.g. {@code "//DEPS "}.
     *
     * @param lines the script's lines
     * @param prefix the declaration's prefix
     * @return every coordinate, in order (a line may hold several, separated by spaces or commas)
     */
    static List<String> declared(List<String> lines, String prefix) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith(prefix)) {
                for (String c : t.substring(prefix.length()).split("[\\s,]+")) {
                    if (!c.isEmpty()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The class path the coordinates resolve to.
     *
     * @param coordinates {@code groupId:artifactId:version} each
     * @return the class path, in the platform's format
     * @throws IllegalArgumentException for a malformed coordinate, a module of another version, or a
     *                                  library that is not on the test class path
     */
    static String resolve(List<String> coordinates) throws IOException {
        List<String> testPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        Set<String> modules = new LinkedHashSet<>();
        for (String c : coordinates) {
            Matcher m = COORDINATE.matcher(c);
            if (!m.matches()) {
                throw new IllegalArgumentException("malformed coordinate '" + c + "'; allowed: groupId:artifactId:version");
            }
            String group = m.group(1);
            String artifact = m.group(2);
            String version = m.group(3);
            if (group.equals(GROUP)) {
                if (!Files.isRegularFile(root().resolve(artifact).resolve("pom.xml")) || artifact.equals("examples")) {
                    throw new IllegalArgumentException("'" + c + "' is not a library module of this project");
                }
                if (!version.equals(VERSION)) {
                    throw new IllegalArgumentException("'" + c + "' has version " + version + "; allowed: " + VERSION);
                }
                modules.add(artifact);
            } else {
                String jar = artifact + "-" + version + ".jar";
                if (testPath.stream().noneMatch(e -> e.endsWith(File.separator + jar))) {
                    throw new IllegalArgumentException("'" + c + "' is not on the examples module's test class path");
                }
            }
        }
        Set<String> reached = closure(modules);
        List<String> out = new ArrayList<>();
        for (String entry : testPath) {
            String unix = entry.replace(File.separatorChar, '/');
            if (TEST_ONLY.stream().anyMatch(unix::contains)) {
                continue;
            }
            String module = moduleOf(unix);
            if (module != null && !reached.contains(module)) {
                continue;
            }
            out.add(entry);
        }
        for (String m : reached) {
            if (out.stream().noneMatch(e -> m.equals(moduleOf(e.replace(File.separatorChar, '/'))))) {
                throw new IllegalStateException("module " + m + " is not on the test class path: " + testPath);
            }
        }
        return String.join(File.pathSeparator, out);
    }

    /** The declared modules and every module of this project they depend on, outside test scope. */
    private static Set<String> closure(Set<String> declared) throws IOException {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(declared);
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (reached.add(m)) {
                String pom = Files.readString(root().resolve(m).resolve("pom.xml"));
                Matcher d = POM_DEPENDENCY.matcher(pom);
                while (d.find()) {
                    if (!d.group(2).contains("<scope>test</scope>")) {
                        todo.push(d.group(1));
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The module of this project that a class path entry holds: {@code ROOT/M/target/...} in a
     * reactor build, {@code .../org/cloudnations/M/VERSION/M-VERSION.jar} from a Maven repository.
     */
    private static String moduleOf(String entry) {
        String root = root().toString().replace(File.separatorChar, '/') + "/";
        if (entry.startsWith(root)) {
            String rest = entry.substring(root.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.startsWith("target/", slash + 1)) {
                return rest.substring(0, slash);
            }
        }
        Matcher m = Pattern.compile("/org/cloudnations/([\\w.-]+)/([\\w.-]+)/\\1-\\2\\.jar$").matcher(entry);
        return m.find() ? m.group(1) : null;
    }
}
