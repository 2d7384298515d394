package org.cloudnations.sim.model.culture;

import java.util.List;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.Phase;
import org.cloudnations.sim.engine.TickContext;
import org.cloudnations.sim.random.CounterRandom;

/**
 * One run of Axelrod's model. One phase, {@code events}: {@code sweeps x W x H} sequential events
 * (A1), each drawing from the counter-based stream {@value #EVENT_STREAM} at its global event
 * number, so the trajectory of events does not depend on how events are grouped into ticks; then
 * the absorption check (A2). Once absorbed, the phase does nothing.
 */
final class AxelrodInstance implements ModelInstance {
    static final int INIT_STREAM = 40;
    static final int EVENT_STREAM = 41;

    private final CultureGrid grid;
    private final long eventsPerTick;
    private final long eventKey;
    private long events;
    private long lastChange;
    private boolean absorbed;

    AxelrodInstance(int width, int height, int features, int traits, int sweeps, long seed) {
        grid = new CultureGrid(width, height, features);
        grid.randomise(seed, INIT_STREAM, traits);
        eventsPerTick = (long) sweeps * grid.sites();
        eventKey = CounterRandom.streamKey(seed, 0, EVENT_STREAM);
        absorbed = grid.absorbed();
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.of("events", this::step));
    }

    private void step(TickContext ctx) {
        if (absorbed) {
            return;
        }
        for (long e = 0; e < eventsPerTick; e++) {
            events++;
            if (grid.event(eventKey, events)) {
                lastChange = events;
            }
        }
        absorbed = grid.absorbed();
    }

    @Override
    public void observe(double[] row) {
        row[0] = grid.regions();
        row[1] = absorbed ? 1 : 0;
        row[2] = grid.zones();
        row[3] = (double) grid.largestRegion() / grid.sites();
        int bonds = grid.bonds();
        row[4] = bonds == 0 ? 0 : (double) grid.activeBonds() / bonds;
        row[5] = events;
        row[6] = lastChange;
    }

    @Override
    public int individuals() {
        return grid.sites();
    }
}
