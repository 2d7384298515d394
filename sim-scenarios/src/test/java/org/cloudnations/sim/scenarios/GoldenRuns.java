package org.cloudnations.sim.scenarios;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.output.MetricCsv;

/**
 * The seeded runs whose {@code metrics.csv} bytes are pinned by {@link GoldenRunsTest}, one per
 * model with a parallel individual phase, so that a change made for speed cannot change results.
 *
 * <p>To regenerate the files after a change that is <em>meant</em> to change results, from the
 * repository root: {@code mvn -q -pl sim-scenarios -am test -Dtest=GoldenRunsTest
 * -Dgolden.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false}, which rewrites
 * {@code sim-scenarios/src/test/resources/golden/*.csv} instead of comparing (or run
 * {@link #main} with the module folder as working directory). Say in the commit why the results
 * changed.
 */
final class GoldenRuns {
    /**
     * One pinned run: a scenario on its defaults except {@code individuals} (left at the default
     * when 0, for models without individuals), with seed, ticks and threads.
     */
    record Case(String scenario, int individuals, long seed, int ticks, int threads) {
        String file() {
            return scenario + ".csv";
        }

        /** @return the run's metrics.csv as text */
        String run() throws IOException {
            Map<String, String> values = individuals == 0 ? Map.of()
                    : Map.of("individuals", Integer.toString(individuals));
            RunConfig config = Scenarios.get(scenario).configure(values, seed, ticks, threads);
            StringWriter w = new StringWriter();
            MetricCsv.write(Runner.run(config).series(), w);
            return w.toString();
        }
    }

    /**
     * The pinned runs: every shipped scenario. The first six were pinned before the performance
     * work of issue 8; the other twelve at commit 360c6e2, before the rule kit of issue 13. All
     * were regenerated once for issue 22, when the model's {@code Math.exp/log/log1p/pow} became
     * {@code StrictMath} (results the same on every JVM and CPU; nine files changed in the last
     * digits, which then propagate).
     */
    static final List<Case> CASES = List.of(
            new Case("baseline", 20_000, 7, 120, 2),
            new Case("exit", 20_000, 7, 120, 2),
            new Case("squeeze-vs-league", 20_000, 3, 80, 2),
            new Case("value-paradox", 20_000, 7, 120, 2),
            new Case("digital-socialism", 20_000, 5, 80, 2),
            new Case("multi-level-governance", 5_000, 7, 80, 2),
            new Case("offshore-havens", 20_000, 11, 80, 2),
            new Case("automation-exodus", 20_000, 11, 80, 2),
            new Case("global-crisis", 20_000, 11, 80, 2),
            new Case("elite-capture", 20_000, 11, 80, 2),
            new Case("risk-pool", 5_000, 11, 80, 2),
            new Case("cultural-reserves", 5_000, 11, 80, 2),
            new Case("edge-diffusion", 5_000, 11, 80, 2),
            new Case("axelrod-culture", 0, 11, 60, 1),
            new Case("agi-race", 20_000, 11, 80, 2),
            new Case("open-vs-closed", 20_000, 11, 80, 2),
            new Case("digital-imperialism", 20_000, 11, 80, 2),
            new Case("ai-capitalism", 20_000, 11, 80, 2),
            // the integrated world (issue 14), pinned when it was added
            new Case("world", 20_000, 7, 120, 2),
            new Case("ai-exodus", 20_000, 11, 80, 2),
            new Case("open-ai-commons", 20_000, 11, 80, 2),
            new Case("race-and-league", 20_000, 11, 80, 2));

    /** Folder of the golden files, relative to the sim-scenarios module. */
    static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private GoldenRuns() {
    }

    /**
     * Rewrites every golden file from the current code.
     *
     * @param args ignored
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        for (Case c : CASES) {
            Files.writeString(FOLDER.resolve(c.file()), c.run(), StandardCharsets.UTF_8);
            System.out.println("wrote " + FOLDER.resolve(c.file()));
        }
    }
}
