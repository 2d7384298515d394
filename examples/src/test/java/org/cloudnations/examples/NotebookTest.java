package org.cloudnations.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs every notebook in examples/notebook the way a JShell-based Java kernel (JJava, IJava) would:
 * its code cells, in order, through {@link JShell}, with the class path its {@code %maven} lines
 * resolve to ({@link ScriptClassPath}); the {@code %maven} lines themselves are dropped. Any
 * rejected snippet, compilation error, unresolved reference or exception fails the test.
 */
class NotebookTest {
    @Test
    void everyNotebookRunsCellByCellWithoutError() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(ScriptClassPath.root().resolve("examples/notebook"))) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebook in examples/notebook");
        for (Path nb : notebooks) {
            long t0 = System.nanoTime();
            String output = run(nb);
            // kept for reading: what the notebook printed, and how long it took
            Path log = Path.of("target", "notebooks", nb.getFileName() + ".out.txt");
            Files.createDirectories(log.getParent());
            Files.writeString(log, output + String.format("%n[%.1f s]%n", (System.nanoTime() - t0) / 1e9));
            assertTrue(output.lines().anyMatch(l -> l.startsWith("Answer: ")), nb + " states an answer:\n" + output);
            // the charts it drew and the sweep it wrote, in the folder it names; removed afterwards
            String charts = output.lines().filter(l -> l.startsWith("charts in ")).findFirst()
                    .orElseThrow(() -> new AssertionError(nb + " names its chart folder:\n" + output));
            Path dir = Path.of(charts.substring("charts in ".length()));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of("one-run.png", "response.png", "sweep"),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            JBangScriptsTest.assertPng(dir.resolve("one-run.png"));
            JBangScriptsTest.assertPng(dir.resolve("response.png"));
            assertTrue(Files.isRegularFile(dir.resolve("sweep/runs.csv")), "the sweep's runs.csv");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void aFailingCellFailsTheRun() throws Exception {
        Path nb = Files.createTempFile("broken-", ".ipynb");
        try {
            Files.writeString(nb, """
                    {"nbformat": 4, "nbformat_minor": 5,
                     "metadata": {"kernelspec": {"name": "java", "language": "java", "display_name": "Java"}},
                     "cells": [
                      {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                       "source": ["%maven org.cloudnations:sim-scenarios:VERSION\\n"]},
                      {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                       "source": ["var s = org.cloudnations.sim.api.Simulation.of(\\"baseline\\");\\n",
                                  "s.set(\\"digital_access\\", 2.0);"]}]}
                    """.replace("VERSION", ScriptClassPath.VERSION));
            AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> run(nb));
            assertTrue(e.getMessage().contains("cell 2") && e.getMessage().contains("value 2.0 is out of range"),
                    e.getMessage());
        } finally {
            Files.deleteIfExists(nb);
        }
    }

    /**
     * Checks the notebook's format and runs its code cells.
     *
     * @return everything the cells printed
     */
    static String run(Path notebook) throws IOException {
        JsonObject nb = JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(4, nb.get("nbformat").getAsInt(), notebook + ": nbformat");
        JsonObject kernel = nb.getAsJsonObject("metadata").getAsJsonObject("kernelspec");
        assertEquals("java", kernel.get("language").getAsString(), notebook + ": kernel language");
        assertEquals("java", kernel.get("name").getAsString(), notebook + ": kernel name");

        List<List<String>> cells = new ArrayList<>();
        List<String> maven = new ArrayList<>();
        for (JsonElement c : nb.getAsJsonArray("cells")) {
            JsonObject cell = c.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code")) {
                continue;
            }
            List<String> lines = source(cell).lines().toList();
            if (!lines.isEmpty() && lines.get(0).startsWith("%%")) {
                fail(notebook + ": cell magic " + lines.get(0) + " is not supported; write plain Java");
            }
            List<String> code = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("%maven ")) {
                    maven.addAll(ScriptClassPath.declared(List.of(line), "%maven "));
                    code.add("");
                } else if (line.startsWith("%")) {
                    fail(notebook + ": line magic " + line + " is not supported; only %maven is");
                } else {
                    code.add(line);
                }
            }
            cells.add(code);
        }
        assertFalse(maven.isEmpty(), notebook + " declares its dependencies with %maven");
        String classPath = ScriptClassPath.resolve(maven);

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder().out(out).err(out)
                .remoteVMOptions("-Djava.awt.headless=true", "-Xmx512m").build()) {
            for (String entry : classPath.split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            for (int i = 0; i < cells.size(); i++) {
                evalCell(shell, i + 1, String.join("\n", cells.get(i)), buffer);
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Evaluates one cell snippet by snippet, failing on the first error. */
    private static void evalCell(JShell shell, int cell, String source, ByteArrayOutputStream output) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                fail("code cell " + cell + ": incomplete snippet (" + info.completeness() + "):\n" + rest);
            }
            String snippet = info.source();
            for (SnippetEvent e : shell.eval(snippet)) {
                String where = "code cell " + cell + ", snippet:\n" + snippet + "\n";
                if (e.exception() != null) {
                    fail(where + "threw " + e.exception() + "\noutput so far:\n" + output.toString(StandardCharsets.UTF_8));
                }
                if (e.snippet() == null) {
                    continue;
                }
                List<String> errors = shell.diagnostics(e.snippet()).filter(Diag::isError)
                        .map(d -> d.getMessage(null)).collect(Collectors.toList());
                Snippet.Status status = e.status();
                if (!errors.isEmpty() || status == Snippet.Status.REJECTED || status == Snippet.Status.RECOVERABLE_DEFINED
                        || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    List<String> unresolved = e.snippet() instanceof jdk.jshell.DeclarationSnippet d
                            ? shell.unresolvedDependencies(d).toList() : List.of();
                    fail(where + "status " + status + ", errors " + errors + ", unresolved " + unresolved);
                }
            }
            rest = info.remaining();
        }
    }

    private static String source(JsonObject cell) {
        JsonElement s = cell.get("source");
        if (s.isJsonArray()) {
            StringBuilder b = new StringBuilder();
            for (JsonElement line : (JsonArray) s) {
                b.append(line.getAsString());
            }
            return b.toString();
        }
        return s.getAsString();
    }
}
