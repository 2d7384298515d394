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

/**
 * Runs a sweep on K worker threads and streams its results to disk with bounded memory.
 *
 * <p>Each run is single-threaded ({@link RunConfig} threads = 1) and its seed depends only on
 * (base seed, design point, replicate), so results do not depend on K. Workers claim run ids in
 * ascending order; a finished run waits in a small reorder window (at most
 * {@value #WINDOW_PER_THREAD} runs per thread) until every earlier run is written, so
 * {@code runs.csv} and {@code series.csv.gz} are always in run-id order and the same sweep gives
 * the same bytes (apart from the {@code wall_seconds} column) for any K, and after any
 * interruption and {@code --resume}.
 *
 * <p>A run that throws is written with status {@code failed} and its message, and the sweep goes
 * on. See {@link SweepFolder} for what makes rows atomic and resume exact.
 */
public final class SweepRunner {
    /** Finished runs that may wait for earlier ones, per thread. */
    public static final int WINDOW_PER_THREAD = 16;
    /** The longest finished runs wait in a batch before they are written and committed. */
    public static final long FLUSH_MILLIS = 250;

    private SweepRunner() {
    }

    /**
     * Checks a sweep folder before anything is written: for a new sweep it must be missing or
     * empty; with {@code resume} it may also hold this sweep (never another one).
     *
     * @param plan the sweep
     * @param dir the folder
     * @param resume whether {@code --resume} was given
     * @return the folder's state when it holds this sweep, else null
     * @throws ConfigurationException when the folder cannot take this sweep
     * @throws IOException when the folder cannot be read
     */
    public static SweepFolder.State check(SweepPlan plan, Path dir, boolean resume) throws IOException {
        return check(plan, Shard.ALL, dir, resume);
    }

