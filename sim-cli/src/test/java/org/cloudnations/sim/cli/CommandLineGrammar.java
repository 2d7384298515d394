package org.cloudnations.sim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParamType;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.scenario.Scenario;
import org.cloudnations.sim.scenarios.Scenarios;
import org.cloudnations.sim.sweep.design.DesignKind;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A grammar of {@code sim} command lines for the fuzz tests: the option names come from picocli's
 * {@link CommandSpec} of each command, scenario, parameter and metric names from the scenario
 * catalogue, and every value is drawn from a mix of valid values (kept tiny, so that a run takes
 * milliseconds) and malformed pieces (empty, unicode, huge, NaN, negative, one-element lists,
 * repeated options, stray tokens).
 *
 * <p>Folders are written as placeholders ({@link FuzzFolder}) that {@link CliOracle} turns into
 * real paths, fresh for every try.
 */
final class CommandLineGrammar {
    /**
     * The commands the fuzzer drives, each with what it leaves behind on success. Adding a command
     * (e.g. {@code sim figure}) is one line here.
     */
    static final List<FuzzedCommand> COMMANDS = List.of(
            new FuzzedCommand("run", CommandOutput.RUN_FOLDER),
            new FuzzedCommand("sweep", CommandOutput.SWEEP_FOLDER),
            new FuzzedCommand("describe", CommandOutput.NOTHING),
            new FuzzedCommand("chart", CommandOutput.CHARTS_FOLDER),
            new FuzzedCommand("figure", CommandOutput.FIGURE_FILES));

    /** The parameter that sets the population: always fixed small first, so that a run is tiny. */
    static final String POPULATION = "individuals";

    private static final List<String> SCENARIOS = Scenarios.catalog().all().stream().map(Scenario::name).toList();

    private static final List<String> JUNK = List.of("", " ", "-", "--", "ünïcødé", "\u0000", "🚀", "名前", "a b",
            "\t", "'", "\"", "$HOME", "%s", "--x", "-Z", "null");

    private CommandLineGrammar() {
    }

