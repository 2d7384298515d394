package org.cloudnations.sim.sweep.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cloudnations.sim.engine.InvariantViolationException;
import java.util.function.BooleanSupplier;
import org.cloudnations.sim.engine.RunConfig;
import org.cloudnations.sim.engine.RunResult;
import org.cloudnations.sim.engine.Runner;
import org.cloudnations.sim.metric.MetricSeries;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.sweep.sensitivity.Sensitivity;
import org.cloudnations.sim.sweep.store.Csv;
import org.cloudnations.sim.sweep.store.FolderLock;
import org.cloudnations.sim.sweep.store.GzipMember;
import org.cloudnations.sim.sweep.store.SweepFolder;
import org.cloudnations.sim.sweep.store.SweepManifest;

/** One session of a sweep: the runs not yet complete, on K workers, written in run-id order. */
final class SweepSession {
    private final SweepPlan plan;
    private final SweepFolder files;
    private final BitSet done;
    private final int threads;
    private final SweepListener listener;
    private final boolean check;
    private final BooleanSupplier stop;
    private final int todo;
    private final Semaphore window;
    private final Map<Integer, Finished> pending = new HashMap<>();
    final AtomicInteger failed = new AtomicInteger();
    private volatile Throwable fatal;
    private int nextClaim;
    private int nextWrite;
    int written;
    private int sessionFailed;
    private String firstFailure;

    SweepSession(SweepPlan plan, SweepFolder files, BitSet done, int threads, SweepListener listener, boolean check,
                 BooleanSupplier stop) {
        this.stop = stop;
        this.plan = plan;
        this.check = check;
        this.files = files;
        this.done = done;
        this.threads = threads;
        this.listener = listener;
        this.todo = plan.runs() - done.cardinality();
        this.window = new Semaphore(SweepRunner.WINDOW_PER_THREAD * threads);
        this.nextClaim = next(0);
        this.nextWrite = nextClaim;
    }

    private int next(int from) {
        int n = done.nextClearBit(from);
        return n >= plan.runs() ? -1 : n;
    }

    String firstFailure() {
        return firstFailure;
    }

    void execute() throws IOException {
        if (todo == 0) {
            return;
        }
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-worker-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(this::work));
            }
            for (Future<?> f : workers) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (fatal == null) {
                        fatal = e.getCause();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fatal = e;
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (fatal instanceof UncheckedIOException u) {
            throw u.getCause();
        } else if (fatal instanceof IOException io) {
            throw io;
        } else if (fatal instanceof RuntimeException re) {
            throw re;
        } else if (fatal instanceof Error err) {
            throw err;
        } else if (fatal != null) {
            throw new IllegalStateException("sweep interrupted", fatal);
        }
    }

    private synchronized int claim() {
        if (nextClaim < 0 || stop.getAsBoolean()) {
            return -1;
        }
        int id = nextClaim;
        nextClaim = next(id + 1);
        return id;
    }

    private void work() {
        GzipMember gzip = new GzipMember();
        StringBuilder text = new StringBuilder(1024);
        try {
            while (fatal == null) {
                if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                int id = claim();
                if (id < 0) {
                    window.release();
                    return;
                }
                deliver(execute(id, gzip, text));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            fatal = e;
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            fatal = e;
            throw e;
        } finally {
            gzip.end();
        }
    }

    private Finished execute(int id, GzipMember gzip, StringBuilder text) {
        SweepPlan.RunPlan run = plan.run(id);
        int ticks = plan.spec().ticks();
        long t0 = System.nanoTime();
        int[] tick = {0};
        RunResult result = null;
        String message = "";
        try {
            RunConfig config = new RunConfig(plan.spec().scenario().name(), plan.spec().scenario().model(), run.parameters(), run.seed(), ticks, 1,
                    RunConfig.DEFAULT_CHUNK).withCheck(check);
            result = Runner.run(config, (t, total) -> tick[0] = (int) t);
        } catch (InvariantViolationException e) {
            return new Finished(id, null, null, false, "", e.inRun(plan.describe(id)));
        } catch (VirtualMachineError e) {
            if (!(e instanceof OutOfMemoryError) && !(e instanceof StackOverflowError)) {
                throw e;
            }
            message = failure(e, tick[0]);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            message = failure(e, tick[0]);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        text.setLength(0);
        text.append(run.run()).append(',').append(run.point()).append(',').append(run.replicate()).append(',')
                .append(run.seed()).append(',').append(run.key());
        for (String v : run.values()) {
            text.append(',').append(Csv.field(v));
        }
        text.append(',').append(result != null ? "ok" : "failed");
        MetricSeries series = result == null ? null : result.series();
        int metrics = plan.metrics().size();
        for (int m = 0; m < metrics; m++) {
            text.append(',');
            if (series != null) {
                text.append(series.value(series.rows() - 1, m));
            }
        }
        long micros = Math.round(wall * 1e6);
        text.append(',').append(Csv.field(message)).append(',').append(micros / 1_000_000).append('.');
        String frac = Long.toString(micros % 1_000_000);
        text.append("000000", 0, 6 - frac.length()).append(frac).append('\n');
        byte[] row = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] member = new byte[0];
        int every = plan.spec().seriesEvery();
        if (series != null && every > 0) {
            text.setLength(0);
            long[] ticksRecorded = series.ticks();
            for (int r = 0; r < ticksRecorded.length; r++) {
                long t = ticksRecorded[r];
                if (t % every != 0 && t != ticks) {
                    continue;
                }
                text.append(run.run()).append(',').append(t);
                for (int m = 0; m < metrics; m++) {
                    text.append(',').append(series.value(r, m));
                }
                text.append('\n');
            }
            byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
            member = gzip.compress(raw, raw.length);
        }
        return new Finished(id, row, member, result != null, message, null);
    }

    private static String failure(Throwable e, int lastTick) {
        String m = e.getMessage() == null ? "" : ": " + e.getMessage();
        String text = "after tick " + lastTick + ": " + e.getClass().getName() + m;
        text = text.replaceAll("[\\r\\n\\t]+", " ").trim();
        return text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }

    private synchronized void deliver(Finished f) throws IOException {
        pending.put(f.run, f);
        Finished next;
        while (nextWrite >= 0 && (next = pending.remove(nextWrite)) != null) {
            if (next.violation != null) {
                fatal = next.violation; // the first failed check in run-id order: nothing from it on is written
                nextWrite = -1;
                return;
            }
            files.append(next.run, next.row, next.series);
            written++;
            if (!next.ok) {
                sessionFailed++;
                failed.incrementAndGet();
                if (firstFailure == null) {
                    firstFailure = "run " + next.run + ": " + next.message;
                }
            }
            nextWrite = next(nextWrite + 1);
            window.release();
            listener.written(written, todo, sessionFailed);
        }
    }

    /** A finished run: its row, its series member and how it ended (a failed check has no row). */
    private record Finished(int run, byte[] row, byte[] series, boolean ok, String message,
                            InvariantViolationException violation) {
    }
}
