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
    private long lastLine = System.nanoTime();

    private Progress(ProgressBar bar, PrintWriter plain, String task) {
        this.bar = bar;
        this.plain = plain;
        this.task = task;
    }

    static Progress start(String task, long total, PrintWriter err) {
        if (System.console() != null && !"true".equals(System.getenv("CI"))) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
            return new Progress(bar, null, task);
        }
        return new Progress(null, err, task);
    }

    @Override
    public void ticked(long tick, long total) {
        if (bar != null) {
            bar.stepTo(tick);
        } else if (System.nanoTime() - lastLine > 10_000_000_000L && tick < total) {
            lastLine = System.nanoTime();
            plain.printf("%s: %d/%d ticks%n", task, tick, total);
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
