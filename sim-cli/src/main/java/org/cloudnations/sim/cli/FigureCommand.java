package org.cloudnations.sim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cloudnations.sim.figure.Figure;
import org.cloudnations.sim.figure.FigureResult;
import org.cloudnations.sim.figure.FigureSize;
import org.cloudnations.sim.figure.Verification;
import org.cloudnations.sim.param.ConfigurationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sim figure}: paper figures made again from their specs (SVG, PDF, PNG, data CSV and
 * provenance JSON), checked against their data's checksum with {@code --verify} (exit code
 * {@value #DATA_DIFFER} when any differs).
 */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Make paper figures from their specs (figures/*.json): each figure's sweep (or the cached one),",
            "then OUT/ID.svg, .pdf, .png, the plotted data OUT/ID.csv and a provenance OUT/ID.json.",
            "--verify recomputes the data and exits 4 when they differ from the spec's checksum."})
final class FigureCommand implements Callable<Integer> {
    /** Exit code when {@code --verify} finds data that differ from a spec's checksum. */
    static final int DATA_DIFFER = 4;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", arity = "0..*", description = "Figure spec files (JSON).")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--all", description = "Every spec (*.json) in the figures folder (see --figures).")
    boolean all;

    @Option(names = "--figures", defaultValue = "figures", paramLabel = "DIR",
            description = "The folder of specs that --all takes (default: ${DEFAULT-VALUE}).")
    Path figures;

    @Option(names = "--out", defaultValue = "figures-out", paramLabel = "DIR",
            description = "Where figures are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", defaultValue = Figure.DEFAULT_CACHE, paramLabel = "DIR",
            description = "Sweep results by fingerprint, reused and resumed (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--verify", description = "Recompute each figure's data (not from the cache) and compare with the spec's checksum.")
    boolean verify;

    @Option(names = "--update-checksums", description = "Record each figure's data checksum in its spec (and the data in data/ beside it).")
    boolean update;

    @Option(names = "--test-size", description = "Use each spec's smaller test sweep and its checksum.")
    boolean testSize;

    @Option(names = "--threads", paramLabel = "K",
            description = "Runs in parallel (default: available processors). The data do not depend on it.")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (verify && update) {
            throw new ConfigurationException("--verify and --update-checksums exclude each other; give one");
        }
        if (all == !specs.isEmpty()) {
            throw new ConfigurationException(all ? "give spec files or --all, not both"
                    : "give spec files (figures/*.json) or --all");
        }
        List<Path> files = all ? Figure.specs(figures) : specs;
        FigureSize size = testSize ? FigureSize.TEST : FigureSize.PAPER;
        List<Figure> chosen = new ArrayList<>();
        for (Path f : files) {
            Figure fig = Figure.of(f).size(size).cache(cache);
            chosen.add((threads == null ? fig : fig.threads(threads)).check()); // every spec before any figure
        }
        for (Figure fig : chosen) { // and every folder and file it writes
            if (update) {
                fig.checkUpdate();
            } else if (!verify) {
                fig.checkRender(out);
            }
        }
        int differ = 0;
        long t0 = System.nanoTime();
        for (Figure fig : chosen) {
            long t1 = System.nanoTime();
            if (verify) {
                Verification v = fig.verify();
                if (v.ok()) {
                    stdout.printf(Locale.ROOT, "ok %s (%s size): data sha256 %s (%.1f s)%n", v.id(), size.label(),
                            v.actualSha256().substring(0, 16), seconds(t1));
                } else {
                    differ++;
                    stdout.printf(Locale.ROOT, "DIFFERS %s (%s size, %s): data sha256 %s, the spec expects %s%n",
                            v.id(), size.label(), fig.file(), v.actualSha256().substring(0, 16),
                            v.expectedSha256() == null ? "none" : v.expectedSha256().substring(0, 16));
                    v.diff().forEach(d -> stdout.println("  " + d));
                }
            } else if (update) {
                String sha = fig.updateChecksum();
                stdout.printf(Locale.ROOT, "%s (%s size): recorded data sha256 %s in %s (%.1f s)%n", fig.id(),
                        size.label(), sha.substring(0, 16), fig.file(), seconds(t1));
            } else {
                FigureResult r = fig.render(out);
                stdout.printf(Locale.ROOT, "%s (%s size): %d runs (%d made now, %d from the cache), data sha256 %s %s "
                                + "(%.1f s)%n", r.id(), size.label(), r.runs(), r.ranNow(), r.runs() - r.ranNow(),
                        r.dataSha256().substring(0, 16), r.matches() ? "matches the spec"
                                : "differs from the spec's (see --verify)", seconds(t1));
                stdout.println("  wrote " + String.join(", ", r.files().stream().map(Path::toString).toList()));
            }
            stdout.flush();
        }
        stdout.printf(Locale.ROOT, "%d figures, %.1f s%n", chosen.size(), seconds(t0));
        stdout.flush();
        if (differ > 0) {
            stderr.println("sim: " + differ + " of " + chosen.size() + " figures differ from their checksums");
            stderr.flush();
            return DATA_DIFFER;
        }
        return SimCli.OK;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
