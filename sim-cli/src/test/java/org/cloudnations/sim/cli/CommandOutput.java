package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cloudnations.sim.sweep.store.JsonReader;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What a fuzzed command must leave behind when it exits 0, 3 or 4: the folders it writes (found
 * from its arguments) and the files that make them complete.
 */
enum CommandOutput {
    /** Nothing is written ({@code sim describe}). */
    NOTHING,
    /** {@code --out DIR} holds metrics.csv and manifest.json (and metrics.png without --no-chart). */
    RUN_FOLDER,
    /** {@code --out DIR} holds a complete sweep: every row of runs.csv, a complete manifest, the charts. */
    SWEEP_FOLDER,
    /** {@code DIR/charts} holds the charts. */
    CHARTS_FOLDER,
    /**
     * {@code sim figure}: {@code --out DIR} holds every figure's files and {@code --cache DIR} its
     * complete sweep; with {@code --update-checksums} the specs hold their checksums and
     * {@code data/} beside them the data; {@code --verify} writes nothing.
     */
    FIGURE_FILES;

    private static final Pattern RUNS = Pattern.compile("\"runs\": (\\d+)");

    /**
     * @return the options whose defaults are folders in the working directory, and the folder the
     *         grammar gives each when it leaves the option out (the fuzz writes only in its own folders)
     */
    Map<String, FuzzFolder> ownFolders() {
        return switch (this) {
            case RUN_FOLDER -> Map.of("--out", FuzzFolder.NEW);
            case FIGURE_FILES -> new TreeMap<>(Map.of("--out", FuzzFolder.NEW, "--cache", FuzzFolder.NEW,
                    "--figures", FuzzFolder.FIGURES));
            default -> Map.of();
        };
    }

    /**
     * @param args the command line with real paths, of a command that succeeded
     * @return the folders the command may change: none when it writes none (also when it printed its help)
     */
    List<Path> targets(List<String> args) {
        ParseResult sub = parse(args);
        if (this == NOTHING || sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
            return List.of();
        }
        if (this == FIGURE_FILES) {
            if (flag(sub, "--verify")) {
                return List.of();
            }
            List<Path> out = new ArrayList<>(List.of(sub.<Path>matchedOptionValue("--cache", null).toAbsolutePath()));
            if (flag(sub, "--update-checksums")) {
                for (Path s : specs(sub)) {
                    out.add(s.toAbsolutePath());
                    out.add(s.toAbsolutePath().resolveSibling("data"));
                }
            } else {
                out.add(sub.<Path>matchedOptionValue("--out", null).toAbsolutePath());
            }
            return out;
        }
        Path dir = this == CHARTS_FOLDER ? sub.matchedPositional(0).getValue() : sub.matchedOptionValue("--out", null);
        assertTrue(dir != null, "a command that wrote results names its folder: " + args);
        return List.of(this == CHARTS_FOLDER ? dir.toAbsolutePath().resolve("charts") : dir.toAbsolutePath());
    }

    /**
     * @param sub a parse
     * @param name a flag's name
     * @return whether the flag is on ({@code --verify=} and {@code --verify=false} leave it off)
     */
    static boolean flag(ParseResult sub, String name) {
        return sub.matchedOptionValue(name, false);
    }

    /**
     * @param args a command line with real paths
     * @param name a flag's name
     * @return whether the flag is on
     */
    static boolean flag(List<String> args, String name) {
        return flag(parse(args), name);
    }

    /** @return the spec files of a {@code sim figure} command line: those given, or every spec of --figures */
    private static List<Path> specs(ParseResult sub) {
        if (!flag(sub, "--all")) {
            return sub.matchedPositional(0).getValue();
        }
        try (Stream<Path> s = Files.list(sub.<Path>matchedOptionValue("--figures", null))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the subcommand's parse of a command line that succeeded */
    private static ParseResult parse(List<String> args) {
        return new CommandLine(new SimCli()).parseArgs(args.toArray(String[]::new)).subcommand();
    }

    /**
     * Checks that the folders are complete.
     *
     * @param targets the folders from {@link #targets(List)}
     * @param args the command line
     * @param result what the command printed
     * @throws IOException when the folder cannot be read
     */
    void checkComplete(List<Path> targets, List<String> args, CliResult result) throws IOException {
        if (this == FIGURE_FILES) {
            checkFigures(args, result);
            return;
        }
        if (targets.isEmpty()) {
            return;
        }
        Path target = targets.get(0);
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
            default -> throw new IllegalStateException(name());
        }
    }

    /**
     * {@code sim figure}: with {@code --verify}, one line per figure, "DIFFERS" exactly when the exit
     * is 4; with {@code --update-checksums}, every spec holds its checksum and data/ its data;
     * else {@code --out} holds every figure's images (the formats of its spec), data and provenance,
     * and {@code --cache} a complete sweep.
     */
    private static void checkFigures(List<String> args, CliResult result) throws IOException {
        ParseResult sub = parse(args);
        if (sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
            return;
        }
        List<Path> specs = specs(sub);
        String what = args + "\n" + result.out() + result.err();
        if (flag(sub, "--verify")) {
            long ok = result.out().lines().filter(l -> l.startsWith("ok ")).count();
            long differ = result.out().lines().filter(l -> l.startsWith("DIFFERS ")).count();
            assertEquals(specs.size(), ok + differ, "one line per figure: " + what);
            assertEquals(result.code() == FigureCommand.DATA_DIFFER, differ > 0, "exit 4 when data differ: " + what);
            return;
        }
        boolean test = flag(sub, "--test-size");
        Path out = sub.<Path>matchedOptionValue("--out", null);
        for (Path spec : specs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) JsonReader.parse(Files.readString(spec));
            String id = (String) json.get("id");
            if (flag(sub, "--update-checksums")) {
                @SuppressWarnings("unchecked")
                Object sha = test ? ((Map<String, Object>) json.get("test")).get("data_sha256") : json.get("data_sha256");
                Path data = spec.toAbsolutePath().getParent().resolve("data").resolve(id + (test ? ".test" : "") + ".csv");
                assertEquals(sha256(data), sha, "the spec records its data's checksum: " + what);
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> formats = (List<String>) json.getOrDefault("formats", List.of("svg", "pdf", "png"));
            for (String suffix : java.util.stream.Stream.concat(formats.stream(), Stream.of("csv", "json")).toList()) {
                Path f = out.resolve(id + "." + suffix);
                assertTrue(Files.size(f) > 0, f + " written: " + what);
            }
            assertTrue(Files.readString(out.resolve(id + ".json")).endsWith("}\n"), "provenance complete: " + what);
        }
        Path cache = sub.<Path>matchedOptionValue("--cache", null);
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path e : entries.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("manifest.json")))
                    .toList()) {
                assertTrue(Files.readString(e.resolve("manifest.json")).contains("\"status\": \"complete\""),
                        "every sweep in the cache is complete: " + e + " " + what);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
