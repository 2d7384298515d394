package org.cloudnations.sim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleSet;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.sweep.store.JsonReader;
import org.junit.jupiter.api.Test;

/**
 * Keeps the claims, their robustness figures and docs/model.md's claim catalogue together. A claim
 * is a test method whose name starts with {@code claim}, in any test class of this module; it must
 * carry {@link RobustnessFigure}, and then:
 *
 * <ul>
 *   <li>{@code figures/<figure>.json} exists, its sweep names the claim's scenario, and, where the
 *       spec has a {@code claim} block, its arms differ only in parameters the claim varies and its
 *       statistics read the claim's metrics (the figures come from the robustness-map work: this
 *       check needs them in {@code figures/});</li>
 *   <li>the scenario declares every parameter the arms vary and every metric the claim reads;</li>
 *   <li>docs/model.md's section "Claims and mechanism checks" has a row for the claim that names
 *       its test ({@code Class#method}), its figure and at least two equations;</li>
 *   <li>no single rule of the scenario both reads a varied parameter and computes a claim's metric
 *       (the metric would then be set directly from the treatment) unless the section's review table
 *       has a row for that (claim, rule, parameter, metric) saying why the claim's statistic is
 *       not; and the table has no row for a pair that does not occur.</li>
 * </ul>
 *
 * <p>Every test of a class named {@code *MechanismTest} is listed in the section's list of mechanism
 * checks.
 */
class ClaimCatalogueTest {
    private static final Path ROOT = Path.of("..");
    private static final String SECTION = "## Claims and mechanism checks";
    private static final Pattern EQUATION = Pattern.compile("\\(([A-Z]\\d+)\\)");

    /** A claim test: where it is and what its annotation says. */
    private record Claim(String test, RobustnessFigure figure) {
        String id() {
            return figure.value().substring("claim-".length());
        }
    }

    @Test
    void everyClaimTestNamesItsRobustnessFigure() throws Exception {
        List<String> missing = new ArrayList<>();
        List<String> misnamed = new ArrayList<>();
        for (Method m : testMethods()) {
            boolean named = m.getName().startsWith("claim");
            boolean annotated = m.isAnnotationPresent(RobustnessFigure.class);
            if (named && !annotated) {
                missing.add(name(m));
            }
            if (annotated && !(named && m.getAnnotation(RobustnessFigure.class).value().startsWith("claim-"))) {
                misnamed.add(name(m));
            }
        }
        assertEquals(List.of(), missing, "claim tests without @RobustnessFigure");
        assertEquals(List.of(), misnamed, "@RobustnessFigure on a test not named claim..., or a figure id not claim-...");
        assertTrue(claims().size() >= 13, "the lead's list has 13 claims; found " + claims().size());
    }

    @Test
    void everyClaimsFigureRunsTheClaimsScenarioArmsAndMetrics() throws Exception {
        for (Claim c : claims()) {
            Path spec = ROOT.resolve("figures").resolve(c.figure().value() + ".json");
            assertTrue(Files.isRegularFile(spec), c.test() + ": its robustness figure " + spec.normalize()
                    + " is missing (it comes from the robustness-map work, issue 16)");
            Map<?, ?> json = (Map<?, ?>) JsonReader.parse(Files.readString(spec));
            Object sweep = json.get("sweep");
            assertTrue(sweep instanceof Map, spec + " has no sweep block");
            assertEquals(c.figure().scenario(), ((Map<?, ?>) sweep).get("scenario"),
                    c.test() + ": the scenario of " + spec.normalize());
            if (json.get("claim") instanceof Map<?, ?> claim) {
                // the map's arms differ only in parameters the claim varies, and its statistics read
                // the claim's metrics (so that a map does not chart a mechanism check instead)
                for (String arm : List.of("treatment", "control")) {
                    if (claim.get(arm) instanceof Map<?, ?> values) {
                        for (Object name : values.keySet()) {
                            assertTrue(Arrays.asList(c.figure().varies()).contains(name), c.test() + ": "
                                    + spec.normalize() + " varies " + name + " in its " + arm + " arm, which the claim "
                                    + "does not vary " + Arrays.toString(c.figure().varies()));
                        }
                    }
                }
                for (String statistic : List.of("statistic", "control_statistic")) {
                    if (claim.get(statistic) instanceof Map<?, ?> read) {
                        assertTrue(Arrays.asList(c.figure().metrics()).contains(read.get("metric")), c.test() + ": "
                                + spec.normalize() + " reads " + read.get("metric") + ", not one of the claim's metrics "
                                + Arrays.toString(c.figure().metrics()));
                    }
                }
            }
        }
    }

    @Test
    void everyClaimsScenarioDeclaresWhatTheClaimVariesAndReads() throws Exception {
        for (Claim c : claims()) {
            Scenario scenario = Scenarios.get(c.figure().scenario());
            List<String> parameters = scenario.parameters().names();
            Set<String> metrics = new TreeSet<>();
            ruleSet(scenario).metrics().forEach(m -> metrics.add(m.name()));
            for (String p : c.figure().varies()) {
                assertTrue(parameters.contains(p), c.test() + ": " + scenario.name() + " has no parameter " + p);
            }
            assertTrue(c.figure().metrics().length > 0, c.test() + ": names no metric");
            for (String m : c.figure().metrics()) {
                assertTrue(metrics.contains(m), c.test() + ": " + scenario.name() + " has no metric " + m);
            }
        }
    }

