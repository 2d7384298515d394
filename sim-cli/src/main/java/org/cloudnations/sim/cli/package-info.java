/**
 * The {@code sim} command line: {@code run}, {@code list}, {@code describe}, {@code bench}.
 * Exit codes: 0 success, 1 a bug (stack trace printed), 2 a user error (one-line message).
 */
package org.cloudnations.sim.cli;
