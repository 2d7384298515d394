package org.cloudnations.sim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/model.md and docs/scenarios/ from drifting away from the code: every parameter of
 * every shipped model has a row in model.md, in that model's section (from the line
 * {@code <!-- model: NAME -->} to the next such line), with the code's type, default, range, unit
 * and seed row; every metric is documented there; every scenario has its page.
 */
class ModelDocTest {
    private static final Path DOCS = Path.of("..", "docs");

    /** The lines of a model's section of docs/model.md. */
    static List<String> section(String model) throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve("model.md"));
        int start = lines.indexOf("<!-- model: " + model + " -->");
        assertTrue(start >= 0, "docs/model.md has a section marked <!-- model: " + model + " -->");
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("<!-- model: ")) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void everyParameterRowMatchesTheRegistry() throws IOException {
        for (Scenario s : Scenarios.catalog().all()) {
            List<String> lines = section(s.model().name());
            for (ParameterSpec p : s.model().parameters().specs()) {
                String row = lines.stream().filter(l -> l.startsWith("| `" + p.name() + "` |")).findFirst()
                        .orElseThrow(() -> new AssertionError("docs/model.md has no row for parameter " + p.name()));
                String[] cells = Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);
                // cells[0] is empty (leading |): name, symbol, type, default, range, unit, seed row, description
                assertEquals(p.type().label(), cells[3], p.name() + " type");
                assertEquals(p.defaultValue(), cells[4], p.name() + " default");
                assertEquals("[" + p.minText() + ", " + p.maxText() + "]", cells[5], p.name() + " range");
                assertEquals(p.unit(), cells[6], p.name() + " unit");
                assertEquals(p.seedRow(), cells[7], p.name() + " seed row");
            }
        }
    }

    @Test
    void everyMetricIsDocumented() throws IOException {
        for (Scenario s : Scenarios.catalog().all()) {
            String doc = String.join("\n", section(s.model().name()));
            for (MetricSpec m : s.model().metrics()) {
                assertTrue(doc.contains("| `" + m.name() + "` |"), "docs/model.md documents metric " + m.name());
            }
        }
    }

    /** Rows {@code | (E1), (E2) | `ClassName` | `rule-name` |} of the equation-to-rule tables. */
    private static List<String[]> ruleRows() throws IOException {
        List<String[]> rows = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(DOCS.resolve("model.md"))) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^\\| ([^|`]*\\([A-Z]+[0-9]+\\)[^|`]*) \\| `([A-Z][A-Za-z0-9]*)` \\| `([a-z0-9-]+)` \\|$")
                    .matcher(line);
            if (m.matches()) {
                rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
        }
        return rows;
    }

    @Test
    void everyRuleClassNamedInTheEquationTablesExists() throws IOException {
        List<String[]> rows = ruleRows();
        assertTrue(rows.size() >= 3, "docs/model.md has equation-to-rule tables");
        List<String> sources;
        try (var files = Files.walk(Path.of("..", "sim-core", "src", "main", "java"))) {
            sources = files.map(f -> f.getFileName().toString()).toList();
        }
        for (String[] row : rows) {
            assertTrue(sources.contains(row[1] + ".java"), "docs/model.md names rule class " + row[1]
                    + " for " + row[0] + ", which is not in sim-core");
        }
    }

    @Test
    void everyRuleOfEveryRuleSetIsInAnEquationTable() throws IOException {
        List<String> documented = ruleRows().stream().map(r -> r[2]).toList();
        for (Scenario s : Scenarios.catalog().all()) {
            if (s.model() instanceof org.cloudnations.sim.rule.RuleSet rules) {
                for (String rule : rules.ruleNames()) {
                    assertTrue(documented.contains(rule), "docs/model.md maps equations to rule " + rule
                            + " (of " + s.model().name() + ")");
                }
            }
        }
    }

    /** Issue 13: one rule or concept per class, so no class of sim-core's main code grows past 400 lines. */
    @Test
    void noClassOfSimCoreHasMoreThanFourHundredLines() throws IOException {
        List<String> big = new java.util.ArrayList<>();
        try (var files = Files.walk(Path.of("..", "sim-core", "src", "main", "java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines > 400) {
                    big.add(f.getFileName() + " (" + lines + " lines)");
                }
            }
        }
        assertEquals(List.of(), big, "classes of sim-core over 400 lines");
    }

    @Test
    void everyScenarioHasItsPage() {
        for (Scenario s : Scenarios.catalog().all()) {
            assertTrue(Files.isRegularFile(DOCS.resolve("scenarios").resolve(s.name() + ".md")),
                    "docs/scenarios/" + s.name() + ".md");
        }
    }
}
