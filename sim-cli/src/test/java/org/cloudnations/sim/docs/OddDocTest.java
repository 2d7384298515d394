package org.cloudnations.sim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.model.world.WorldModel;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.World;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/odd.md, the ODD protocol of the integrated world, from drifting away from
 * {@link WorldModel#RULES}: every rule has its submodel section (a heading {@code ### 7.n `rule-name`})
 * in the rule set's order; every parameter has a row {@code | `name` | default |} with the code's
 * default in the section of the first rule that declares it (as {@code sim describe world} groups
 * them); every metric is named; and the table of scenario variants lists exactly the parameters each
 * world scenario sets, with their values.
 */
class OddDocTest {
    private static final Path ODD = Path.of("..", "docs", "odd.md");

    /** The submodel sections of docs/odd.md by rule name, in the order of the page. */
    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^### 7\\.[0-9]+ `([a-z-]+)`.*").matcher(line);
            if (m.matches()) {
                current = new ArrayList<>();
                sections.put(m.group(1), current);
            } else if (line.startsWith("### ") || line.startsWith("## ")) {
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    @Test
    void everyRuleHasItsSubmodelSectionInScheduleOrder() throws IOException {
        List<String> documented = new ArrayList<>(sections(Files.readAllLines(ODD)).keySet());
        assertEquals(WorldModel.RULES.ruleNames(), documented,
                "docs/odd.md, section 7: one subsection per rule of WorldModel.RULES, in its order");
    }

    @Test
    void everyParameterHasARowWithItsDefaultUnderTheRuleThatDeclaresItFirst() throws IOException {
        Map<String, List<String>> sections = sections(Files.readAllLines(ODD));
        List<String> seen = new ArrayList<>();
        int rows = 0;
        for (Rule rule : WorldModel.RULES.rules()) {
            List<String> section = sections.getOrDefault(rule.name(), List.of());
            for (ParameterSpec p : rule.parameters()) {
                if (seen.contains(p.name())) {
                    continue;
                }
                seen.add(p.name());
                String row = "| `" + p.name() + "` | " + p.defaultValue() + " |";
                assertTrue(section.stream().anyMatch(l -> l.startsWith(row)),
                        "docs/odd.md, section of rule " + rule.name() + ": a row starting " + row);
                rows++;
            }
        }
        assertEquals(WorldModel.PARAMETERS.specs().size(), rows, "every parameter of the world is documented once");
    }

    @Test
    void everyMetricIsNamed() throws IOException {
        String doc = Files.readString(ODD);
        for (MetricSpec m : WorldModel.METRICS) {
            assertTrue(doc.contains("`" + m.name() + "`"), "docs/odd.md names metric " + m.name());
        }
    }

    @Test
    void theVariantsTableListsWhatEachWorldScenarioSets() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(ODD)) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            if (cells.length == 3 && cells[1].matches("`[a-z-]+`") && line.startsWith("| `")) {
                rows.put(cells[1].replace("`", ""), cells[2]);
            }
        }
        for (Scenario s : List.of(World.WORLD, World.AI_EXODUS, World.OPEN_AI_COMMONS, World.RACE_AND_LEAGUE)) {
            List<String> expected = s.defaults().isEmpty() ? List.of("none")
                    : s.defaults().entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue()).sorted().toList();
            String documented = rows.get(s.name());
            assertTrue(documented != null, "docs/odd.md, section 7: a row for scenario " + s.name());
            assertEquals(expected, Arrays.stream(documented.split(", ")).sorted().toList(),
                    "docs/odd.md: what scenario " + s.name() + " sets");
        }
    }
}
