package org.cloudnations.sim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * Clean stops of long commands ({@code sim run}, {@code sim sweep}) on SIGINT (Ctrl-C) and
 * SIGTERM (what {@code kill}, Slurm at its time limit, and Kubernetes send).
 *
 * <p>A JVM shutdown hook, not {@code sun.misc.Signal}: the hook is standard Java, runs for both
 * signals on every platform and JVM, and needs no internal API. On a signal the JVM starts to
 * shut down and runs the hook; the hook raises the stop flag that the command reads after every
 * tick (or before every run of a sweep), then waits until the command has written its checkpoint
 * (or let its runs under way finish) and printed how to resume. Then the JVM exits with the
 * status of the signal: 130 for SIGINT, 143 for SIGTERM. SIGKILL cannot be caught: a scheduler
 * sends it some time after SIGTERM (Slurm: {@code KillWait}, 30 s by default), so the stop must
 * finish within that time; the last periodic checkpoint is what survives a SIGKILL.
 *
 * <p>A command that ends normally closes its interruption, which removes the hook.
 */
final class Interruption implements AutoCloseable, BooleanSupplier {
    /** The exit status after SIGTERM (128 + 15), as the JVM sets it; 130 after SIGINT. */
    static final int SIGTERM_STATUS = 143;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private Interruption() {
        hook = new Thread(() -> {
            requested = true;
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sim-stop");
    }

    /** @return an interruption whose hook is installed */
    static Interruption install() {
        Interruption i = new Interruption();
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** @return whether a signal asked the command to stop */
    @Override
    public boolean getAsBoolean() {
        return requested;
    }

    /** Lets the JVM exit (when a signal came) or removes the hook (when none did). */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // a signal came: the JVM exits once the hook returns
        }
    }
}