    /**
     * A command of {@code sim} and how to check its success.
     *
     * @param name the subcommand's name
     * @param output what an exit 0 or 3 must leave behind
     */
    record FuzzedCommand(String name, CommandOutput output) {
        /** @return the command's picocli model: its real option names, types and labels */
        CommandSpec spec() {
            return new CommandLine(new SimCli()).getSubcommands().get(name).getCommandSpec();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** @return a whole command line of any of {@link #COMMANDS} */
    static Arbitrary<List<String>> commandLines() {
        return Arbitraries.of(COMMANDS).flatMap(c -> Arbitraries.of(true, false).flatMap(clean -> commandLine(c, clean)));
    }

    /**
     * @param command a command
     * @param clean true for valid values only (the option combinations may still be refused), so that
     *              half the tries reach the runs; false to mix malformed pieces in
     * @return its command lines
     */
    static Arbitrary<List<String>> commandLine(FuzzedCommand command, boolean clean) {
        return scenarioName(clean).flatMap(scenario -> body(command, scenario, clean).map(rest -> {
            List<String> args = new ArrayList<>();
            args.add(command.name());
            args.addAll(rest);
            return args;
        }));
    }

    /** A scenario name as the user may type it; null leaves the positional out. */
    private static Arbitrary<String> scenarioName(boolean clean) {
        if (clean) {
            return Arbitraries.oneOf(Arbitraries.of(SCENARIOS), Arbitraries.just((String) null));
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(SCENARIOS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(SCENARIOS).map(s -> s.substring(1))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(SCENARIOS).map(String::toUpperCase)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(JUNK)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just((String) null)));
    }

    private static Scenario scenarioOrBaseline(String name) {
        return name != null && SCENARIOS.contains(name) ? Scenarios.get(name) : Scenarios.get(Scenarios.DEFAULT);
    }

    private static Arbitrary<List<String>> body(FuzzedCommand command, String scenarioName, boolean clean) {
        CommandSpec spec = command.spec();
        Scenario scenario = scenarioOrBaseline(scenarioName);
        List<Arbitrary<List<String>>> pieces = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            Arbitrary<String> value = "SCENARIO".equals(p.paramLabel()) ? Arbitraries.just(scenarioName)
                    : argValue(p, scenario, clean);
            pieces.add(p.arity().max() > 1 ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of())),
                    net.jqwik.api.Tuple.of(6, value.list().ofMinSize(1).ofMaxSize(3)))
                    : value.map(v -> v == null ? List.of() : List.of(v)));
        }
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue; // help and version print and exit 0; they are not inputs to check
            }
            pieces.add(option(o, scenario, clean));
        }
        Arbitrary<List<List<String>>> chosen = Combinators.combine(pieces).as(ArrayList::new);
        Arbitrary<List<String>> stray = stray(spec, command.output().ownFolders().keySet()).list().ofMaxSize(clean ? 0 : 2).map(l -> l.stream().flatMap(List::stream)
                .toList());
        boolean tiny = command.output() == CommandOutput.RUN_FOLDER || command.output() == CommandOutput.SWEEP_FOLDER;
        List<String> size = tiny && scenario.parameters().specs().stream().anyMatch(s -> s.name().equals(POPULATION))
                ? List.of("-P", POPULATION + "=20") : List.of();
        return Combinators.combine(chosen, stray, Arbitraries.integers().between(0, 1 << 20)).as((opts, junk, shuffle) -> {
            List<List<String>> order = new ArrayList<>(opts);
            java.util.Collections.shuffle(order.subList(spec.positionalParameters().size(), order.size()),
                    new java.util.Random(shuffle));
            List<String> out = new ArrayList<>(size);
            order.forEach(out::addAll);
            if (!junk.isEmpty()) {
                out.addAll(shuffle % (out.size() + 1), junk);
            }
            command.output().ownFolders().forEach((option, folder) -> {
                if (out.stream().noneMatch(a -> a.equals(option) || a.startsWith(option + "="))) {
                    out.addAll(List.of(option, folder.token())); // never into the working directory
                }
            });
            return out;
        });
    }

    /**
     * Pieces that belong to no option: unknown options, an option's name without its value, junk.
     * Never the name of an option whose default is in the working directory (with a stray value it
     * would write there).
     */
    private static Arbitrary<List<String>> stray(CommandSpec spec, Set<String> ownFolders) {
        List<String> names = spec.options().stream().flatMap(o -> java.util.Arrays.stream(o.names()))
                .filter(n -> !ownFolders.contains(n)).toList();
        return Arbitraries.oneOf(
                Arbitraries.of(names).map(List::of),
                Arbitraries.of(names).map(n -> List.of(n.toUpperCase())),
                Arbitraries.of(names).map(n -> List.of(n + "=")),
                Arbitraries.of(JUNK).map(List::of));
    }

    /** An option: absent (most often), once, or repeated; a flag's piece is its name alone. */
    private static Arbitrary<List<String>> option(OptionSpec o, Scenario scenario, boolean clean) {
        Arbitrary<List<String>> once;
        if (o.arity().max() == 0) {
            once = Arbitraries.of(o.names()).map(List::of);
        } else {
            once = Combinators.combine(Arbitraries.of(o.names()), argValue(o, scenario, clean), Arbitraries.of(true, false))
                    .as((n, v, attached) -> attached && n.startsWith("--") ? List.of(n + "=" + v) : List.of(n, v));
        }
        boolean required = o.required();
        boolean repeatable = o.isMultiValue();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(required ? clean ? 0 : 1 : clean ? 8 : 6, Arbitraries.just(List.<String>of())),
                net.jqwik.api.Tuple.of(required ? 20 : clean ? 2 : 4, once),
                net.jqwik.api.Tuple.of(repeatable ? 3 : clean ? 0 : 1, once.list().ofMinSize(2).ofMaxSize(3)
                        .map(l -> l.stream().flatMap(List::stream).toList())));
    }

    private static Arbitrary<String> argValue(ArgSpec o, Scenario scenario, boolean clean) {
        String label = o.paramLabel();
        Class<?> type = o.type();
        if (label.startsWith("NAME=LO:HI")) {
            return vary(scenario.parameters(), clean);
        }
        if (label.equals("NAME=VALUE")) {
            return assignment(scenario.parameters(), clean);
        }
        if (label.startsWith("NAME=VALUE[,")) { // --arm: one or two assignments
            Arbitrary<String> one = assignment(scenario.parameters(), clean);
            return Arbitraries.oneOf(one, Combinators.combine(one, one).as((a, b) -> a + "," + b));
        }
        if (label.equals("DESIGN")) {
            List<String> designs = java.util.Arrays.stream(DesignKind.values()).map(DesignKind::label).toList();
            return validOr(clean, Arbitraries.of(designs), Arbitraries.oneOf(
                    Arbitraries.of(designs).map(String::toUpperCase), Arbitraries.of(designs).map(d -> d.substring(1)),
                    Arbitraries.of(JUNK)));
        }
        if (label.equals("SPEC")) {
            return specFile(clean);
        }
        if (label.equals("DIR")) {
            String option = o instanceof OptionSpec os ? os.command().name() + " " + os.longestName() : "";
            return switch (option) {
                case "figure --out" -> figureFolder(clean, FuzzFolder.NEW, FuzzFolder.NEW_UNICODE, FuzzFolder.NOT_EMPTY,
                        FuzzFolder.OUT_BLOCKED);
                case "figure --figures" -> figureFolder(clean, FuzzFolder.FIGURES, FuzzFolder.FIGURES,
                        FuzzFolder.FIGURES_WITH_A_BAD_SPEC, FuzzFolder.FIGURES_DATA_IS_A_FILE);
                case "figure --cache" -> figureFolder(clean, FuzzFolder.NEW, FuzzFolder.CACHE, FuzzFolder.CACHE_TORN);
                default -> folder(clean);
            };
        }
        if (label.equals("NAME")) {
            List<String> metrics = scenario.model().metrics().stream().map(MetricSpec::name).toList();
            return validOr(clean, Arbitraries.of(metrics), Arbitraries.oneOf(
                    Arbitraries.of(metrics).map(m -> m + "x"), Arbitraries.of(JUNK)));
        }
        if (type.isEnum()) {
            List<String> constants = java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
            return validOr(clean, Arbitraries.of(constants), Arbitraries.oneOf(
                    Arbitraries.of(constants).map(String::toUpperCase), Arbitraries.of(JUNK)));
        }
        if (type == long.class || type == Long.class) {
            return validOr(clean, Arbitraries.longs().map(String::valueOf), Arbitraries.of("0", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                            "NaN", "1e3", "", "٣"));
        }
        if (type == int.class || type == Integer.class) {
            return count(clean);
        }
        return Arbitraries.oneOf(Arbitraries.of(JUNK), Arbitraries.strings().ofMaxLength(8)); // not met yet
    }

    /** A whole number option (ticks, threads, replicates, samples, levels...): small, or malformed. */
    static Arbitrary<String> count(boolean clean) {
        return validOr(clean, Arbitraries.integers().between(1, 4).map(String::valueOf), Arbitraries.of("0", "-1", "", " 2", "+2", "2.0", "NaN", "1e3", "0x2",
                        "٣", "２", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "100001",
                        "10000001"));
    }

    /** A {@code --vary} argument: a range or a list of the scenario's parameters, or a malformed one. */
    static Arbitrary<String> vary(ParameterRegistry registry, boolean clean) {
        Arbitrary<String> name = parameterName(registry);
        Arbitrary<ParameterSpec> varied = clean ? parameter(registry).filter(p -> !p.name().equals(POPULATION))
                : parameter(registry);
        Arbitrary<String> wellFormed = varied.flatMap(p -> {
            Arbitrary<String> v = value(p, clean);
            Arbitrary<String> range = ends(v, clean).map(e -> e.get(0) + ":" + e.get(1));
            Arbitrary<String> rangeLevels = Combinators.combine(ends(v, clean), levels(clean))
                    .as((e, n) -> e.get(0) + ":" + e.get(1) + ":" + n);
            net.jqwik.api.arbitraries.ListArbitrary<String> values = v.list().ofMinSize(1).ofMaxSize(3);
            Arbitrary<String> list = (clean ? values.uniqueElements() : values).map(l -> String.join(",", l));
            boolean rangeAllowed = !clean || p.type() == ParamType.INT || p.type() == ParamType.DOUBLE;
            return (rangeAllowed ? Arbitraries.oneOf(range, rangeLevels, list, list) : list).map(body -> p.name() + "=" + body);
        });
        Arbitrary<String> malformed = Combinators.combine(name, Arbitraries.of("", ":", "1:", ":1", "0:1:2:3", "1,,2",
                ",", "0:1,2", "0.1:0.9:", "0.2:0.2", "0.9:0.1")).as((n, b) -> n + "=" + b);
        return validOr(clean, wellFormed, Arbitraries.oneOf(malformed, name, Arbitraries.of(JUNK)));
    }

    /** The two ends of a range: on a clean line two different values, the lower first. */
    private static Arbitrary<List<String>> ends(Arbitrary<String> value, boolean clean) {
        if (!clean) {
            return value.list().ofSize(2);
        }
        return value.list().ofSize(2).uniqueElements().map(l -> l.stream()
                .sorted(java.util.Comparator.comparingDouble(Double::parseDouble)).toList());
    }

    private static Arbitrary<String> levels(boolean clean) {
        return validOr(clean, Arbitraries.integers().between(1, 4).map(String::valueOf), Arbitraries.of("0", "-2", "", "x", "100001", "2147483648", "3.0", "٣"));
    }

    /** A {@code -P} argument: a parameter of the scenario set to a valid or malformed value. */
    static Arbitrary<String> assignment(ParameterRegistry registry, boolean clean) {
        Arbitrary<String> wellFormed = parameter(registry).flatMap(p -> value(p, clean).map(v -> p.name() + "=" + v));
        return validOr(clean, wellFormed, Arbitraries.oneOf(parameterName(registry),
                parameterName(registry).map(n -> n + "="), Arbitraries.of(JUNK).map(j -> j + "=1")));
    }

    private static Arbitrary<ParameterSpec> parameter(ParameterRegistry registry) {
        return Arbitraries.of(registry.specs());
    }

    private static Arbitrary<String> parameterName(ParameterRegistry registry) {
        List<String> names = registry.specs().stream().map(ParameterSpec::name).toList();
        return Arbitraries.oneOf(Arbitraries.of(names), Arbitraries.of(names).map(n -> n.substring(1)),
                Arbitraries.of(names).map(String::toUpperCase), Arbitraries.of(JUNK));
    }

    /**
     * A value of a parameter: one of its valid values (for whole numbers only the small ones, so that
     * populations, grids and loops stay tiny), or a malformed or out-of-range one.
     *
     * @param p the parameter
     * @return its values
     */
    static Arbitrary<String> value(ParameterSpec p, boolean clean) {
        Set<String> valid = new java.util.LinkedHashSet<>();
        List<String> invalid = new ArrayList<>(List.of("", " ", "NaN", "ünï", "٣"));
        switch (p.type()) {
            case INT -> {
                long min = (long) p.min();
                long max = (long) p.max();
                for (long v = min; v <= Math.min(max, min + 2); v++) {
                    valid.add(Long.toString(v));
                }
                if (max <= 100) {
                    valid.add(Long.toString(max));
                }
                if (Long.parseLong(p.defaultValue()) <= 1000) {
                    valid.add(p.defaultValue());
                }
                invalid.addAll(List.of(Long.toString(min - 1), Long.toString(max + 1), "1.5", "1e3", "9223372036854775808",
                        "-9223372036854775809", "99999999999999999999999"));
            }
            case DOUBLE -> {
                valid.addAll(List.of(text(p.min()), text(p.max()), p.defaultValue(), text((p.min() + p.max()) / 2)));
                invalid.addAll(List.of("Infinity", "-Infinity", "1e400", "-1e400", text(p.min() - 1), text(p.max() + 1),
                        "0x1p-2", "1,5", "4.9e-324", "-0.0", "1e-400"));
            }
            case BOOLEAN -> {
                valid.addAll(List.of("true", "false"));
                invalid.addAll(List.of("TRUE", "yes", "1", "tru"));
            }
            case CHOICE -> {
                valid.addAll(p.choices());
                invalid.addAll(p.choices().stream().map(c -> c.toUpperCase() + "x").toList());
            }
            default -> throw new IllegalStateException("unknown type " + p.type());
        }
        return validOr(clean, Arbitraries.of(List.copyOf(valid)), Arbitraries.of(invalid));
    }

    private static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * A figure spec file: a valid one (tiny sweeps) or a damaged one, and on a line that is not
     * clean also a folder or junk. (A damaged file is a well-formed command line: the spec reader
     * sees it only when the options are right.)
     */
    private static Arbitrary<String> specFile(boolean clean) {
        Arbitrary<String> valid = Arbitraries.of(FuzzSpec.VALID).map(FuzzSpec::token);
        if (clean) {
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, valid),
                    net.jqwik.api.Tuple.of(2, Arbitraries.of(FuzzSpec.values()).map(FuzzSpec::token)));
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, valid),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(FuzzSpec.values()).map(FuzzSpec::token)),
                net.jqwik.api.Tuple.of(1, folder(false)), net.jqwik.api.Tuple.of(1, Arbitraries.of(JUNK)));
    }

    /**
     * A folder of {@code sim figure}: mostly the ones it is meant for, and on clean lines too a plain
     * file, a path below one, an empty folder or a complete sweep (a well-formed line in a wrong
     * place: the command sees them only when the options are right).
     */
    private static Arbitrary<String> figureFolder(boolean clean, FuzzFolder... meant) {
        Arbitrary<FuzzFolder> wrong = Arbitraries.of(FuzzFolder.FILE, FuzzFolder.BELOW_FILE, FuzzFolder.EMPTY,
                FuzzFolder.SWEEP, FuzzFolder.NEW_NESTED);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of(meant)),
                net.jqwik.api.Tuple.of(1, wrong), net.jqwik.api.Tuple.of(clean ? 0 : 1, Arbitraries.of(FuzzFolder.values())))
                .map(FuzzFolder::token);
    }

    /** A folder argument, as a placeholder the oracle resolves for each try. */
    private static Arbitrary<String> folder(boolean clean) {
        List<FuzzFolder> usable = List.of(FuzzFolder.NEW, FuzzFolder.NEW_UNICODE, FuzzFolder.NEW_NESTED, FuzzFolder.EMPTY,
                FuzzFolder.SWEEP);
        return validOr(clean, Arbitraries.of(usable), Arbitraries.of(FuzzFolder.values())).map(FuzzFolder::token);
    }

    /** Valid values only on a clean line; else mostly valid ones, one in five malformed. */
    private static <T> Arbitrary<T> validOr(boolean clean, Arbitrary<T> valid, Arbitrary<T> malformed) {
        return clean ? valid : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(1, malformed));
    }
}
