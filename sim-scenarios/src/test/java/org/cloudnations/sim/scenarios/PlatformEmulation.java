package org.cloudnations.sim.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cloudnations.sim.api.Simulation;
import org.cloudnations.sim.api.Sweep;
import org.cloudnations.sim.scenario.Scenario;

/**
 * The runs that {@link PlatformEmulationTest} makes twice, once in the test's own JVM and once in
 * a child JVM that emulates another platform: one short run of every scenario of the catalogue
 * {@link Scenarios#catalog()}, so that a scenario added later is covered without editing this
 * class.
 *
 * <p>The same holds for the sweep engine and the sensitivity statistics: {@link #SWEEPS} are two
 * small sweeps whose {@code sensitivity.csv} (Sobol indices and Morris effects with bootstrap
 * intervals) and {@code runs.csv} are compared too.
 *
 * <p>The child JVM starts {@link #main} with the folder to write into; it writes one
 * {@code <scenario>.csv} per run, the bytes {@code ./sim run} would write as {@code metrics.csv},
 * and one sweep folder per entry of {@link #SWEEPS}.
 */
final class PlatformEmulation {
    /** Population of the runs, small enough that all scenarios take seconds. */
    static final int INDIVIDUALS = 2_000;
    /** Ticks per run: long enough for every rule to act, feedback included. */
    static final int TICKS = 30;
    /** Seed of every run. */
    static final long SEED = 7;
    /** Threads of every run (the bytes do not depend on it; two exercise the parallel phase). */
    static final int THREADS = 2;

    /**
     * HotSpot options of the emulated platform: the JIT's CPU-specific math intrinsics off, so
     * {@code java.lang.Math}'s transcendental functions fall back to their fdlibm (StrictMath)
     * code as on a JVM or CPU without such intrinsics, and only the C1 compiler, so that the hot
     * loops are compiled by another compiler than in the test's JVM. The names are those HotSpot
     * 17 accepts (it refuses to start on an unknown one). {@code -Xint} or C1 alone would not do:
     * on x86-64 the interpreter and C1 call the same math stubs as C2, and with the code before
     * issue 22 they gave the normal run's bytes, while disabling the intrinsics did not.
     */
    static final List<String> EMULATION_OPTIONS = List.of("-XX:+UnlockDiagnosticVMOptions",
            "-XX:DisableIntrinsic=_dexp,_dlog,_dlog10,_dpow,_dsin,_dcos,_dtan",
            "-XX:TieredStopAtLevel=1");

    /**
     * The sweeps, by folder name: a Sobol (Saltelli) design on an AI-economy scenario, whose
     * rules call exp, log1p and pow, and a Morris design on a governance scenario, each with the
     * bootstrap intervals of {@code sensitivity.csv}.
     */
    static final Map<String, Sweep> SWEEPS = Map.of(
            "sobol-value-paradox", Simulation.of("value-paradox").set("individuals", 1_000L).ticks(20).seed(SEED)
                    .sweep().range("automation_reach", 0.05, 0.4).range("data_dividend", 0.0, 0.5)
                    .design("sobol").samples(6),
            "morris-risk-pool", Simulation.of("risk-pool").set("individuals", 1_000L).ticks(20).seed(SEED)
                    .sweep().range("pool_tax", 0.0, 0.1).range("state_size_exponent", 0.5, 2.0)
                    .design("morris").samples(4));

    private PlatformEmulation() {
    }

    /** @return one run per scenario of the catalogue, in catalogue order */
    static List<GoldenRuns.Case> cases() {
        return Scenarios.catalog().all().stream().map(PlatformEmulation::caseOf).toList();
    }

    private static GoldenRuns.Case caseOf(Scenario s) {
        int individuals = s.parameters().names().contains("individuals") ? INDIVIDUALS : 0;
        return new GoldenRuns.Case(s.name(), individuals, SEED, TICKS, THREADS);
    }

    /**
     * Writes every run's metrics into a folder; the entry point of the child JVM.
     *
     * @param args the folder to write {@code <scenario>.csv} files into (it must exist)
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        for (GoldenRuns.Case c : cases()) {
            Files.writeString(folder.resolve(c.file()), c.run(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, Sweep> e : SWEEPS.entrySet()) {
            e.getValue().writeTo(folder.resolve(e.getKey()), THREADS);
        }
    }
}
