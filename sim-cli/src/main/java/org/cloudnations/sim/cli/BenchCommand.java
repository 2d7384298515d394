package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cloudnations.sim.bench.ModelBenchmark;
import org.cloudnations.sim.bench.ModelBenchmark.Measurement;
import org.cloudnations.sim.bench.RuleProfile;
import org.cloudnations.sim.bench.SweepThroughput;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sim bench}: ns per individual-step and bytes per individual of the baseline rule set
 * (column storage of its individuals table; heap growth for the MASON way), on 1 and more threads,
 * next to the same rules run the MASON way, timed in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark a scenario's full tick against the same rules run the MASON way (one Steppable per individual in a RandomSequence).",
            "Prints a Markdown table: ns per individual-step, bytes per individual, speed-ups."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = Scenarios.SWEEP_DEFAULT, paramLabel = "NAME",
            description = "Scenario to time (default: ${DEFAULT-VALUE}).")
    String scenarioName;

    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000,10000000", paramLabel = "N",
            description = "Population sizes (default: ${DEFAULT-VALUE}; 1e6 notation allowed).")
    List<String> sizes;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", paramLabel = "K",
            description = "Thread counts for the engine (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--budget", defaultValue = "1e8", paramLabel = "STEPS",
            description = "Individual-steps timed per engine measurement (default: ${DEFAULT-VALUE}); ticks = max(5, STEPS/N).")
    double budget;

    @Option(names = "--mason-budget", defaultValue = "1e7", paramLabel = "STEPS",
            description = "Individual-steps timed for the MASON baseline (default: ${DEFAULT-VALUE}); ticks = max(2, STEPS/N).")
    double masonBudget;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "R",
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

    @Option(names = "--no-engine", description = "Skip the per-step tables (engine and MASON way); only the sweep throughput.")
    boolean noEngine;

    @Option(names = "--sweep-runs", defaultValue = "300", paramLabel = "R",
            description = "Runs of each sweep-throughput measurement, an even number; 0 skips it (default: ${DEFAULT-VALUE}).")
    int sweepRuns;

    @Option(names = "--sweep-individuals", defaultValue = "10000", paramLabel = "N",
            description = "Individuals per run of the throughput sweep (default: ${DEFAULT-VALUE}).")
    int sweepIndividuals;

    @Option(names = "--sweep-ticks", defaultValue = "100", paramLabel = "T",
            description = "Ticks per run of the throughput sweep (default: ${DEFAULT-VALUE}).")
    int sweepTicks;

    @Option(names = "--sweep-vary", paramLabel = "NAME=LO:HI",
            description = "Parameter the throughput sweep varies (default: digital_access, else the scenario's first real parameter).")
    String sweepVary;

    @Option(names = "--target-sweep-speedup", defaultValue = "1.8", paramLabel = "X",
            description = "Target: sweep throughput on 2 threads over 1 (default: ${DEFAULT-VALUE}).")
    double targetSweepSpeedup;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the tables to this Markdown file.")
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
        if (sweepRuns != 0 && (sweepRuns < 2 || sweepRuns % 2 != 0 || sweepRuns > 1_000_000)) {
            throw new ConfigurationException("--sweep-runs: value " + sweepRuns
                    + " is not allowed; allowed: 0 (skip) or an even number from 2 to 1000000");
        }
        if (sweepRuns > 0) {
            scenario.parameters().resolve(Map.of("individuals", Integer.toString(sweepIndividuals)));
            if (sweepTicks < 1) {
                throw new ConfigurationException("--sweep-ticks: value " + sweepTicks + " is out of range; allowed: 1 or more");
            }
        }
        String vary = sweepRuns > 0 ? (sweepVary != null ? sweepVary : SweepThroughput.defaultVary(scenario)) : null;
        if (vary != null) {
            try { // a bad --sweep-vary fails now, not after the tables
                SweepThroughput.parseVary(scenario, vary, 2);
            } catch (ConfigurationException e) {
                String why = e.getMessage();
                throw new ConfigurationException("--sweep-vary " + vary + ": " + why.substring(why.indexOf(": ") + 2));
            }
        }
        StringBuilder md = new StringBuilder();
        String env = ModelBenchmark.environment();
        md.append("Command: ./sim ").append(String.join(" ", spec.commandLine().getParseResult().originalArgs()))
                .append('\n').append(env).append("\n\n");
        stdout.print(md);
        stdout.flush();
        List<String> checks = new ArrayList<>();
        if (!noEngine) {
            engineTables(scenario, ns, md, checks, stdout);
            profileTable(scenario, ns, md, stdout);
        }
        if (vary != null) {
            sweepTable(scenario, vary, md, checks, stdout);
        }
        if (!checks.isEmpty()) {
            emit(md, stdout, "\n");
            for (String c : checks) {
                emit(md, stdout, "- " + c + "\n");
            }
        }
        stdout.flush();
        if (out != null) {
            Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        }
        return SimCli.OK;
    }

    /** Sweep throughput on each thread count, best of --rounds alternating rounds, after a warm-up sweep. */
    private void sweepTable(Scenario scenario, String vary, StringBuilder md, List<String> checks, PrintWriter stdout) {
        String head = String.format(Locale.ROOT, "%nSweep throughput: %s, %d runs of %d individuals x %d ticks, --vary %s, "
                + "series of every tick written (best of %d rounds after a warm-up sweep)%n%n"
                + "| threads | seconds | runs per minute | speed-up vs 1 thread |%n|---:|---:|---:|---:|%n",
                scenario.name(), sweepRuns, sweepIndividuals, sweepTicks, vary, rounds);
        emit(md, stdout, head);
        int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        // the per-step tables leave up to a GiB of garbage (the 10^7 MASON baseline): collect it
        // now, not concurrently with the sweeps on the second vCPU
        ModelBenchmark.usedHeapAfterGc();
        SweepThroughput.warmUp(scenario, vary, sweepIndividuals, sweepTicks, Math.max(20, sweepRuns / 5 / 2 * 2), most);
        SweepThroughput.Measurement[] best = new SweepThroughput.Measurement[threads.size()];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < threads.size(); j++) {
                SweepThroughput.Measurement m = SweepThroughput.measure(scenario, vary, sweepIndividuals, sweepTicks,
                        sweepRuns, threads.get(j), seed);
                if (best[j] == null || m.seconds() < best[j].seconds()) {
                    best[j] = m;
                }
            }
        }
        SweepThroughput.Measurement single = null;
        for (SweepThroughput.Measurement m : best) {
            if (m.threads() == 1) {
                single = m;
            }
        }
        for (SweepThroughput.Measurement m : best) {
            String line = String.format(Locale.ROOT, "| %d | %.2f | %.0f | %s |%n", m.threads(), m.seconds(),
                    m.runsPerMinute(), single == null ? "" : String.format(Locale.ROOT, "%.2fx",
                            m.runsPerMinute() / single.runsPerMinute()));
            emit(md, stdout, line);
            if (single != null && m.threads() == 2) {
                double x = m.runsPerMinute() / single.runsPerMinute();
                checks.add(check("sweep throughput on 2 threads >= " + targetSweepSpeedup + "x of 1 thread",
                        x >= targetSweepSpeedup, x));
            }
        }
    }

    /** The per-step tables: every size on every thread count, and the MASON way. */
    private void engineTables(Scenario scenario, List<Integer> ns, StringBuilder md, List<String> checks,
                              PrintWriter stdout) {
        StringBuilder table = new StringBuilder();
        table.append("| individuals | implementation | threads | ticks timed | ns per individual-step | bytes per individual | speed-up vs 1 thread | speed-up vs MASON |\n");
        table.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        emit(md, stdout, table.toString());
        // Warm-up: let the JIT compile both implementations before anything is timed.
        int warmN = Math.min(200_000, ns.stream().mapToInt(Integer::intValue).max().orElse(1));
        int warmTicks = (int) Math.max(5, Math.min(200, budget / warmN));
        for (int k : threads) {
            ModelBenchmark.engine(scenario, warmN, k, warmTicks, warmTicks, seed);
        }
        if (!noMason) {
            ModelBenchmark.mason(scenario, warmN, 2, Math.max(2, warmTicks / 10), seed);
        }
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
                emit(md, stdout, line);
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
    }

    /**
     * Where the tick goes, for rule sets: each rule's share of the rule time and the serial share of
     * the tick, at every size on 1 thread and on the largest thread count, with Amdahl's bound on
     * the speed-up that the one-thread serial share allows.
     */
    private void profileTable(Scenario scenario, List<Integer> ns, StringBuilder md, PrintWriter stdout) {
        int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        boolean header = false;
        for (int n : ns) {
            int ticks = (int) Math.max(5, Math.round(budget / n / 2));
            RuleProfile.Profile one = RuleProfile.of(scenario, n, 1, Math.max(2, ticks / 5), ticks, seed);
            if (one == null) {
                return;
            }
            RuleProfile.Profile many = most == 1 ? null
                    : RuleProfile.of(scenario, n, most, Math.max(2, ticks / 5), ticks, seed);
            if (!header) {
                StringBuilder h = new StringBuilder("\nWhere the tick goes (rule time: thread time of each rule, "
                        + "timed per chunk; serial: wall time outside the parallel loop):\n\n| individuals | threads | "
                        + "ns per tick per individual | serial share | Amdahl bound at " + most + " threads |");
                StringBuilder sep = new StringBuilder("|---:|---:|---:|---:|---:|");
                for (String rule : one.ruleShares().keySet()) {
                    h.append(' ').append(rule).append(" |");
                    sep.append("---:|");
                }
                emit(md, stdout, h.append('\n').append(sep).append('\n').toString());
                header = true;
            }
            for (RuleProfile.Profile p : many == null ? List.of(one) : List.of(one, many)) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f%% | %s |",
                        p.individuals(), p.threads(), p.wallNsPerTick() / p.individuals(), 100 * p.serialShare(),
                        p.threads() == 1 ? String.format(Locale.ROOT, "%.2fx",
                                RuleProfile.amdahl(p.serialShare(), most)) : ""));
                for (double share : p.ruleShares().values()) {
                    line.append(String.format(Locale.ROOT, " %.1f%% |", 100 * share));
                }
                emit(md, stdout, line.append('\n').toString());
            }
        }
    }

    /** Prints text at once (long work follows) and keeps it for --out. */
    private static void emit(StringBuilder md, PrintWriter stdout, String text) {
        md.append(text);
        stdout.print(text);
        stdout.flush();
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
