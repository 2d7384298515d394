package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What a fuzzed command must leave behind when it exits 0 or 3: the folder it writes (found from
 * its arguments) and the files that make that folder complete.
 */
enum CommandOutput {
    /** Nothing is written ({@code sim describe}). */
    NOTHING,
    /** {@code --out DIR} holds metrics.csv and manifest.json (and metrics.png without --no-chart). */
    RUN_FOLDER,
    /** {@code --out DIR} holds a complete sweep: every row of runs.csv, a complete manifest, the charts. */
    SWEEP_FOLDER,
    /** {@code DIR/charts} holds the charts. */
    CHARTS_FOLDER;

    private static final Pattern RUNS = Pattern.compile("\"runs\": (\\d+)");

    /** @return whether the command writes into the working directory when {@code --out} is not given */
    boolean needsOut() {
        return this == RUN_FOLDER;
    }

    /**
     * @param args the command line with real paths, of a command that succeeded
     * @return the folder the command writes, or null when it writes none (also when it printed its help)
     */
    Path target(List<String> args) {
        ParseResult sub = parse(args);
        if (this == NOTHING || sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
            return null;
        }
        Path dir = this == CHARTS_FOLDER ? sub.matchedPositional(0).getValue() : sub.matchedOptionValue("--out", null);
        assertTrue(dir != null, "a command that wrote results names its folder: " + args);
        return this == CHARTS_FOLDER ? dir.toAbsolutePath().resolve("charts") : dir.toAbsolutePath();
    }

    /** @return the subcommand's parse of a command line that succeeded */
    private static ParseResult parse(List<String> args) {
        return new CommandLine(new SimCli()).parseArgs(args.toArray(String[]::new)).subcommand();
    }

    /**
     * Checks that the folder is complete.
     *
     * @param target the folder from {@link #target(List)}
     * @param args the command line
     * @param result what the command printed
     * @throws IOException when the folder cannot be read
     */
    void checkComplete(Path target, List<String> args, CliResult result) throws IOException {
        boolean charts = !args.contains("--no-chart");
        switch (this) {
            case NOTHING -> assertTrue(!result.out().isEmpty(), "prints something");
            case RUN_FOLDER -> {
                assertTrue(Files.readAllLines(target.resolve("metrics.csv")).size() >= 2, "metrics.csv has rows");
                assertTrue(Files.readString(target.resolve("manifest.json")).endsWith("}\n"), "manifest.json complete");
                assertEquals(charts, Files.isRegularFile(target.resolve("metrics.png")), "metrics.png");
            }
            case SWEEP_FOLDER -> {
                String manifest = Files.readString(target.resolve("manifest.json"));
                assertTrue(manifest.contains("\"status\": \"complete\""), "manifest.json says complete");
                Matcher m = RUNS.matcher(manifest);
                assertTrue(m.find(), "manifest.json gives the runs");
                assertEquals(Integer.parseInt(m.group(1)) + 1, Files.readAllLines(target.resolve("runs.csv")).size(),
                        "runs.csv: a header and one row per run");
                if (charts) {
                    assertTrue(count(target.resolve("charts")) > 0, "charts/ holds charts");
                }
                ParseResult sweep = parse(args);
                int seriesEvery = sweep.matchedOptionValue("--series-every", 1);
                assertEquals(seriesEvery > 0, Files.isRegularFile(target.resolve("series.csv.gz")), "series.csv.gz");
                String design = sweep.matchedOptionValue("--design", "grid");
                if (result.code() == 0) {
                    assertEquals(design.equals("sobol") || design.equals("morris"),
                            Files.isRegularFile(target.resolve("sensitivity.csv")), "sensitivity.csv");
                }
            }
            case CHARTS_FOLDER -> assertTrue(count(target) > 0, "charts/ holds charts");
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
