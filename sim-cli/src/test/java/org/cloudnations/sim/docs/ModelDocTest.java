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

    @Test
    void everyScenarioHasItsPage() {
        for (Scenario s : Scenarios.catalog().all()) {
            assertTrue(Files.isRegularFile(DOCS.resolve("scenarios").resolve(s.name() + ".md")),
                    "docs/scenarios/" + s.name() + ".md");
        }
    }
}
