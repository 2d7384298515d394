package org.cloudnations.sim.tablesaw;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.cloudnations.sim.param.ConfigurationException;

/**
 * Which rows and columns of a sweep's {@code series.csv.gz} to read into a table: some runs, some
 * metrics, a range of ticks, every k-th tick. The file is streamed and only what passes the filter is
 * kept, so a sweep's series of any size can be read piece by piece. Immutable; start from
 * {@link #all()} and narrow it:
 *
 * <pre>{@code
 * SeriesFilter f = SeriesFilter.all().runs(0, 1, 2).metrics("cloud_share").ticks(50, 100).every(10);
 * }</pre>
 *
 * @param runs the run ids to keep, ascending and distinct; empty for every run
 * @param metrics the metrics to keep, in the order the table's columns take; empty for every metric
 * @param fromTick the first tick kept, 0 or more
 * @param toTick the last tick kept, {@code fromTick} or more ({@link Integer#MAX_VALUE} for the end)
 * @param every keep only ticks that are multiples of this, 1 or more
 */
public record SeriesFilter(List<Integer> runs, List<String> metrics, int fromTick, int toTick, int every) {
    /**
     * Checks the ranges and copies the lists; the run ids are sorted.
     *
     * @param runs see {@link #runs()}
     * @param metrics see {@link #metrics()}
     * @param fromTick see {@link #fromTick()}
     * @param toTick see {@link #toTick()}
     * @param every see {@link #every()}
     * @throws ConfigurationException for a negative run id or tick, a tick range whose end is before its
     *                                start, a repeated metric, or {@code every} below 1
     */
    public SeriesFilter {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer r : Objects.requireNonNull(runs, "runs")) {
            if (r == null || r < 0) {
                throw new ConfigurationException("series filter: run " + r + " is not a run id; allowed: 0 or more");
            }
            sorted.add(r);
        }
        runs = List.copyOf(sorted);
        metrics = List.copyOf(metrics);
        if (metrics.stream().distinct().count() != metrics.size()) {
            throw new ConfigurationException("series filter: metrics " + metrics + " repeat a name; allowed: each"
                    + " metric once");
        }
        if (fromTick < 0 || toTick < fromTick) {
            throw new ConfigurationException("series filter: ticks " + fromTick + " to " + toTick + " are not a"
                    + " range; allowed: 0 <= from <= to");
        }
        if (every < 1) {
            throw new ConfigurationException("series filter: every " + every + " is out of range; allowed: 1 or"
                    + " more");
        }
    }

    /** @return the filter that keeps everything: every run, metric and tick */
    public static SeriesFilter all() {
        return new SeriesFilter(List.of(), List.of(), 0, Integer.MAX_VALUE, 1);
    }

    /**
     * @param ids the run ids to keep (column {@code run} of {@code runs.csv}), at least one
     * @return a copy that keeps only these runs
     * @throws ConfigurationException for no id or a negative one
     */
    public SeriesFilter runs(int... ids) {
        List<Integer> list = new ArrayList<>();
        for (int id : ids) {
            list.add(id);
        }
        return runs(list);
    }

    /**
     * @param ids the run ids to keep, at least one, e.g. a column of a filtered runs table
     *            ({@code runs.intColumn("run").asList()})
     * @return a copy that keeps only these runs
     * @throws ConfigurationException for no id or a negative one
     */
    public SeriesFilter runs(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            throw new ConfigurationException("series filter: no run ids; allowed: one or more (all() keeps every"
                    + " run)");
        }
        return new SeriesFilter(List.copyOf(ids), metrics, fromTick, toTick, every);
    }

    /**
     * @param names the metrics to keep, at least one, in the order the table's columns take
     * @return a copy that keeps only these metrics (checked against the file when it is read)
     * @throws ConfigurationException for no name or a repeated one
     */
    public SeriesFilter metrics(String... names) {
        if (names.length == 0) {
            throw new ConfigurationException("series filter: no metrics; allowed: one or more (all() keeps every"
                    + " metric)");
        }
        return new SeriesFilter(runs, List.of(names), fromTick, toTick, every);
    }

    /**
     * @param from the first tick to keep, 0 or more
     * @param to the last tick to keep, {@code from} or more
     * @return a copy that keeps only ticks from {@code from} to {@code to}, both included
     * @throws ConfigurationException for a range that is not one
     */
    public SeriesFilter ticks(int from, int to) {
        return new SeriesFilter(runs, metrics, from, to, every);
    }

    /**
     * @param from the first tick to keep, 0 or more
     * @return a copy that keeps only ticks from {@code from} to the end
     * @throws ConfigurationException for a negative tick
     */
    public SeriesFilter fromTick(int from) {
        return new SeriesFilter(runs, metrics, from, Integer.MAX_VALUE, every);
    }

    /**
     * @param k keep only ticks that are multiples of {@code k}, 1 or more
     * @return a copy that thins the ticks
     * @throws ConfigurationException for {@code k} below 1
     */
    public SeriesFilter every(int k) {
        return new SeriesFilter(runs, metrics, fromTick, toTick, k);
    }

    /**
     * @param run a run id
     * @param tick a tick
     * @return whether the row of that run at that tick passes the filter
     */
    public boolean keeps(int run, int tick) {
        return tick >= fromTick && tick <= toTick && tick % every == 0
                && (runs.isEmpty() || java.util.Collections.binarySearch(runs, run) >= 0);
    }
}