    /**
     * Checks a folder for one shard of a sweep, like {@link #check(SweepPlan, Path, boolean)}; a
     * folder may be resumed only with the shard it holds.
     *
     * @param plan the sweep
     * @param shard the shard
     * @param dir the folder
     * @param resume whether {@code --resume} was given
     * @return the folder's state when it holds this shard, else null
     * @throws ConfigurationException when the folder cannot take this shard
     * @throws IOException when the folder cannot be read
     */
    public static SweepFolder.State check(SweepPlan plan, Shard shard, Path dir, boolean resume) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw ConfigurationException.about("output folder " + dir + " is a file; give a folder path");
        }
        if (SweepFolder.isEmpty(dir)) {
            return null;
        }
        FolderLock.refuseIfHeldElsewhere(dir); // a writer at work is named first
        if (!resume) {
            throw ConfigurationException.about("output folder " + dir + " already holds files; pass {resume} to "
                    + "continue the sweep in it, or choose a new folder");
        }
        return SweepFolder.inspect(dir, plan, shard);
    }

    /**
     * Runs (or resumes) a sweep, then writes sensitivity indices for sobol and morris designs.
     *
     * @param plan the sweep
     * @param dir the output folder
     * @param threads worker threads, 1 to {@link RunConfig#MAX_THREADS}
     * @param resume whether to continue a sweep already in {@code dir}
     * @param listener told after every run
     * @return what happened
     * @throws ConfigurationException when the folder cannot take this sweep (nothing is changed)
     * @throws IOException when results cannot be written
     */
    public static SweepSummary run(SweepPlan plan, Path dir, int threads, boolean resume, SweepListener listener)
            throws IOException {
        return run(plan, Shard.ALL, dir, threads, resume, listener, FLUSH_MILLIS);
    }

    /**
     * Runs (or resumes) one shard of a sweep: the runs whose id satisfies {@code run mod N = i}.
     * Rows and seeds are those of the whole sweep; sensitivity indices are written only for the
     * whole sweep (a shard's are computed by {@code sim sweep merge}).
     *
     * @param plan the sweep
     * @param shard the shard ({@link Shard#ALL} for the whole sweep)
     * @param dir the output folder
     * @param threads worker threads, 1 to {@link RunConfig#MAX_THREADS}
     * @param resume whether to continue the shard already in {@code dir}
     * @param listener told after every run
     * @return what happened; its run counts are the shard's
     * @throws ConfigurationException when the folder cannot take this shard, or another process
     *                                is writing it (nothing is changed)
     * @throws IOException when results cannot be written
     */
    public static SweepSummary run(SweepPlan plan, Shard shard, Path dir, int threads, boolean resume,
                                   SweepListener listener) throws IOException {
        return run(plan, shard, dir, threads, resume, false, listener, FLUSH_MILLIS, () -> false);
    }

    /**
     * Runs (or resumes) one shard of a sweep like {@link #run(SweepPlan, Shard, Path, int, boolean,
     * SweepListener)}, optionally with every run in the checking mode, and stops cleanly when
     * {@code stop} turns true.
     *
     * <p>Checking ({@link RunConfig#check()}) does not change any result, so it is not part of the
     * sweep's fingerprint: a sweep started with it may be resumed without it and the other way
     * round. In the checking mode the first run (in run-id order) whose invariant fails stops the
     * sweep: the runs before it are written and committed, it and the runs after it are not (a
     * {@code --resume} runs them again).
     *
     * <p>When {@code stop} turns true (e.g. on a signal) no run is started after that, the runs under
     * way finish and are written, and the folder is left as {@code --resume} expects it (no
     * sensitivity indices, a manifest without a finish time). Then {@link SweepSummary#complete()}
     * is false.
     *
     * @param plan the sweep
     * @param shard the shard ({@link Shard#ALL} for the whole sweep)
     * @param dir the output folder
     * @param threads worker threads, 1 to {@link RunConfig#MAX_THREADS}
     * @param resume whether to continue the shard already in {@code dir}
     * @param check whether every run verifies the model's invariants after every tick
     * @param listener told after every run
     * @param stop asked before each run is started ({@code () -> false} for never)
     * @return what happened; its run counts are the shard's
     * @throws org.cloudnations.sim.engine.InvariantViolationException in the checking mode, naming
     *         the run (its design point, replicate and seed), the tick, the rule and the invariant
     * @throws ConfigurationException when the folder cannot take this shard, or another process
     *                                is writing it (nothing is changed)
     * @throws IOException when results cannot be written
     */
    public static SweepSummary run(SweepPlan plan, Shard shard, Path dir, int threads, boolean resume, boolean check,
                                   SweepListener listener, BooleanSupplier stop) throws IOException {
        return run(plan, shard, dir, threads, resume, check, listener, FLUSH_MILLIS, stop);
    }

    static SweepSummary run(SweepPlan plan, Path dir, int threads, boolean resume, SweepListener listener,
                            long flushMillis) throws IOException {
        return run(plan, Shard.ALL, dir, threads, resume, listener, flushMillis);
    }

    static SweepSummary run(SweepPlan plan, Shard shard, Path dir, int threads, boolean resume,
                            SweepListener listener, long flushMillis) throws IOException {
        return run(plan, shard, dir, threads, resume, false, listener, flushMillis, () -> false);
    }

    static SweepSummary run(SweepPlan plan, Shard shard, Path dir, int threads, boolean resume, boolean check,
                            SweepListener listener, long flushMillis, BooleanSupplier stop) throws IOException {
        if (threads < 1 || threads > RunConfig.MAX_THREADS) {
            throw ConfigurationException.about("{threads}: value " + threads + " is out of range; allowed: a whole "
                    + "number from 1 to " + RunConfig.MAX_THREADS);
        }
        long t0 = System.nanoTime();
        check(plan, shard, dir, resume);
        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        try (FolderLock lock = FolderLock.acquire(folder)) {
            return run(plan, shard, folder, threads, check(plan, shard, folder, resume), check, listener, flushMillis,
                    t0, stop);
        }
    }

    private static SweepSummary run(SweepPlan plan, Shard shard, Path folder, int threads, SweepFolder.State state,
                                    boolean check, SweepListener listener, long flushMillis, long t0,
                                    BooleanSupplier stop)
            throws IOException {
        String now = Instant.now().toString();
        String started = now;
        List<String> resumed = new ArrayList<>();
        String commandLine = plan.spec().commandLine();
        if (state != null) {
            Object s = state.manifest().get("started_at");
            started = s instanceof String str ? str : now;
            if (state.manifest().get("resumed_at") instanceof List<?> l) {
                l.forEach(o -> resumed.add(String.valueOf(o)));
            }
            resumed.add(now);
            Object c = state.manifest().get("command_line");
            commandLine = c instanceof String str ? str : commandLine;
        }
        int previous = state == null ? 0 : state.completedCount();
        int previousFailed = state == null ? 0 : state.failedCount();
        new SweepManifest(commandLine, plan, shard, threads, started, resumed, null, Double.NaN, previous,
                previousFailed).write(folder);
        BitSet done = state == null ? new BitSet() : (BitSet) state.completed().clone();
        if (!shard.whole()) {
            for (int run = 0; run < plan.runs(); run++) {
                if (!shard.contains(run)) {
                    done.set(run); // another shard's: skipped like a complete run
                }
            }
        }
        SweepSession session;
        GzipMember gzip = new GzipMember();
        byte[] seriesHeader = plan.spec().seriesEvery() > 0 ? seriesHeader(plan, gzip) : null;
        gzip.end();
        try (SweepFolder files = SweepFolder.open(folder, plan, state, seriesHeader, flushMillis)) {
            session = new SweepSession(plan, files, done, threads, listener, check, stop);
            try {
                session.execute();
            } catch (InvariantViolationException e) {
                files.force(); // the runs before the failed one stay complete for --resume
                throw e;
            }
            files.force();
        }
        int failed = previousFailed + session.failed.get();
        String firstFailure = state != null && state.firstFailure() != null ? state.firstFailure()
                : session.firstFailure();
        int runs = shard.runsOf(plan.runs());
        if (previous + session.written < runs) { // stopped: left as an interrupted sweep, for --resume
            return new SweepSummary(folder, runs, previous, session.written, failed, firstFailure,
                    (System.nanoTime() - t0) / 1e9, false);
        }
        boolean sensitivity = shard.whole() && Sensitivity.write(plan, folder);
        double wall = (System.nanoTime() - t0) / 1e9;
        new SweepManifest(commandLine, plan, shard, threads, started, resumed, Instant.now().toString(), wall,
                runs, failed).write(folder);
        return new SweepSummary(folder, runs, previous, session.written, failed, firstFailure, wall, sensitivity);
    }

    static byte[] seriesHeader(SweepPlan plan, GzipMember gzip) {
        StringBuilder b = new StringBuilder("run,tick");
        plan.metrics().forEach(m -> b.append(',').append(m.name()));
        byte[] h = b.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        return gzip.compress(h, h.length);
    }
}
