package org.cloudnations.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of the README with {@link JavaCompiler}, against the class path
 * of the README's own {@code //DEPS} lines, and runs each in a fresh JVM inside a temporary folder
 * (so that files the snippet writes land there). A block that declares a type is compiled as it is;
 * a block of statements is wrapped in a class's {@code main}, its imports kept on top.
 */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface"
            + "|enum)\\s+(\\w+)");

    @TempDir
    Path temp;

    @Test
    void everyJavaBlockCompilesAndRuns() throws Exception {
        String readme = Files.readString(ScriptClassPath.root().resolve("README.md"), StandardCharsets.UTF_8);
        List<String> deps = ScriptClassPath.declared(readme.lines().toList(), "//DEPS ");
        assertEquals(List.of("org.cloudnations:sim-tables:" + ScriptClassPath.VERSION,
                "org.cloudnations:sim-scenarios:" + ScriptClassPath.VERSION,
                "org.cloudnations:sim-cli:" + ScriptClassPath.VERSION), deps, "the README's //DEPS coordinates");
        String classPath = ScriptClassPath.resolve(deps);
        Matcher m = JAVA_BLOCK.matcher(readme);
        int n = 0;
        while (m.find()) {
            n++;
            Path dir = Files.createDirectories(temp.resolve("snippet" + n));
            String main = compile(n, m.group(1), dir, classPath);
            run(n, main, dir, classPath);
        }
        assertTrue(n >= 1, "the README has at least one java block");
        assertTrue(Files.isRegularFile(temp.resolve("snippet1/out/metrics.csv")), "the first snippet wrote its CSV");
        assertTrue(Files.isRegularFile(temp.resolve("snippet1/out/metrics.png")), "the first snippet drew its chart");
        assertTrue(Files.isRegularFile(temp.resolve("snippet2/out/access/runs.csv")), "the tables snippet's sweep");
    }

    @Test
    void aSnippetThatDoesNotCompileFails() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("broken"));
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> compile(99, "import org.cloudnations.sim.api.Simulation;\nSimulation.of(\"baseline\").runn();\n",
                        dir, ScriptClassPath.resolve(List.of("org.cloudnations:sim-scenarios:"
                                + ScriptClassPath.VERSION))));
        assertTrue(e.getMessage().contains("java block 99 does not compile") && e.getMessage().contains("runn"),
                e.getMessage());
    }

    /**
     * Compiles one block into {@code dir}.
     *
     * @return the class to run
     */
    static String compile(int n, String block, Path dir, String classPath) throws IOException {
        Matcher type = TYPE.matcher(block);
        String main;
        String source;
        if (type.find()) {
            main = type.group(1);
            source = block;
        } else {
            main = "ReadmeSnippet" + n;
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String line : block.lines().toList()) {
                (line.startsWith("import ") ? imports : body).append(line).append('\n');
            }
            source = imports + "public class " + main + " {\n    public static void main(String[] args) throws Exception {\n"
                    + body + "    }\n}\n";
        }
        Path file = dir.resolve(main + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-Xlint:all", "-Werror", "-d", dir.toString(), "--class-path", classPath),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file.toFile()))
                .call();
        if (!ok) {
            fail("README java block " + n + " does not compile:\n" + diagnostics + "\n" + source);
        }
        return main;
    }

    private static void run(int n, String main, Path dir, String classPath) throws IOException, InterruptedException {
        if (!Files.readString(dir.resolve(main + ".java")).contains("static void main(")) {
            return; // a declaration without an entry point: compiling it is the check
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx1g", "--class-path", dir + File.pathSeparator + classPath, main));
        Path log = Files.createTempFile(dir, "run-", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("README java block " + n + " did not finish in 120 s:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), "README java block " + n + " failed:\n" + output);
        assertFalse(output.isBlank(), "README java block " + n + " printed nothing");
    }
}
