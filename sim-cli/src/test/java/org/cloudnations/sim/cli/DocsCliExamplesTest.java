package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example of docs/cli.md, in order, in one scratch folder, through {@code sh} with a
 * {@code ./sim} that starts this build's CLI: each {@code sh} block must exit 0; each
 * {@code console} block's commands must exit 2 and print exactly the lines shown. Also checks that
 * every subcommand of {@code sim} has an example.
 */
class DocsCliExamplesTest {
    @TempDir
    Path tmp;

    private static final Pattern BLOCK = Pattern.compile("```(sh|console)\\n(.*?)```", Pattern.DOTALL);

    private Path shim() throws IOException {
        Path sim = tmp.resolve("sim");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(sim, "#!/bin/sh\nexec '" + java + "' -Xmx512m -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -cp '"
                + System.getProperty("java.class.path") + "' " + SimCli.class.getName() + " \"$@\"\n");
        Files.setPosixFilePermissions(sim, PosixFilePermissions.fromString("rwxr-xr-x"));
        return sim;
    }

    private String[] sh(String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-e", "-c", script).directory(tmp.toFile())
                .redirectErrorStream(true);
        pb.environment().put("CI", "true");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), script);
        return new String[] {Integer.toString(p.exitValue()), out};
    }

    @Test
    void everyExampleInCliMdRunsAndEverySubcommandHasOne() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "cli.md"));
        shim();
        Set<String> exampled = new LinkedHashSet<>();
        Matcher m = BLOCK.matcher(doc);
        int blocks = 0;
        while (m.find()) {
            blocks++;
            String body = m.group(2);
            if (m.group(1).equals("sh")) {
                String[] r = sh(body);
                assertEquals("0", r[0], "example failed:\n" + body + "\noutput:\n" + r[1]);
                exampled.addAll(subcommands(body));
            } else {
                List<String> lines = body.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).startsWith("$ ")) {
                        continue;
                    }
                    String command = lines.get(i).substring(2);
                    List<String> expected = new ArrayList<>();
                    while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                        expected.add(lines.get(++i));
                    }
                    String[] r = sh(command);
                    assertEquals("2", r[0], command + "\n" + r[1]);
                    assertEquals(expected, r[1].lines().toList(), command);
                    exampled.addAll(subcommands(command));
                }
            }
        }
        assertTrue(blocks >= 8, "examples found: " + blocks);
        List<String> all = new picocli.CommandLine(new SimCli()).getSubcommands().keySet().stream().toList();
        for (String sub : all) {
            assertTrue(exampled.contains(sub), "docs/cli.md has no example of 'sim " + sub + "'");
        }
    }

    private static Set<String> subcommands(String text) {
        Set<String> s = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\./sim (\\w+)").matcher(text);
        while (m.find()) {
            s.add(m.group(1));
        }
        return s;
    }
}
