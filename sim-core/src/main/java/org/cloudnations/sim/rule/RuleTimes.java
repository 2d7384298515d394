package org.cloudnations.sim.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Where a run's time goes, rule by rule, for benchmarks ({@link RuleSet#instantiateTimed}). A
 * sequential rule's time is wall time; an individual pass's time is the sum over workers of the
 * time its {@code apply} took on their chunks (thread time), plus its {@code step} and
 * {@code finish}. {@link #serialNanos()} is the wall time of the sequential rules and of the
 * passes' sequential parts: the part of a tick that one thread does while the others wait.
 */
public final class RuleTimes {
    private String[] rules = new String[0];
    private AtomicLongArray nanos = new AtomicLongArray(0);
    private final AtomicLongArray serial = new AtomicLongArray(1);

    /** Creates an empty record; {@link RuleSet#instantiateTimed} fills it for its rules. */
    public RuleTimes() {
    }

    void init(String[] names) {
        this.rules = names.clone();
        this.nanos = new AtomicLongArray(names.length);
        serial.set(0, 0);
    }

    void add(int rule, long ns) {
        nanos.addAndGet(rule, ns);
    }

    void addSerial(long ns) {
        serial.addAndGet(0, ns);
    }

    /** Forgets the time so far (e.g. after warm-up ticks). */
    public void reset() {
        for (int k = 0; k < rules.length; k++) {
            nanos.set(k, 0);
        }
        serial.set(0, 0);
    }

    /** @return nanoseconds per rule (thread time for passes), in rule order */
    public Map<String, Long> nanosByRule() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int k = 0; k < rules.length; k++) {
            m.put(rules[k], nanos.get(k));
        }
        return m;
    }

    /** @return wall nanoseconds spent outside the parallel loops */
    public long serialNanos() {
        return serial.get(0);
    }
}
