package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cloudnations.sim.bench.ModelBenchmark;
import org.cloudnations.sim.bench.ModelBenchmark.Measurement;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sim bench}: ns per individual-step and heap bytes per individual of the baseline rule
 * set, on 1 and more threads, next to the same rules written the MASON way, timed in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark a scenario's full tick against the same rules run the MASON way (one Steppable per individual in a RandomSequence).",
            "Prints a Markdown table: ns per individual-step, bytes per individual, speed-ups."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = Scenarios.DEFAULT, paramLabel = "NAME",
            description = "Scenario to time (default: ${DEFAULT-VALUE}).")
    String scenarioName;

    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000,10000000", paramLabel = "N",
            description = "Population sizes (default: ${DEFAULT-VALUE}; 1e6 notation allowed).")
    List<String> sizes;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", paramLabel = "K",
            description = "Thread counts for the engine (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--budget", defaultValue = "5e7", paramLabel = "STEPS",
            description = "Individual-steps timed per engine measurement (default: ${DEFAULT-VALUE}); ticks = max(5, STEPS/N).")
    double budget;

    @Option(names = "--mason-budget", defaultValue = "1e7", paramLabel = "STEPS",
            description = "Individual-steps timed for the MASON baseline (default: ${DEFAULT-VALUE}); ticks = max(2, STEPS/N).")
    double masonBudget;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R",
            description = "Measure every configuration R times, alternating them, and keep each one's best round "
                    + "(default: ${DEFAULT-VALUE}); guards against JIT and neighbour noise.")
    int rounds;

    @Option(names = "--no-mason", description = "Skip the MASON baseline.")
    boolean noMason;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--target-ns", defaultValue = "30", paramLabel = "NS",
            description = "Target: ns per individual-step on 1 thread at 10^6 and 10^7 (default: ${DEFAULT-VALUE}).")
    double targetNs;

    @Option(names = "--target-speedup", defaultValue = "1.7", paramLabel = "X",
            description = "Target: speed-up on 2 threads over 1 (default: ${DEFAULT-VALUE}).")
    double targetSpeedup;

    @Option(names = "--target-vs-mason", defaultValue = "10", paramLabel = "X",
            description = "Target: speed-up over the MASON way at 10^6 (default: ${DEFAULT-VALUE}).")
    double targetVsMason;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to this Markdown file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario scenario = Scenarios.get(scenarioName);
        List<Integer> ns = new ArrayList<>();
        for (String s : sizes) {
            ns.add(parseSize(s));
        }
        for (int k : threads) {
            if (k < 1 || k > 1024) {
                throw new ConfigurationException("--threads: value " + k + " is out of range; allowed: 1 to 1024");
            }
        }
        if (rounds < 1 || rounds > 100) {
            throw new ConfigurationException("--rounds: value " + rounds + " is out of range; allowed: 1 to 100");
        }
        if (!(budget >= 1) || !(masonBudget >= 1)) {
            throw new ConfigurationException("--budget and --mason-budget must be at least 1 individual-step");
        }
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(parent) || !Files.isWritable(parent)) {
                throw new ConfigurationException("cannot write " + out + ": its folder does not exist or is not writable");
            }
        }
        StringBuilder md = new StringBuilder();
        String env = ModelBenchmark.environment();
        md.append("Command: ./sim ").append(String.join(" ", spec.commandLine().getParseResult().originalArgs()))
                .append('\n').append(env).append("\n\n");
        md.append("| individuals | implementation | threads | ticks timed | ns per individual-step | bytes per individual | speed-up vs 1 thread | speed-up vs MASON |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        stdout.print(md);
        stdout.flush();
        // Warm-up: let the JIT compile both implementations before anything is timed.
        int warmN = Math.min(200_000, ns.stream().mapToInt(Integer::intValue).max().orElse(1));
        int warmTicks = (int) Math.max(5, Math.min(200, budget / warmN));
        for (int k : threads) {
            ModelBenchmark.engine(scenario, warmN, k, warmTicks, warmTicks, seed);
        }
        if (!noMason) {
            ModelBenchmark.mason(scenario, warmN, 2, Math.max(2, warmTicks / 10), seed);
        }
        List<String> checks = new ArrayList<>();
        for (int n : ns) {
            int ticks = (int) Math.max(5, Math.round(budget / n));
            int masonTicks = (int) Math.max(2, Math.round(masonBudget / n));
            Measurement mason = null;
            Measurement[] best = new Measurement[threads.size()];
            for (int r = 0; r < rounds; r++) {
                for (int j = 0; j < threads.size(); j++) {
                    best[j] = faster(best[j], ModelBenchmark.engine(scenario, n, threads.get(j),
                            Math.max(2, ticks / 5), ticks, seed));
                }
                if (!noMason && (r == 0 || n <= 1_000_000)) {
                    mason = faster(mason, ModelBenchmark.mason(scenario, n, Math.max(1, masonTicks / 2), masonTicks,
                            seed));
                }
            }
            Measurement single = null;
            List<Measurement> rows = new ArrayList<>(List.of(best));
            for (Measurement m : best) {
                if (m.threads() == 1) {
                    single = m;
                }
            }
            if (mason != null) {
                rows.add(mason);
            }
            for (Measurement m : rows) {
                String line = String.format(Locale.ROOT, "| %d | %s | %d | %d | %.1f | %.1f | %s | %s |%n",
                        m.individuals(), m.implementation(), m.threads(), m.ticks(), m.nsPerIndividualStep(),
                        m.bytesPerIndividual(),
                        single == null || m == mason ? "" : String.format(Locale.ROOT, "%.2fx",
                                single.nsPerIndividualStep() / m.nsPerIndividualStep()),
                        mason == null || m == mason ? "" : String.format(Locale.ROOT, "%.1fx",
                                mason.nsPerIndividualStep() / m.nsPerIndividualStep()));
                md.append(line);
                stdout.print(line);
                stdout.flush();
            }
            if ((n == 1_000_000 || n == 10_000_000) && single != null) {
                checks.add(check("ns per individual-step on 1 thread at " + n + " <= " + targetNs,
                        single.nsPerIndividualStep() <= targetNs, single.nsPerIndividualStep()));
                for (Measurement m : rows) {
                    if (m.threads() == 2 && m != mason) {
                        double s = single.nsPerIndividualStep() / m.nsPerIndividualStep();
                        checks.add(check("speed-up on 2 threads at " + n + " >= " + targetSpeedup, s >= targetSpeedup, s));
                    }
                }
                if (mason != null && n == 1_000_000) {
                    double s = mason.nsPerIndividualStep() / single.nsPerIndividualStep();
                    checks.add(check("speed-up over the MASON way on 1 thread at 10^6 >= " + targetVsMason,
                            s >= targetVsMason, s));
                }
            }
            for (Measurement m : rows) {
                if (m != mason && m.threads() == 1) {
                    checks.add(check("bytes per individual at " + n + " <= 64", m.bytesPerIndividual() <= 64,
                            m.bytesPerIndividual()));
                }
            }
        }
        if (!checks.isEmpty()) {
            md.append('\n');
            stdout.println();
            for (String c : checks) {
                md.append("- ").append(c).append('\n');
                stdout.println("- " + c);
            }
        }
        stdout.flush();
        if (out != null) {
            Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        }
        return SimCli.OK;
    }

    private static Measurement faster(Measurement a, Measurement b) {
        return a == null || b.nsPerIndividualStep() < a.nsPerIndividualStep() ? b : a;
    }

    private static String check(String what, boolean ok, double value) {
        return String.format(Locale.ROOT, "%s: %s (measured %.2f)", what, ok ? "met" : "NOT met", value);
    }

    static int parseSize(String s) {
        double d;
        try {
            d = Double.parseDouble(s.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("--sizes: '" + s + "' is not a number; allowed: whole numbers from 1 to 50000000, e.g. 1e6");
        }
        if (!(d >= 1 && d <= 50_000_000) || d != Math.rint(d)) {
            throw new ConfigurationException("--sizes: '" + s + "' is out of range; allowed: whole numbers from 1 to 50000000");
        }
        return (int) d;
    }
}