    @Test
    void docsListEveryClaimWithItsTestFigureAndChain() throws Exception {
        List<String> section = section();
        for (Claim c : claims()) {
            String row = section.stream().filter(l -> l.startsWith("| `" + c.id() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/model.md, " + SECTION + ": no row for claim `"
                            + c.id() + "`"));
            assertTrue(row.contains("`" + c.test() + "`"), c.id() + ": the row does not name " + c.test() + ": " + row);
            assertTrue(row.contains("`figures/" + c.figure().value() + ".json`"),
                    c.id() + ": the row does not name its figure: " + row);
            Set<String> equations = new TreeSet<>();
            Matcher m = EQUATION.matcher(row);
            while (m.find()) {
                equations.add(m.group(1));
            }
            assertTrue(equations.size() >= 2, c.id() + ": a claim's chain runs through at least two rules; "
                    + "the row names the equations " + equations);
        }
        Set<String> ids = new TreeSet<>();
        claims().forEach(c -> ids.add(c.id()));
        for (String line : section) {
            Matcher m = Pattern.compile("^\\| `([a-z0-9-]+)` \\|.*ClaimsTest#claim").matcher(line);
            if (m.find()) {
                assertTrue(ids.contains(m.group(1)), "docs/model.md lists claim " + m.group(1) + " without a claim test");
            }
        }
    }

    @Test
    void noClaimComparesAMetricThatOneRuleSetsFromTheVariedParameter() throws Exception {
        Set<String> reviewed = new TreeSet<>();
        for (String line : section()) {
            Matcher m = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `([a-z0-9-]+)` \\| `([a-z0-9_]+)` \\| `([a-z0-9_]+)` \\|"
                    + " (.+) \\|$").matcher(line);
            if (m.find() && !m.group(5).isBlank()) {
                reviewed.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
            }
        }
        Set<String> found = new TreeSet<>();
        for (Claim c : claims()) {
            for (Rule rule : ruleSet(Scenarios.get(c.figure().scenario())).rules()) {
                for (ParameterSpec p : rule.parameters()) {
                    if (!Arrays.asList(c.figure().varies()).contains(p.name())) {
                        continue;
                    }
                    for (MetricSpec metric : rule.metrics()) {
                        if (Arrays.asList(c.figure().metrics()).contains(metric.name())) {
                            found.add(c.id() + " " + rule.name() + " " + p.name() + " " + metric.name());
                        }
                    }
                }
            }
        }
        Set<String> unreviewed = new TreeSet<>(found);
        unreviewed.removeAll(reviewed);
        assertEquals(Set.of(), unreviewed, "a rule reads the claim's varied parameter and computes its metric: "
                + "make the claim a mechanism check, or add a row (claim, rule, parameter, metric, why the claim's "
                + "statistic is not set directly) to the review table of docs/model.md, " + SECTION);
        Set<String> stale = new TreeSet<>(reviewed);
        stale.removeAll(found);
        assertEquals(Set.of(), stale, "review rows of docs/model.md for pairs that no rule has");
    }

    @Test
    void docsListEveryMechanismCheck() throws Exception {
        String text = String.join("\n", section());
        List<String> missing = new ArrayList<>();
        for (Method m : testMethods()) {
            if (m.getDeclaringClass().getSimpleName().endsWith("MechanismTest") && !text.contains("`" + name(m) + "`")) {
                missing.add(name(m));
            }
        }
        assertEquals(List.of(), missing, "mechanism checks missing from docs/model.md, " + SECTION);
    }

    private static RuleSet ruleSet(Scenario scenario) {
        if (!(scenario.model() instanceof RuleSet rules)) {
            throw new AssertionError(scenario.name() + " is not a rule set");
        }
        return rules;
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "#" + m.getName();
    }

    private static List<Claim> claims() throws IOException, URISyntaxException {
        List<Claim> out = new ArrayList<>();
        for (Method m : testMethods()) {
            RobustnessFigure figure = m.getAnnotation(RobustnessFigure.class);
            if (figure != null && figure.value().startsWith("claim-")) {
                out.add(new Claim(name(m), figure));
            }
        }
        return out;
    }

    /** The lines of docs/model.md's claim catalogue, from its heading to the next level-2 heading. */
    private static List<String> section() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/model.md"));
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            fail("docs/model.md has no section " + SECTION);
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start, end);
    }

    /** JUnit's and jqwik's test annotations, by simple name. */
    private static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "RepeatedTest",
            "TestFactory", "TestTemplate", "Property", "Example");

    private static boolean isTest(Method m) {
        return Arrays.stream(m.getAnnotations())
                .anyMatch(a -> TEST_ANNOTATIONS.contains(a.annotationType().getSimpleName()));
    }

    /** The test methods (JUnit or jqwik) of every top-level test class compiled with this one. */
    private static List<Method> testMethods() throws IOException, URISyntaxException {
        Path classes = Path.of(ClaimCatalogueTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .sorted().toList()) {
                String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                Class<?> type;
                try {
                    type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            ClaimCatalogueTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (isTest(m)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }
}
