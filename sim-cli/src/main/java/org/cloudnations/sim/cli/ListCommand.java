package org.cloudnations.sim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sim list}: the scenarios with one-line descriptions. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the scenarios.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Scenarios.catalog().all().stream().mapToInt(s -> s.name().length()).max().orElse(8);
        for (Scenario s : Scenarios.catalog().all()) {
            out.printf("%-" + width + "s  %s%n", s.name(), s.summary());
        }
        out.flush();
        return SimCli.OK;
    }
}
