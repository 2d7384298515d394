package org.cloudnations.sim.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.cloudnations.sim.engine.Provenance;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * A paper figure made again from its spec, for notebooks and scripts as for {@code sim figure}:
 *
 * <pre>{@code
 * FigureResult r = Figure.of(Path.of("figures/axelrod-table1.json")).testSize().render(Path.of("out"));
 * System.out.println(r.matches() + " " + r.files());
 * }</pre>
 *
 * <p>The figure's sweep is made in a cache folder named by the sweep's fingerprint (default
 * {@value #DEFAULT_CACHE}), or taken from it; a partial cache entry is resumed. {@link #verify()}
 * recomputes the sweep in a fresh folder instead. Immutable: every setter returns a new figure.
 */
public final class Figure {
    /** The cache folder when none is given. */
    public static final String DEFAULT_CACHE = ".figure-cache";
    private static final int DIFF_LINES = 5;
    private final FigureSpec spec;
    private final FigureSize size;
    private final Path cache;
    private final int threads;

    private Figure(FigureSpec spec, FigureSize size, Path cache, int threads) {
        this.spec = spec;
        this.size = size;
        this.cache = cache;
        this.threads = threads;
    }

    /**
     * Reads and checks a spec; its sweep is checked against the scenario when the figure is made.
     *
     * @param specFile a figure spec (JSON)
     * @return the figure, at paper size, cached in {@value #DEFAULT_CACHE}, on every processor
     * @throws ConfigurationException naming the file and the field when the spec is wrong
     */
    public static Figure of(Path specFile) {
        return new Figure(SpecReader.read(specFile), FigureSize.PAPER, Path.of(DEFAULT_CACHE),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param dir a folder of figure specs
     * @return the {@code *.json} files directly in it, by name
     * @throws ConfigurationException when the folder cannot be listed or holds no spec
     */
    public static List<Path> specs(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            if (out.isEmpty()) {
                throw new ConfigurationException(dir + ": holds no figure spec (*.json)");
            }
            return out;
        } catch (IOException e) {
            throw new ConfigurationException(dir + ": cannot list figure specs (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * @param s paper or test
     * @return this figure at that size
     */
    public Figure size(FigureSize s) {
        return new Figure(spec, Objects.requireNonNull(s, "size"), cache, threads);
    }

    /** @return this figure at its spec's test size */
    public Figure testSize() {
        return size(FigureSize.TEST);
    }

    /**
     * @param dir the cache folder; created when missing
     * @return this figure with that cache
     */
    public Figure cache(Path dir) {
        return new Figure(spec, size, Objects.requireNonNull(dir, "cache"), threads);
    }

    /**
     * @param k runs in parallel, 1 to 1024; the data do not depend on it
     * @return this figure with that many threads
     * @throws ConfigurationException when k is out of range
     */
    public Figure threads(int k) {
        if (k < 1 || k > 1024) {
            throw new ConfigurationException("--threads: value " + k + " is out of range; allowed: a whole number "
                    + "from 1 to 1024");
        }
        return new Figure(spec, size, cache, k);
    }

    /** @return the figure's id */
    public String id() {
        return spec.id();
    }

    /** @return the caption */
    public String caption() {
        return spec.caption();
    }

    /** @return the spec file */
    public Path file() {
        return spec.file();
    }

    /** @return the {@code sim sweep} arguments of the figure's sweep at this size */
    public String sweepArguments() {
        return spec.sweep(size).arguments();
    }

    private FigureJob job() {
        return FigureJob.prepare(spec, size);
    }

    /**
     * Checks the spec against its scenario and design at this size, without running or writing
     * anything: what {@link #render}, {@link #verify()} and {@link #updateChecksum()} check first.
     * {@code sim figure} checks every figure before it makes any, so that a mistake in the last spec
     * leaves no figure half made.
     *
     * @return this figure
     * @throws ConfigurationException naming the file and the field when the spec does not fit
     */
    public Figure check() {
        job();
        return this;
    }

    /**
     * Checks, without creating or running anything, that {@link #render} can write: the cache
     * folder, the output folder, and the figure's files in it (none of them a folder).
     *
     * @param outDir the output folder
     * @return this figure
     * @throws ConfigurationException naming the option and the path when one cannot be written
     */
    public Figure checkRender(Path outDir) {
        writableFolder("--cache", cache);
        writableFolder("--out", outDir);
        for (String name : fileNames()) {
            notAFolder("--out " + outDir, outDir.resolve(name));
        }
        return this;
    }

    /**
     * Checks, without creating or running anything, that {@link #updateChecksum()} can write: the
     * cache folder, the spec file and its data folder beside it.
     *
     * @return this figure
     * @throws ConfigurationException naming the path when one cannot be written
     */
    public Figure checkUpdate() {
        writableFolder("--cache", cache);
        Path data = spec.expectedData(size);
        writableFolder(spec.file() + ": the data folder", data.getParent());
        notAFolder(spec.file() + ": the data file", data);
        return this;
    }

    /** @return the names of the files {@link #render} writes: the images, the data, the provenance */
    private List<String> fileNames() {
        List<String> names = new ArrayList<>();
        spec.formats().forEach(f -> names.add(spec.id() + "." + f));
        names.add(spec.id() + ".csv");
        names.add(spec.id() + ".json");
        return names;
    }

    /** A folder that can be written: a writable folder, or missing below a writable folder. */
    private static void writableFolder(String what, Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null || !Files.isDirectory(p) || !Files.isWritable(p)) {
            throw new ConfigurationException(what + " " + dir + ": " + (p == null || Files.isDirectory(p)
                    ? "not a writable folder" : p + " is a file, not a folder") + "; give a folder that can be written");
        }
    }

    private static void notAFolder(String what, Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigurationException(what + ": " + file + " is a folder, not a file; move it away or give "
                    + "another folder");
        }
    }

    private Path cacheEntry(FigureJob job) {
        try {
            Files.createDirectories(cache);
        } catch (IOException | UnsupportedOperationException e) {
            throw new ConfigurationException("--cache " + cache + ": cannot create the cache folder ("
                    + e.getClass().getSimpleName() + "); give a folder that can be written");
        }
        if (!Files.isDirectory(cache) || !Files.isWritable(cache)) {
            throw new ConfigurationException("--cache " + cache + ": not a writable folder; give a folder that can be "
                    + "written");
        }
        return cache.resolve(entryName(job));
    }

    /**
     * @param job a figure at one size
     * @return the name of its sweep's cache entry: {@code SCENARIO-FINGERPRINT}
     */
    static String entryName(FigureJob job) {
        return job.sweep().scenario() + "-" + job.sweep().fingerprint();
    }

    private static SweepAdapter.Outcome run(FigureJob job, Path dir, int threads) throws IOException {
        SweepAdapter.Outcome o = job.sweep().run(dir, threads, (done, total, failed) -> { });
        if (o.failed() > 0) {
            throw new IllegalStateException("figure " + job.spec().id() + ": " + o.failed() + " of " + o.runs()
                    + " runs failed (first: " + o.firstFailure() + "); see " + dir.resolve("runs.csv"));
        }
        return o;
    }

    /**
     * Makes the figure's data (from the cache when it holds them) and writes the figure's images,
     * its data as CSV and a provenance JSON into {@code outDir}: {@code ID.svg}, {@code ID.pdf},
     * {@code ID.png} (those the spec asks for), {@code ID.csv}, {@code ID.json}.
     *
     * @param outDir the output folder; created when missing
     * @return what was made
     * @throws ConfigurationException when the spec does not fit its scenario or a folder cannot be written
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public FigureResult render(Path outDir) {
        try {
            FigureJob job = job();
            checkRender(outDir);
            Path entry = cacheEntry(job);
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                throw new ConfigurationException("--out " + outDir + ": cannot create the output folder ("
                        + e.getClass().getSimpleName() + "); give a folder that can be written");
            }
            SweepAdapter.Outcome o = run(job, entry, threads);
            FigureData data = job.compute(entry);
            Drawing drawing = FigureCharts.draw(job, data);
            List<Path> files = new ArrayList<>();
            for (String format : spec.formats()) {
                Path f = outDir.resolve(spec.id() + "." + format);
                byte[] bytes = switch (format) {
                    case "svg" -> FigureFiles.svg(drawing, spec.widthCm(), spec.heightCm(), spec.id());
                    case "pdf" -> FigureFiles.pdf(drawing, spec.widthCm(), spec.heightCm());
                    default -> FigureFiles.png(drawing, spec.widthCm(), spec.heightCm());
                };
                FigureFiles.write(f, bytes);
                files.add(f);
            }
            Path csv = outDir.resolve(spec.id() + ".csv");
            FigureFiles.write(csv, data.bytes());
            files.add(csv);
            String sha = data.sha256();
            Path json = outDir.resolve(spec.id() + ".json");
            FigureFiles.write(json, provenance(job, data, sha, files).getBytes(StandardCharsets.UTF_8));
            files.add(json);
            return new FigureResult(spec.id(), size, o.runs(), o.ran(), sha, spec.sha256(size), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String provenance(FigureJob job, FigureData data, String sha, List<Path> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", spec.id());
        m.put("caption", spec.caption());
        m.put("spec", spec.file().toString());
        m.put("spec_sha256", spec.specSha256());
        m.put("size", size.label());
        m.put("sweep", "sim sweep " + spec.sweep(size).arguments());
        m.put("sweep_fingerprint", job.sweep().fingerprint());
        m.put("runs", (double) job.sweep().runs());
        m.put("data_sha256", sha);
        m.put("expected_sha256", spec.sha256(size));
        m.put("data_matches_spec", sha.equals(spec.sha256(size)));
        if (data.map() != null) {
            m.put("claim", RobustnessChart.summary(spec.claim(), data.map()));
        }
        m.put("library_version", Provenance.libraryVersion());
        m.put("git_commit", Provenance.gitCommit());
        m.put("java_version", Provenance.javaVersion());
        m.put("files", files.stream().map(p -> p.getFileName().toString()).toList());
        return JsonText.write(m);
    }

    /**
     * Recomputes the figure's sweep in a fresh temporary folder (never from the cache) and checks
     * its data against the spec's checksum at this size.
     *
     * @return the checksums and, when they differ, a short diff against the expected data file
     * @throws ConfigurationException when the spec does not fit its scenario
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public Verification verify() {
        FigureJob job = job();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("sim-figure-");
            Path dir = tmp.resolve("sweep");
            run(job, dir, threads);
            FigureData data = job.compute(dir);
            String sha = data.sha256();
            String expected = spec.sha256(size);
            List<String> diff = sha.equals(expected) ? List.of() : diff(data);
            return new Verification(spec.id(), size, expected, sha, diff);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(tmp);
        }
    }

    private List<String> diff(FigureData data) throws IOException {
        Path expectedFile = spec.expectedData(size);
        List<String> out = new ArrayList<>();
        if (spec.sha256(size) == null) {
            out.add("the spec has no checksum at " + size.label() + " size; record one with --update-checksums");
            return out;
        }
        if (!Files.isRegularFile(expectedFile)) {
            out.add("no expected data file " + expectedFile + " to compare rows with");
            return out;
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        List<String> actual = data.csv().lines().toList();
        int shown = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < DIFF_LINES; i++) {
            String e = i < expected.size() ? expected.get(i) : null;
            String a = i < actual.size() ? actual.get(i) : null;
            if (!Objects.equals(e, a)) {
                out.add("line " + (i + 1) + ": expected " + (e == null ? "(none)" : e) + " | got " + (a == null ? "(none)" : a));
                shown++;
            }
        }
        if (expected.size() != actual.size()) {
            out.add("rows: expected " + (expected.size() - 1) + ", got " + (actual.size() - 1));
        } else if (shown == 0) {
            out.add("the rows equal " + expectedFile + ", whose checksum is not the spec's: run --update-checksums");
        }
        return out;
    }

    /**
     * Makes the data (from the cache) and records them as the spec's expectation at this size: the
     * checksum in the spec file ({@code data_sha256}, or {@code test.data_sha256}) and the data in
     * {@code data/ID.csv} or {@code data/ID.test.csv} beside it.
     *
     * @return the new checksum
     * @throws ConfigurationException when the spec does not fit its scenario
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public String updateChecksum() {
        try {
            FigureJob job = job();
            checkUpdate();
            Path entry = cacheEntry(job);
            run(job, entry, threads);
            FigureData data = job.compute(entry);
            String sha = data.sha256();
            Path expected = spec.expectedData(size);
            Files.createDirectories(expected.getParent());
            FigureFiles.write(expected, data.bytes());
            Map<String, Object> raw = SpecReader.raw(spec.file());
            if (size == FigureSize.PAPER) {
                raw.put("data_sha256", sha);
            } else {
                Object t = raw.get("test");
                @SuppressWarnings("unchecked")
                Map<String, Object> test = t instanceof Map<?, ?> ? (Map<String, Object>) t : new LinkedHashMap<>();
                test.put("data_sha256", sha);
                raw.put("test", test);
            }
            FigureFiles.write(spec.file(), JsonText.write(raw).getBytes(StandardCharsets.UTF_8));
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
