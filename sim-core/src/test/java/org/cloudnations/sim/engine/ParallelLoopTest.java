package org.cloudnations.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.cloudnations.sim.random.CounterRandom;
import org.junit.jupiter.api.Test;

/** The parallel loop visits every individual once and gives the same tallies for any threads and chunking. */
class ParallelLoopTest {
    private static final int N = 100_003;
    private static final long KEY = CounterRandom.streamKey(9L, 1L, 0);

    /** Adds a uniform, a gaussian and an income-like heavy-tailed value; counts everyone and a coin. */
    private static final IndividualKernel KERNEL = (from, to, tally) -> {
        for (int i = from; i < to; i++) {
            double u = CounterRandom.uniform(KEY, i, 0);
            double z = CounterRandom.gaussian(KEY, i, 1);
            tally.add(0, u);
            tally.add(1, z);
            tally.add(2, Math.exp(2 * z) * 1e3);
            tally.increment(0);
            if (u < 0.3) {
                tally.increment(1);
            }
        }
    };

    private static long[] snapshot(Accumulator a) {
        return new long[] {Double.doubleToRawLongBits(a.sum(0)), Double.doubleToRawLongBits(a.sum(1)),
            Double.doubleToRawLongBits(a.sum(2)), a.count(0), a.count(1)};
    }

    private static long[] sequential() {
        Accumulator a = new Accumulator(3, 2);
        KERNEL.apply(0, N, a);
        return snapshot(a);
    }

    @Test
    void tallyIsBitIdenticalForAnyThreadsAndChunkSize() {
        long[] expected = sequential();
        assertEquals(N, expected[3]);
        for (int threads = 1; threads <= 4; threads++) {
            for (int chunk : new int[] {1, 7, 1000, 1 << 14}) {
                try (ParallelLoop loop = new ParallelLoop(threads, chunk)) {
                    long[] got = snapshot(loop.run(N, 3, 2, KERNEL));
                    for (int j = 0; j < expected.length; j++) {
                        assertEquals(expected[j], got[j], "slot " + j + " with threads=" + threads
                                + " chunk=" + chunk);
                    }
                }
            }
        }
    }

    @Test
    void everyIndividualIsVisitedExactlyOnce() {
        for (int threads : new int[] {1, 3}) {
            for (int chunk : new int[] {1, 7, 1 << 14, 1 << 20}) {
                AtomicIntegerArray visits = new AtomicIntegerArray(N);
                try (ParallelLoop loop = new ParallelLoop(threads, chunk)) {
                    loop.run(N, 0, 0, (from, to, tally) -> {
                        for (int i = from; i < to; i++) {
                            visits.incrementAndGet(i);
                        }
                    });
                }
                for (int i = 0; i < N; i++) {
                    assertEquals(1, visits.get(i), "individual " + i + ", threads=" + threads + " chunk=" + chunk);
                }
            }
        }
    }

    @Test
    void repeatedRunsStartFromZeroAndMayChangeSlots() {
        try (ParallelLoop loop = new ParallelLoop(3, 1000)) {
            long[] first = snapshot(loop.run(N, 3, 2, KERNEL));
            long[] second = snapshot(loop.run(N, 3, 2, KERNEL));
            assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second));
            Accumulator other = loop.run(10, 1, 1, (from, to, t) -> {
                for (int i = from; i < to; i++) {
                    t.add(0, 0.5);
                    t.increment(0);
                }
            });
            assertEquals(5.0, other.sum(0), 0.0);
            assertEquals(10, other.count(0));
            assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(snapshot(loop.run(N, 3, 2,
                    KERNEL))));
        }
    }

    @Test
    void emptyRangeGivesZeroTallies() {
        try (ParallelLoop loop = new ParallelLoop(4, 7)) {
            loop.run(N, 1, 1, KERNEL); // leave something behind
            Accumulator a = loop.run(0, 3, 2, KERNEL);
            assertEquals(0.0, a.sum(0), 0.0);
            assertEquals(0, a.count(0));
        }
    }

    @Test
    void kernelExceptionPropagatesAndTheLoopStaysUsable() {
        RuntimeException boom = new IllegalStateException("boom");
        for (int threads = 1; threads <= 4; threads++) {
            for (int failAt : new int[] {0, N / 2, N - 1}) {
                try (ParallelLoop loop = new ParallelLoop(threads, 1000)) {
                    int at = failAt;
                    RuntimeException thrown = assertThrows(RuntimeException.class,
                            () -> loop.run(N, 3, 2, (from, to, tally) -> {
                                if (from <= at && at < to) {
                                    throw boom;
                                }
                                KERNEL.apply(from, to, tally);
                            }));
                    assertSame(boom, thrown, "threads=" + threads + " failAt=" + failAt);
                    // the next pass is complete and correct
                    assertEquals(java.util.Arrays.toString(sequential()),
                            java.util.Arrays.toString(snapshot(loop.run(N, 3, 2, KERNEL))));
                }
            }
        }
    }

    @Test
    void errorsPropagateToo() {
        try (ParallelLoop loop = new ParallelLoop(2, 10)) {
            AssertionError e = assertThrows(AssertionError.class, () -> loop.run(100, 0, 0, (from, to, t) -> {
                throw new AssertionError("kernel bug");
            }));
            assertEquals("kernel bug", e.getMessage());
        }
    }

    @Test
    void closeStopsTheWorkerThreads() throws InterruptedException {
        java.util.Set<Thread> before = workers();
        ParallelLoop loop = new ParallelLoop(4, 100);
        loop.run(N, 3, 2, KERNEL);
        java.util.Set<Thread> mine = workers();
        mine.removeAll(before);
        assertEquals(3, mine.size(), "a loop of 4 threads uses 3 helper threads");
        loop.close();
        loop.close(); // idempotent
        for (Thread t : mine) {
            t.join(5_000);
            assertEquals(false, t.isAlive(), t.getName() + " still alive after close");
        }
    }

    private static java.util.Set<Thread> workers() {
        java.util.Set<Thread> s = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("cloudnations-worker-")) {
                s.add(t);
            }
        }
        return s;
    }

    @Test
    void rejectsNonPositiveThreadsAndChunks() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelLoop(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ParallelLoop(1, 0));
        try (ParallelLoop loop = new ParallelLoop(2, 5)) {
            assertEquals(2, loop.threads());
            assertEquals(5, loop.chunkSize());
        }
    }
}
