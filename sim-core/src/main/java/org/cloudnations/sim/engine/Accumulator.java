package org.cloudnations.sim.engine;

/**
 * Per-worker tallies for a parallel pass over individuals, combined exactly.
 *
 * <p>Floating-point addition is not associative, so summing doubles per thread and then combining
 * would make results depend on the number of threads and on chunking. Here every added value is
 * converted to a fixed-point integer with resolution {@code 2^-24} (about 6e-8; truncated toward
 * zero, one machine instruction) and summed as a {@code long}; integer addition is associative,
 * so the combined sums are bit-identical for any thread count and chunk size. Each term loses at
 * most {@code 2^-24}. Callers keep each per-pass sum within {@code +-2^39} (about 5.5e11): a
 * single term beyond that saturates, and only the final combination of the workers' sums checks
 * for overflow ({@link Math#addExact}).
 */
public final class Accumulator {
    /** Fixed-point scale: one unit is {@code 1 / SCALE}. */
    public static final double SCALE = 0x1p24;
    private static final int PAD = 8; // keeps hot slots of two workers off one cache line

    private final long[] sums;
    private final long[] counts;
    private final int sumSlots;
    private final int countSlots;
    private int[] collected = new int[0];
    private int collectedSize;

    /**
     * @param sumSlots number of real-valued sums
     * @param countSlots number of integer counts
     */
    public Accumulator(int sumSlots, int countSlots) {
        this.sumSlots = sumSlots;
        this.countSlots = countSlots;
        this.sums = new long[sumSlots + 2 * PAD];
        this.counts = new long[countSlots + 2 * PAD];
    }

    /**
     * Adds a real value to a sum.
     *
     * @param slot the sum
     * @param value the value
     */
    public void add(int slot, double value) {
        sums[PAD + slot] += (long) (value * SCALE);
    }

    /**
     * Adds one to a count.
     *
     * @param slot the count
     */
    public void increment(int slot) {
        counts[PAD + slot]++;
    }

    /**
     * Collects an individual's id, e.g. an applicant for a capacity-limited move. After a
     * {@link ParallelLoop#run} the combined tally holds every collected id in ascending order, so
     * conflicts can be settled in an order that does not depend on threads or chunking.
     *
     * @param id the individual
     */
    public void collect(int id) {
        if (collectedSize == collected.length) {
            collected = java.util.Arrays.copyOf(collected, Math.max(16, 2 * collectedSize));
        }
        collected[collectedSize++] = id;
    }

    /** @return the collected ids (ascending after a combined run), a copy */
    public int[] collected() {
        return java.util.Arrays.copyOf(collected, collectedSize);
    }

    /**
     * @param slot a sum
     * @return its value
     */
    public double sum(int slot) {
        return sums[PAD + slot] / SCALE;
    }

    /**
     * @param slot a count
     * @return its value
     */
    public long count(int slot) {
        return counts[PAD + slot];
    }

    /** @return the number of sums */
    public int sumSlots() {
        return sumSlots;
    }

    /** @return the number of counts */
    public int countSlots() {
        return countSlots;
    }

    /**
     * Combines tallies exactly, as {@link ParallelLoop#run} combines its workers' tallies: sums
     * and counts added, collected ids merged in ascending order. For running the passes of one
     * loop separately (e.g. to see what each pass changes) and handing each the tallies of all.
     *
     * @param parts tallies with the same slots
     * @return a new accumulator holding their combination
     */
    public static Accumulator combine(java.util.List<Accumulator> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        Accumulator first = parts.get(0);
        Accumulator total = new Accumulator(first.sumSlots, first.countSlots);
        for (Accumulator a : parts) {
            if (!total.fits(a.sumSlots, a.countSlots)) {
                throw new IllegalArgumentException("tallies of different slots cannot be combined");
            }
            total.addAll(a);
        }
        total.sortCollected();
        return total;
    }

    void clear() {
        java.util.Arrays.fill(sums, 0L);
        java.util.Arrays.fill(counts, 0L);
        collectedSize = 0;
    }

    void sortCollected() {
        java.util.Arrays.sort(collected, 0, collectedSize);
    }

    void addAll(Accumulator other) {
        for (int i = PAD; i < PAD + sumSlots; i++) {
            sums[i] = Math.addExact(sums[i], other.sums[i]);
        }
        for (int i = PAD; i < PAD + countSlots; i++) {
            counts[i] += other.counts[i];
        }
        for (int i = 0; i < other.collectedSize; i++) {
            collect(other.collected[i]);
        }
    }

    boolean fits(int s, int c) {
        return sumSlots == s && countSlots == c;
    }
}
