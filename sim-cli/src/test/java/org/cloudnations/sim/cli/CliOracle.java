package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cloudnations.sim.cli.CommandLineGrammar.FuzzedCommand;

/**
 * Runs one command line in-process, in a folder of its own, and checks the promises of
 * docs/cli.md: the exit code is 0, 2 or 3 (3 for {@code sim sweep} only), never 1; an exit 2 prints
 * exactly one line on standard error, without a stack trace, and changes no file; an exit 0 or 3
 * changes files only inside the command's output folder, and leaves that folder complete.
 */
final class CliOracle {
    /** The longest a fuzzed command may take: a hang is a finding too. */
    static final long TIMEOUT_SECONDS = 120;
    private static final Pattern TOKEN = Pattern.compile("@[A-Z][A-Z0-9_]*");
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cli-fuzz");
        t.setDaemon(true);
        return t;
    });
    private static Path root;
    private static FuzzFolder.Fixtures fixtures;

    private CliOracle() {
    }

    /**
     * Runs and checks one command line.
     *
     * @param command the command
     * @param tokens the command line, with {@link FuzzFolder} tokens for folders
     * @return the exit code and what the command printed (with folders as they were in the try)
     * @throws IOException when the try's folder cannot be made or read
     */
    static CliResult check(FuzzedCommand command, List<String> tokens) throws IOException {
        fixtures();
        Path tryDir = Files.createTempDirectory(root, "try-");
        try {
            List<String> args = resolve(tokens, tryDir);
            Map<String, Integer> before = snapshot(tryDir);
            List<String> workingDirectory = list(Path.of(""));
            CliResult r = run(args);
            String what = "sim " + String.join(" ", args) + "\nexit " + r.code() + "\nstdout:\n" + r.out() + "\nstderr:\n"
                    + r.err();
            assertTrue(r.code() == 0 || r.code() == 2 || r.code() == 3 || r.code() == FigureCommand.DATA_DIFFER,
                    "exit 0, 2, 3 or 4; never 1:\n" + what);
            assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), "no stack trace:\n" + what);
            Map<String, Integer> after = snapshot(tryDir);
            assertEquals(workingDirectory, list(Path.of("")), "nothing is written into the working directory:\n" + what);
            if (r.code() == 2 || r.code() == FigureCommand.DATA_DIFFER) {
                assertEquals(1, r.err().lines().count(), "exit " + r.code() + " prints one line:\n" + what);
                assertTrue(r.err().startsWith("sim: ") && r.err().endsWith("\n"), "one line 'sim: ...':\n" + what);
                assertEquals(before, after, "exit " + r.code() + " changes no file and leaves no folder:\n" + what);
            }
            if (r.code() == 2) {
                return r;
            }
            if (r.code() == 3) {
                assertEquals(CommandOutput.SWEEP_FOLDER, command.output(), "exit 3 is for sim sweep only:\n" + what);
            }
            if (r.code() == FigureCommand.DATA_DIFFER) {
                assertTrue(command.output() == CommandOutput.FIGURE_FILES
                        && CommandOutput.flag(args, "--verify"),
                        "exit 4 is for sim figure --verify only:\n" + what);
            }
            List<Path> targets = command.output().targets(args);
            List<String> inside = new ArrayList<>();
            for (Path target : targets) {
                inside.add(tryDir.toRealPath().relativize(realParent(target)).resolve(target.getFileName()).toString());
            }
            for (String f : union(before, after)) {
                boolean createdParent = inside.stream().anyMatch(i -> i.startsWith(f + "/")) && !before.containsKey(f);
                if (!java.util.Objects.equals(before.get(f), after.get(f)) && !createdParent) {
                    assertTrue(inside.stream().anyMatch(i -> f.equals(i) || f.startsWith(i + "/")),
                            "exit " + r.code() + " changes only its output folders " + inside + ", not " + f + ":\n"
                                    + what);
                }
            }
            command.output().checkComplete(targets, args, r);
            if (r.code() == 0 && !targets.isEmpty() && command.output() == CommandOutput.SWEEP_FOLDER) {
                assertTrue(r.out().contains(", 0 failed,"), "exit 0: no run failed:\n" + what);
            }
            return r;
        } finally {
            deleteTree(tryDir);
        }
    }

    /**
     * Runs the command; what anything writes straight to {@code System.err} or {@code System.out}
     * (a library's warning) is counted as standard error, as a terminal would show it.
     */
    private static CliResult run(List<String> args) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        Future<CliResult> f = EXECUTOR.submit(() -> CliResult.run(args.toArray(String[]::new)));
        try {
            CliResult r = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new CliResult(r.code(), r.out(), stray.toString(StandardCharsets.UTF_8) + r.err());
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("took more than " + TIMEOUT_SECONDS + " s: sim " + String.join(" ", args));
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("sim " + String.join(" ", args), e);
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    /** The real path of a path's parent folder, or of the nearest one that exists. */
    private static Path realParent(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        return Files.exists(parent) ? parent.toRealPath() : realParent(parent).resolve(parent.getFileName());
    }

    /** Replaces every folder token by a path made for this try (the same path for the same token). */
    private static List<String> resolve(List<String> tokens, Path tryDir) throws IOException {
        Map<String, Path> made = new HashMap<>();
        List<String> args = new ArrayList<>();
        for (String t : tokens) {
            Matcher m = TOKEN.matcher(t);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                FuzzFolder f = FuzzFolder.of(m.group());
                FuzzSpec spec = FuzzSpec.of(m.group());
                String path = m.group();
                if (f != null || spec != null) {
                    Path p = made.get(m.group());
                    if (p == null) {
                        p = f != null ? f.make(tryDir, fixtures) : spec.make(tryDir, fixtures);
                        made.put(m.group(), p);
                    }
                    path = p.toString();
                }
                m.appendReplacement(b, Matcher.quoteReplacement(path));
            }
            m.appendTail(b);
            args.add(b.toString());
        }
        return args;
    }

    /** Every file and folder below {@code dir}, with a hash of each file's bytes (-1 for a folder). */
    private static Map<String, Integer> snapshot(Path dir) throws IOException {
        Map<String, Integer> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.equals(dir)) {
                    files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? -1
                            : Arrays.hashCode(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    /** The names in a folder, sorted. */
    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.toAbsolutePath())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<String> union(Map<String, Integer> a, Map<String, Integer> b) {
        TreeMap<String, Integer> all = new TreeMap<>(a);
        all.putAll(b);
        return new ArrayList<>(all.keySet());
    }

    /**
     * Makes, once, the complete sweep and run folders that tries copy, and a folder of valid figure
     * specs with their checksums and data at both sizes, with the figure cache that made them.
     */
    private static synchronized void fixtures() throws IOException {
        if (root != null) {
            return;
        }
        Path r = Files.createTempDirectory("sim-cli-fuzz-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deleteTree(r);
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }));
        Path sweep = r.resolve("fixture-sweep");
        Path run = r.resolve("fixture-run");
        CliResult s = CliResult.run("sweep", "baseline", "--vary", "digital_access=0.2:0.8", "--vary", "tax_rate=0.1:0.4",
                "--design", "morris", "--samples", "2", "--replicates", "2", "--ticks", "3", "-P", "individuals=20",
                "--no-chart", "--threads", "1", "--bootstrap", "20", "--out", sweep.toString());
        assertEquals(0, s.code(), s.err());
        CliResult u = CliResult.run("run", "baseline", "--ticks", "3", "-P", "individuals=20", "--no-chart",
                "--threads", "1", "--out", run.toString());
        assertEquals(0, u.code(), u.err());
        Path figures = Files.createDirectories(r.resolve("fixture-figures"));
        Path cache = r.resolve("fixture-cache");
        for (FuzzSpec spec : FuzzSpec.VALID) {
            Files.write(figures.resolve(spec.fileName()), spec.bytes());
        }
        for (String size : List.of("--update-checksums", "--test-size")) {
            List<String> args = new ArrayList<>(List.of("figure", "--all", "--figures", figures.toString(), "--cache",
                    cache.toString(), "--threads", "1", "--update-checksums"));
            if (size.equals("--test-size")) {
                args.add(size);
            }
            CliResult f = CliResult.run(args.toArray(String[]::new));
            assertEquals(0, f.code(), f.out() + f.err());
        }
        fixtures = new FuzzFolder.Fixtures(sweep, run, figures, cache);
        root = r;
    }
}
