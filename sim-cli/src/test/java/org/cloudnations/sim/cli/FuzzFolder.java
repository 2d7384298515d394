package org.cloudnations.sim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders a fuzzed command line may name, written in it as a token ({@code @NEW},
 * {@code @SWEEP}, ...) and made afresh, inside the try's own folder, just before each try:
 * a new path, folders that hold other files, a plain file, a complete sweep or run, sweeps
 * damaged in the ways a crash, a full disk or a careless edit damage them, and the folders of
 * {@code sim figure}: spec folders and figure caches. Its spec files are {@link FuzzSpec}s.
 */
enum FuzzFolder {
    /** A path that does not exist yet. */
    NEW,
    /** A new path whose name is unicode and has a space. */
    NEW_UNICODE,
    /** A new path inside a folder that does not exist yet. */
    NEW_NESTED,
    /** A folder that already holds an unrelated file. */
    NOT_EMPTY,
    /** An empty folder. */
    EMPTY,
    /** A plain file. */
    FILE,
    /** A path below a plain file (cannot be created). */
    BELOW_FILE,
    /** A complete sweep folder (the fixture). */
    SWEEP,
    /** The fixture sweep without its manifest. */
    SWEEP_NO_MANIFEST,
    /** The fixture sweep with a manifest that is not JSON. */
    SWEEP_BAD_MANIFEST,
    /** The fixture sweep with runs.csv cut in the middle of a row. */
    SWEEP_TORN_RUNS,
    /** The fixture sweep with runs.csv holding its header only. */
    SWEEP_HEADER_ONLY,
    /** The fixture sweep with an empty runs.csv. */
    SWEEP_EMPTY_RUNS,
    /** The fixture sweep without series.csv.gz. */
    SWEEP_NO_SERIES,
    /** The fixture sweep with series.csv.gz replaced by bytes that are not gzip. */
    SWEEP_BAD_SERIES,
    /** The fixture sweep with series.csv.gz cut in the middle of its last gzip member. */
    SWEEP_TORN_SERIES,
    /** The fixture sweep with a sensitivity.csv whose rows are cut short. */
    SWEEP_BAD_SENSITIVITY,
    /** A complete run folder (metrics.csv, manifest.json), which is not a sweep. */
    RUN,
    /** A folder of valid figure specs ({@link FuzzSpec#VALID}) with their checksums and data/ at both sizes. */
    FIGURES,
    /** {@link #FIGURES} and a spec with an unknown metric. */
    FIGURES_WITH_A_BAD_SPEC,
    /** {@link #FIGURES} with a plain file where the data/ folder belongs. */
    FIGURES_DATA_IS_A_FILE,
    /** A folder where two figures' files are folders that hold a file (nothing can replace them). */
    OUT_BLOCKED,
    /** A figure cache that holds the sweeps of {@link #FIGURES} at both sizes. */
    CACHE,
    /** {@link #CACHE} with every sweep's runs.csv cut in the middle of a row (an interrupted figure). */
    CACHE_TORN;

    /**
     * The complete folders that tries copy, made once.
     *
     * @param sweep a complete sweep folder
     * @param run a complete run folder
     * @param figures a folder of {@link FuzzSpec#VALID} specs with checksums and data/ at both sizes
     * @param cache the figure cache that made them
     */
    record Fixtures(Path sweep, Path run, Path figures, Path cache) {
    }

    /** @return how the folder is written in a command line */
    String token() {
        return "@" + name();
    }

    /**
     * @param arg a command-line argument
     * @return the folder it names, or null when it is not a token
     */
    static FuzzFolder of(String arg) {
        for (FuzzFolder f : values()) {
            if (arg.equals(f.token())) {
                return f;
            }
        }
        return null;
    }

    /**
     * Makes the folder inside a try's folder.
     *
     * @param tryDir the try's folder
     * @param fixtures the complete folders to copy
     * @return the path to put on the command line
     * @throws IOException when the fixture cannot be made
     */
    Path make(Path tryDir, Fixtures fixtures) throws IOException {
        Path p = tryDir.resolve(name().toLowerCase());
        Path sweep = fixtures.sweep();
        switch (this) {
            case NEW -> { }
            case NEW_UNICODE -> p = tryDir.resolve("ünï cødé 名前");
            case NEW_NESTED -> p = tryDir.resolve("missing").resolve("out");
            case NOT_EMPTY -> Files.writeString(Files.createDirectories(p).resolve("keep.txt"), "keep me");
            case EMPTY -> Files.createDirectories(p);
            case FILE -> Files.writeString(p, "a file");
            case BELOW_FILE -> {
                Files.writeString(p, "a file");
                p = p.resolve("out");
            }
            case RUN -> copy(fixtures.run(), p);
            case FIGURES -> copy(fixtures.figures(), p);
            case FIGURES_WITH_A_BAD_SPEC -> {
                copy(fixtures.figures(), p);
                Files.write(p.resolve(FuzzSpec.UNKNOWN_METRIC.fileName()), FuzzSpec.UNKNOWN_METRIC.bytes());
            }
            case FIGURES_DATA_IS_A_FILE -> {
                copy(fixtures.figures(), p);
                Path data = p.resolve("data");
                try (Stream<Path> files = Files.list(data)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(data);
                Files.writeString(data, "a file");
            }
            case OUT_BLOCKED -> {
                for (String name : List.of("fuzz-final.svg", "fuzz-table.png")) {
                    Files.writeString(Files.createDirectories(p.resolve(name)).resolve("keep.txt"), "keep me");
                }
            }
            case CACHE -> copy(fixtures.cache(), p);
            case CACHE_TORN -> {
                copy(fixtures.cache(), p);
                try (Stream<Path> entries = Files.list(p)) {
                    for (Path runs : entries.map(e -> e.resolve("runs.csv")).filter(Files::isRegularFile).toList()) {
                        cut(runs, 7);
                    }
                }
            }
            default -> {
                copy(sweep, p);
                damage(p);
            }
        }
        return p;
    }

    private void damage(Path p) throws IOException {
        Path runs = p.resolve("runs.csv");
        switch (this) {
            case SWEEP_NO_MANIFEST -> Files.delete(p.resolve("manifest.json"));
            case SWEEP_BAD_MANIFEST -> Files.writeString(p.resolve("manifest.json"), "{\"status\": [1, ");
            case SWEEP_TORN_RUNS -> cut(runs, 7);
            case SWEEP_HEADER_ONLY -> Files.writeString(runs, Files.readAllLines(runs).get(0) + "\n");
            case SWEEP_EMPTY_RUNS -> Files.write(runs, new byte[0]);
            case SWEEP_NO_SERIES -> Files.delete(p.resolve("series.csv.gz"));
            case SWEEP_BAD_SERIES -> Files.writeString(p.resolve("series.csv.gz"), "not gzip\n");
            case SWEEP_TORN_SERIES -> cut(p.resolve("series.csv.gz"), 11);
            case SWEEP_BAD_SENSITIVITY -> {
                Path sensitivity = p.resolve("sensitivity.csv");
                List<String> lines = Files.readAllLines(sensitivity);
                Files.write(sensitivity, List.of(lines.get(0), lines.get(1).substring(0, lines.get(1).length() / 2),
                        "mu_star,x,y"));
            }
            default -> { }
        }
    }

    /** Cuts the last bytes off a file, as a crash in the middle of a write does. */
    private static void cut(Path file, int bytes) throws IOException {
        byte[] b = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(b, b.length - bytes));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
