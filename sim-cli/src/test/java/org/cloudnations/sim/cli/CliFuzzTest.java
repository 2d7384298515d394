package org.cloudnations.sim.cli;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.cloudnations.sim.cli.CommandLineGrammar.FuzzedCommand;

/**
 * Grammar-based fuzz test of the {@code sim} commands ({@link CommandLineGrammar#COMMANDS}): command
 * lines built from the real option, scenario and parameter names mixed with malformed pieces, run
 * in-process and checked by {@link CliOracle}. The number of tries is jqwik's
 * {@code jqwik.tries.default} (src/test/resources/junit-platform.properties; override with
 * {@code -Djqwik.tries.default=N}, see docs/cli.md). A shrunk failure becomes a named case in
 * {@link CliFuzzRegressionTest}. With {@code -Dsim.fuzz.refusals=true} the report also counts the
 * one-line refusals the tries reached (digits and folders masked).
 */
class CliFuzzTest {
    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void everyCommandLineIsAnsweredAsDocumented(@ForAll("commandLines") List<String> tokens) throws IOException {
        answeredAsDocumented(tokens);
    }

    /**
     * {@code sim figure} alone, for a longer search of its specs and folders:
     * {@code -Dtest='CliFuzzTest#everyFigureCommandLine*' -Djqwik.tries.default=3000} (docs/cli.md).
     */
    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void everyFigureCommandLineIsAnsweredAsDocumented(@ForAll("figureCommandLines") List<String> tokens)
            throws IOException {
        answeredAsDocumented(tokens);
    }

    private static void answeredAsDocumented(List<String> tokens) throws IOException {
        FuzzedCommand command = CommandLineGrammar.COMMANDS.stream().filter(c -> c.name().equals(tokens.get(0)))
                .findFirst().orElseThrow();
        CliResult r = CliOracle.check(command, tokens);
        Statistics.label("command and exit code").collect(command.name(), r.code());
        if (r.code() >= 2 && Boolean.getBoolean("sim.fuzz.refusals")) { // which refusals the tries reached
            String e = r.err().strip().replaceAll("/tmp/\\S*/", "DIR/").replaceAll("[0-9]", "#");
            Statistics.label("refusals").collect(command.name() + " " + e.substring(0, Math.min(80, e.length())));
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        return CommandLineGrammar.commandLines();
    }

    @Provide
    Arbitrary<List<String>> figureCommandLines() {
        FuzzedCommand figure = CommandLineGrammar.COMMANDS.stream().filter(c -> c.name().equals("figure")).findFirst()
                .orElseThrow();
        return Arbitraries.of(true, false).flatMap(clean -> CommandLineGrammar.commandLine(figure, clean));
    }
}
