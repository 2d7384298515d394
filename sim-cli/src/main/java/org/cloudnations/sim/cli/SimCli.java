package org.cloudnations.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import org.cloudnations.sim.engine.Provenance;
import org.cloudnations.sim.engine.InvariantViolationException;
import org.cloudnations.sim.param.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sim} command. Errors a user can cause print one line to standard error and exit 2;
 * bugs print a stack trace and exit 1.
 */
@Command(name = "sim", mixinStandardHelpOptions = true, versionProvider = SimCli.Version.class,
        description = "Agent-based simulation of nation-states versus cloud communities.",
        subcommands = {RunCommand.class, ListCommand.class, DescribeCommand.class, BenchCommand.class, SweepCommand.class, ChartCommand.class,
            FigureCommand.class})
public final class SimCli implements Runnable {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a bug. */
    public static final int SOFTWARE_ERROR = 1;
    /** Exit code for a user error. */
    public static final int USAGE_ERROR = 2;
    /** Exit code for a problem of the machine, not of the input: the disk or quota is full. */
    public static final int ENVIRONMENT_ERROR = 4;
    /** Exit code of {@code sim sweep merge} when runs of the sweep are missing. */
    public static final int INCOMPLETE = 5;
    /**
     * Exit code of a run in the checking mode ({@code --check}) whose model failed an invariant:
     * a failure of the model under legal input, reported in one line naming rule, tick and invariant.
     */
    public static final int MODEL_FAILURE = 6;

    @Spec
    CommandSpec spec;

    /**
     * Entry point.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(out, err, args));
    }

    /**
     * Runs the command with the given streams; used by {@link #main} and by tests.
     *
     * @param out standard output
     * @param err standard error
     * @param args arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        if (System.getProperty("picocli.trace") == null) {
            // picocli's own warnings (e.g. "Unbalanced quotes" for -P '"=1') went to System.err beside the one line
            CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
        }
        CommandLine cl = new CommandLine(new SimCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            StringBuilder msg = new StringBuilder(e.getMessage().replace('\n', ' ').trim());
            if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                msg.append("; did you mean ").append(String.join(" or ", u.getSuggestions())).append('?');
            }
            err.println("sim: " + msg + " (see 'sim " + commandPath(e.getCommandLine()) + "--help')");
            err.flush();
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> report(e, err));
        return cl.execute(args);
    }

    /**
     * Reports an exception a command threw and chooses the exit code: a {@link ConfigurationException}
     * is a user error (2), an {@link InvariantViolationException} a model failure in the checking
     * mode (6), a full disk an environment error (4), anything else a bug (1, with a stack trace).
     *
     * @param e what the command threw
     * @param err where the message goes
     * @return the exit code
     */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof ConfigurationException ce) {
            err.println("sim: " + ce.render(SimCli::flag));
            err.flush();
            return USAGE_ERROR;
        }
        if (e instanceof InvariantViolationException iv) {
            err.println("sim: the model failed a check: " + iv.getMessage() + " (no results were written)");
            err.flush();
            return MODEL_FAILURE;
        }
        String full = diskFull(e);
        if (full != null) {
            err.println("sim: " + full + "; complete results are kept: free space, then run the same command "
                    + "with --resume");
            err.flush();
            return ENVIRONMENT_ERROR;
        }
        err.println("sim: internal error (a bug; please report it with the command line):");
        e.printStackTrace(err);
        err.flush();
        return SOFTWARE_ERROR;
    }

    /**
     * The command line's name of a setting a library message names as a field: {@code -P} for
     * {@code set}, otherwise the option {@code --field-name}.
     *
     * @param field a field, e.g. {@code series_every}
     * @return its flag, e.g. {@code --series-every}
     */
    static String flag(String field) {
        return "set".equals(field) ? "-P" : "--" + field.replace('_', '-');
    }

    /**
     * @param e an exception
     * @return a one-line description when it, or a cause, is a full disk or quota, else null
     */
    static String diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof IOException && m != null && (m.contains("No space left on device")
                    || m.contains("Disk quota exceeded"))) {
                String file = t instanceof FileSystemException f && f.getFile() != null ? " writing " + f.getFile() : "";
                return "the disk is full (" + (m.contains("quota") ? "Disk quota exceeded" : "No space left on device")
                        + ")" + file;
            }
        }
        return null;
    }

    private static String commandPath(CommandLine cl) {
        String q = cl.getCommandSpec().qualifiedName(" ");
        return q.startsWith("sim") ? q.substring(3).trim() + (q.length() > 3 ? " " : "") : "";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the library version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String commit = Provenance.gitCommit();
            return new String[] {"sim " + Provenance.libraryVersion() + (commit == null ? "" : " (" + commit + ")"),
                "Java " + Provenance.javaVersion()};
        }
    }
}
