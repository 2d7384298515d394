package org.cloudnations.sim.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cloudnations.sim.engine.RunListener;

/**
 * Progress of long work: a progress bar with ETA when standard error is a terminal; otherwise a
 * plain line at most every ten seconds, so CI logs stay short.
 */
final class Progress implements RunListener, AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter plain;
    private final String task;
    private final String unit;
    private final long started = System.nanoTime();
    private long lastLine = started;

    private Progress(ProgressBar bar, PrintWriter plain, String task, String unit) {
        this.bar = bar;
        this.plain = plain;
        this.task = task;
        this.unit = unit;
    }

    static Progress start(String task, long total, PrintWriter err) {
        return start(task, total, "ticks", err);
    }

    /**
     * @param task the task name shown before the bar or line
     * @param total the amount of work
     * @param unit what the work is counted in, e.g. "ticks" or "runs"
     * @param err where plain lines go when standard error is not a terminal
     * @return the progress display
     */
    static Progress start(String task, long total, String unit, PrintWriter err) {
        if (System.console() != null && !"true".equals(System.getenv("CI"))) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
            return new Progress(bar, null, task, unit);
        }
        return new Progress(null, err, task, unit);
    }

    @Override
    public void ticked(long tick, long total) {
        if (bar != null) {
            bar.stepTo(tick);
        } else if (System.nanoTime() - lastLine > 10_000_000_000L && tick < total) {
            lastLine = System.nanoTime();
            long eta = tick <= 0 ? -1 : Math.round((lastLine - started) / 1e9 / tick * (total - tick));
            plain.printf("%s: %d/%d %s%s%n", task, tick, total, unit,
                    eta < 0 ? "" : String.format(", about %d:%02d:%02d left", eta / 3600, eta / 60 % 60, eta % 60));
            plain.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
