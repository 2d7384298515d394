package org.cloudnations.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.junit.jupiter.api.Test;

class ListDescribeBenchTest {
    @Test
    void listShowsEveryScenarioWithSummary() {
        CliResult r = CliResult.run("list");
        assertEquals(0, r.code());
        for (Scenario s : Scenarios.catalog().all()) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(s.name()) + " +"
                    + java.util.regex.Pattern.quote(s.summary()))), r.out());
        }
    }

    @Test
    void describeDocumentsEveryParameterAndMetric() {
        CliResult r = CliResult.run("describe", "baseline");
        assertEquals(0, r.code(), r.err());
        Scenario s = Scenarios.get("baseline");
        for (ParameterSpec p : s.parameters().specs()) {
            assertTrue(r.out().contains(p.name()) && r.out().contains(p.description()), p.name());
        }
        s.model().metrics().forEach(m -> assertTrue(r.out().contains(m.name()), m.name()));
    }

    /** Issue 14: parameters grouped by the rule that declares them first, in rule order. */
    @Test
    void describeGroupsParametersByTheRuleThatDeclaresThem() {
        CliResult r = CliResult.run("describe", "world");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().map(String::strip).toList();
        int setup = lines.indexOf("[rule world-setup (phase init)]");
        int race = lines.indexOf("[rule ai-race (phase race)]");
        int choice = lines.indexOf("[rule world-choice (phase individuals)]");
        assertTrue(setup >= 0 && setup < race && race < choice, r.out());
        assertTrue(lines.get(setup + 1).startsWith("individuals "), lines.get(setup + 1));
        assertTrue(lines.get(race + 1).startsWith("ai_growth "), lines.get(race + 1));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("individuals ")).count(), "each parameter once");
        for (ParameterSpec p : Scenarios.get("world").parameters().specs()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(p.name() + " ")), p.name());
        }
    }

    @Test
    void describeCsvHasTheDocumentedHeaderAndOneRowPerParameter() {
        CliResult r = CliResult.run("describe", "baseline", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("name,type,default,min,max,unit,description", lines.get(0));
        assertEquals(Scenarios.get("baseline").parameters().specs().size() + 1, lines.size());
        assertEquals("tax_rate,double,0.3,0,0.9,1,\"tau_0, states' base tax rate on labour income\"",
                lines.stream().filter(l -> l.startsWith("tax_rate,")).findFirst().orElseThrow());
    }

    @Test
    void describeUnknownScenarioIsAUsageError() {
        CliResult r = CliResult.run("describe", "baseln");
        assertEquals(2, r.code());
        assertEquals("sim: unknown scenario 'baseln'; did you mean 'baseline'? Known: " + RunCommandTest.scenarioNames()
                + "\n", r.err());
    }

    @Test
    void benchPrintsEngineAndMasonRows() {
        CliResult r = CliResult.run("bench", "--sizes", "2000", "--threads", "1,2", "--budget", "20000",
                "--mason-budget", "4000", "--sweep-runs", "4", "--sweep-individuals", "200", "--sweep-ticks", "5",
                "--rounds", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Sweep throughput: baseline, 4 runs of 200 individuals x 5 ticks, --vary digital_access"),
                r.out());
        assertTrue(r.out().matches("(?s).*\\| 1 \\| [0-9.]+ \\| [0-9]+ \\| 1.00x \\|.*"), r.out());
        assertTrue(r.out().contains("- sweep throughput on 2 threads >= 1.8x of 1 thread: "), r.out());
        assertTrue(r.out().contains("| 2000 | cloudnations | 1 |"), r.out());
        assertTrue(r.out().contains("| 2000 | cloudnations | 2 |"), r.out());
        assertTrue(r.out().contains("| 2000 | MASON RandomSequence | 1 |"), r.out());
        assertTrue(r.out().contains("GC "), r.out());
    }

    @Test
    void benchRejectsAnOddNumberOfSweepRuns() {
        CliResult r = CliResult.run("bench", "--no-engine", "--sweep-runs", "3");
        assertEquals(2, r.code());
        assertEquals("sim: --sweep-runs: value 3 is not allowed; allowed: 0 (skip) or an even number from 2 to 1000000\n",
                r.err());
    }

    @Test
    void benchNamesABadSweepVaryBeforeMeasuring() {
        CliResult r = CliResult.run("bench", "--sweep-vary", "digital_acess=0:1");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("sim: --sweep-vary digital_acess=0:1: unknown parameter 'digital_acess'; "
                + "did you mean 'digital_access'?"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void benchRejectsBadSizes() {
        CliResult r = CliResult.run("bench", "--sizes", "lots");
        assertEquals(2, r.code());
        assertEquals("sim: --sizes: 'lots' is not a number; allowed: whole numbers from 1 to 50000000, e.g. 1e6\n",
                r.err());
    }
}
