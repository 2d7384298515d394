package org.cloudnations.sim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The exit code and captured streams of one in-process {@code sim} invocation. */
record CliResult(int code, String out, String err) {
    static CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SimCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
