package org.cloudnations.sim.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cloudnations.sim.param.ConfigurationException;
import org.junit.jupiter.api.Test;

/** Recording into primitive columns and the immutable series. */
class MetricSeriesTest {
    private static final List<MetricSpec> SPECS = List.of(new MetricSpec("cloud_share", "1", "share"),
            new MetricSpec("exits", "individuals/tick", "exits"));

    @Test
    void recorderCommitsRowsAndRefusesMoreThanItsCapacity() {
        MetricRecorder r = new MetricRecorder(SPECS, 2);
        r.row()[0] = 0.5;
        r.row()[1] = 3;
        r.commit(0);
        r.row()[0] = 0.25;
        r.commit(1); // row() keeps the other slot's last value
        assertEquals(2, r.size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.commit(2));
        assertEquals("recorder is full (2 rows)", e.getMessage());
        MetricSeries s = r.toSeries();
        assertEquals(List.of("cloud_share", "exits"), s.names());
        assertArrayEquals(new long[] {0, 1}, s.ticks());
        assertArrayEquals(new double[] {0.5, 0.25}, s.column("cloud_share"));
        assertArrayEquals(new double[] {3, 3}, s.column("exits"));
        assertEquals(0.25, s.last("cloud_share"), 0.0);
        assertEquals(3.0, s.value(1, 1), 0.0);
        assertEquals(SPECS, s.specs());
    }

    @Test
    void partialRecorderGivesOnlyTheCommittedRows() {
        MetricRecorder r = new MetricRecorder(SPECS, 10);
        r.commit(0);
        r.commit(5);
        MetricSeries s = r.toSeries();
        assertEquals(2, s.rows());
        assertArrayEquals(new long[] {0, 5}, s.ticks());
    }

    @Test
    void seriesIsImmutable() {
        long[] ticks = {0, 1};
        double[][] columns = {{1, 2}, {3, 4}};
        MetricSeries s = new MetricSeries(SPECS, ticks, columns);
        ticks[0] = 99;
        columns[0][0] = 99;
        s.column("cloud_share")[1] = 99;
        s.ticks()[1] = 99;
        assertArrayEquals(new long[] {0, 1}, s.ticks());
        assertArrayEquals(new double[] {1, 2}, s.column("cloud_share"));
        MetricRecorder r = new MetricRecorder(SPECS, 1);
        r.row()[0] = 7;
        r.commit(0);
        MetricSeries t = r.toSeries();
        r.row()[0] = 8;
        assertEquals(7, t.last("cloud_share"), 0.0);
    }

    @Test
    void unknownMetricSuggestsTheClosest() {
        MetricSeries s = new MetricSeries(SPECS, new long[] {0}, new double[][] {{0}, {0}});
        assertEquals("unknown metric 'cloud_shares'; did you mean 'cloud_share'? Known: cloud_share, exits",
                assertThrows(ConfigurationException.class, () -> s.column("cloud_shares")).getMessage());
        assertThrows(ConfigurationException.class, () -> s.last("exit_count"));
    }

    @Test
    void inconsistentShapesAreRejected() {
        assertEquals("2 metrics but 1 columns", assertThrows(IllegalArgumentException.class,
                () -> new MetricSeries(SPECS, new long[] {0}, new double[][] {{0}})).getMessage());
        assertEquals("column exits has the wrong length", assertThrows(IllegalArgumentException.class,
                () -> new MetricSeries(SPECS, new long[] {0}, new double[][] {{0}, {0, 1}})).getMessage());
        List<MetricSpec> dup = List.of(SPECS.get(0), SPECS.get(0));
        assertEquals("duplicate metric cloud_share", assertThrows(IllegalArgumentException.class,
                () -> new MetricSeries(dup, new long[] {0}, new double[][] {{0}, {0}})).getMessage());
    }

    @Test
    void metricNamesAreSnakeCase() {
        assertEquals("metric name must be snake_case: Cloud-Share", assertThrows(IllegalArgumentException.class,
                () -> new MetricSpec("Cloud-Share", "1", "d")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MetricSpec(null, "1", "d"));
        assertThrows(NullPointerException.class, () -> new MetricSpec("a", null, "d"));
    }
}
