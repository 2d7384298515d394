package org.cloudnations.sim.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Runs an {@link IndividualKernel} over {@code [0, n)} in chunks on a fixed number of threads
 * (the calling thread is one of them). Chunks are claimed dynamically; each thread has its own
 * {@link Accumulator}, combined exactly at the end, so the result is the same for any number of
 * threads and any chunk size.
 */
public final class ParallelLoop implements AutoCloseable {
    private final int threads;
    private final int chunkSize;
    private final ExecutorService pool;
    private Accumulator[] tallies = new Accumulator[0];
    private Accumulator total = new Accumulator(0, 0);

    /**
     * @param threads number of threads, at least 1
     * @param chunkSize individuals per chunk, at least 1
     */
    public ParallelLoop(int threads, int chunkSize) {
        if (threads < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("threads and chunk size must be positive");
        }
        this.threads = threads;
        this.chunkSize = chunkSize;
        AtomicInteger counter = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "cloudnations-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** @return the number of threads */
    public int threads() {
        return threads;
    }

    /** @return the chunk size */
    public int chunkSize() {
        return chunkSize;
    }

    /**
     * Applies the kernel to every individual in {@code [0, n)}.
     *
     * @param n number of individuals
     * @param sumSlots sums the kernel adds to
     * @param countSlots counts the kernel increments
     * @param kernel the work
     * @return the combined tallies, valid until the next call
     */
    public Accumulator run(int n, int sumSlots, int countSlots, IndividualKernel kernel) {
        if (!total.fits(sumSlots, countSlots) || tallies.length != threads) {
            tallies = new Accumulator[threads];
            for (int i = 0; i < threads; i++) {
                tallies[i] = new Accumulator(sumSlots, countSlots);
            }
            total = new Accumulator(sumSlots, countSlots);
        }
        int chunks = (int) ((n + (long) chunkSize - 1) / chunkSize);
        AtomicInteger next = new AtomicInteger();
        int helpers = Math.min(threads, chunks) - 1;
        List<Future<?>> futures = new ArrayList<>(Math.max(0, helpers));
        for (int w = 1; w <= helpers; w++) {
            Accumulator tally = tallies[w];
            futures.add(pool.submit(() -> work(n, chunks, next, kernel, tally)));
        }
        Throwable failure = null;
        try {
            work(n, chunks, next, kernel, tallies[0]);
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(chunks); // stop the helpers early
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        } else if (failure instanceof Error err) {
            throw err;
        } else if (failure != null) {
            throw new IllegalStateException("parallel pass interrupted", failure);
        }
        total.clear();
        for (int w = 0; w <= helpers; w++) {
            total.addAll(tallies[w]);
        }
        total.sortCollected();
        return total;
    }

    private void work(int n, int chunks, AtomicInteger next, IndividualKernel kernel, Accumulator tally) {
        tally.clear();
        int c;
        while ((c = next.getAndIncrement()) < chunks) {
            int from = c * chunkSize;
            int to = (int) Math.min(n, (long) from + chunkSize);
            kernel.apply(from, to, tally);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
