package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.design.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sim sweep --check} (issue 18): every run in the checking mode; the first failed invariant in
 * run-id order stops the sweep with one line naming the run, its point and seed, the tick, the rule
 * and the invariant, exit 6; the runs before it stay complete, and {@code --resume} (with or without
 * {@code --check}) continues the same sweep, whose fingerprint does not include {@code --check}.
 */
class SweepCheckTest {
    @TempDir
    Path tmp;

    /**
     * A rule that credits {@code leak} more tax to state 0 than anyone paid: the exit model's income
     * account breaks (sim-scenarios' tests have the same rule, {@code reliability.TaxLeak}).
     */
    private static final class TaxLeak implements Rule {
        @Override
        public String name() {
            return "tax-leak";
        }

        @Override
        public String phase() {
            return "accounts";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.real("leak", 0.0, 0.0, 10.0, "income", "test",
                    "tax credited to state 0 that nobody paid"));
        }

        @Override
        public RuleStep bind(Assembly a) {
            double leak = a.parameters().getDouble("leak");
            double[] tax = a.table("states").doubles("tax_revenue");
            return context -> tax[0] += leak;
        }
    }

    static final Scenario LEAKY = Scenarios.get("exit").withRule("leaky-exit", "exit with a tax leak", new TaxLeak());

    @BeforeEach
    void addTheLeakyScenario() {
        SweepCommand.scenarios = name -> name.equals("leaky-exit") ? LEAKY : Scenarios.get(name);
    }

    @AfterEach
    void removeIt() {
        SweepCommand.scenarios = Scenarios::get;
    }

    private CliResult sweep(Path out, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of("sweep", "leaky-exit", "--vary", "leak=0,1", "--replicates",
                "3", "--ticks", "3", "-P", "individuals=300", "--threads", "2", "--no-chart", "--out", out.toString()));
        a.addAll(List.of(extra));
        return CliResult.run(a.toArray(String[]::new));
    }

    @Test
    void theFirstFailedCheckStopsTheSweepInOneLineAndResumeContinuesIt() throws IOException {
        Path out = tmp.resolve("checked");
        CliResult r = sweep(out, "--check");
        assertEquals(SimCli.MODEL_FAILURE, r.code(), r.err());
        long seed = Seeds.run(1, 1, 0);
        assertEquals("sim: the model failed a check: invariant violated in run 3 (point 1: leak=1.0; replicate 0, seed "
                + seed + ") at tick 0: rule exit-choice: net income + taxes credited to the home states = gross income "
                + "(to 1e-9 of the largest term plus 2^-24 per tallied value); the runs before it are complete in "
                + out + " (--resume continues the sweep)\n", r.err());
        List<String> kept = SweepCommandTest.rows(out);
        assertEquals(4, kept.size(), "header and runs 0 to 2, the runs before the failed one");

        Path plain = tmp.resolve("plain");
        assertEquals(0, sweep(plain).code());
        List<String> all = SweepCommandTest.rows(plain);
        assertEquals(all.subList(0, 4), kept, "checking changes no result");

        CliResult again = sweep(out, "--check", "--resume");
        assertEquals(SimCli.MODEL_FAILURE, again.code(), again.err());
        assertEquals(r.err(), again.err(), "the same run fails the same check");
        assertEquals(kept, SweepCommandTest.rows(out), "nothing written twice");

        CliResult resumed = sweep(out, "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("3 runs done now, 3 already complete, 0 failed"), resumed.out());
        assertEquals(all, SweepCommandTest.rows(out), "resumed without --check: the uninterrupted sweep");
    }

    @Test
    void aSweepStartedWithoutCheckResumesWithItAndTheSlurmTasksCheckToo() throws IOException {
        Path out = tmp.resolve("later");
        CliResult first = CliResult.run("sweep", "exit", "--vary", "moving_cost=0.1,0.3", "--ticks", "3", "-P",
                "individuals=300", "--no-chart", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        CliResult checked = CliResult.run("sweep", "exit", "--vary", "moving_cost=0.1,0.3", "--ticks", "3", "-P",
                "individuals=300", "--no-chart", "--check", "--resume", "--out", out.toString());
        assertEquals(0, checked.code(), checked.err());
        assertTrue(checked.out().contains("0 runs done now, 2 already complete"), checked.out());

        Path job = tmp.resolve("job");
        CliResult slurm = CliResult.run("sweep", "exit", "--vary", "moving_cost=0.1,0.3", "--check", "--slurm", "2",
                "--out", job.toString());
        assertEquals(0, slurm.code(), slurm.err());
        assertTrue(java.nio.file.Files.readString(job.resolve("slurm/array.sbatch")).contains(" --check"),
                "the shard tasks run with --check");
    }
}
