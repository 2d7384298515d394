package org.cloudnations.sim.model.culture;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleState;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.StreamUse;
import org.cloudnations.sim.table.Table;
import org.cloudnations.sim.table.Tables;

/**
 * Axelrod's model as one rule over a grid (phase {@code events}): (A0) uniform random initial
 * traits; each tick {@code sweeps x W x H} sequential events (A1), each drawing from the
 * counter-based stream {@value #EVENT_STREAM} at its global event number, so the trajectory does
 * not depend on how events are grouped into ticks; then the absorption check (A2). Once absorbed,
 * a tick does nothing. The grid's rules are {@link CultureGrid}'s.
 *
 * <p>Creates the tables {@code individuals} (the W x H sites, {@code s = yW + x}) and
 * {@value #TRAITS} (one row per site and feature, {@code sF + f}); writes {@code traits.trait}.
 */
public final class AxelrodEvents implements Rule {
    /** Random stream of the initial traits (tick 0, id sF + f). */
    static final int INIT_STREAM = 40;
    /** Random stream of the events (tick 0, id the event's number). */
    static final int EVENT_STREAM = 41;
    /** The table of traits, one row per site and feature. */
    static final String TRAITS = "traits";

    static final MetricSpec CULTURAL_REGIONS = MetricSpec.nonNegative("cultural_regions", "regions",
            "connected regions of identical culture (von Neumann neighbours, all F features equal)");
    static final MetricSpec ABSORBED = new MetricSpec("absorbed", "1",
            "1 when no further change is possible (every neighbour pair has overlap 0 or F)");
    static final MetricSpec CULTURAL_ZONES = MetricSpec.nonNegative("cultural_zones", "zones",
            "connected sets of sites linked by neighbour pairs with overlap > 0");
    static final MetricSpec LARGEST_REGION_SHARE = new MetricSpec("largest_region_share", "1",
            "sites in the largest region over W x H");
    static final MetricSpec ACTIVE_BONDS = new MetricSpec("active_bonds", "1",
            "share of neighbour pairs with 0 < overlap < F");
    static final MetricSpec EVENTS = MetricSpec.nonNegative("events", "events", "events simulated so far (none once absorbed)");
    static final MetricSpec LAST_CHANGE_EVENT = MetricSpec.nonNegative("last_change_event", "events",
            "number of the last event that changed a trait (the absorption time once absorbed)");

    @Override
    public String name() {
        return "axelrod-events";
    }

    @Override
    public String phase() {
        return "events";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("width", 10, 1, 10_000, "sites", "2.5", "W, grid width (non-periodic)"),
                ParameterSpec.integer("height", 10, 1, 10_000, "sites", "2.5", "H, grid height (non-periodic)"),
                ParameterSpec.integer("features", 5, 1, 1000, "features", "2.5",
                        "F, number of cultural features per site"),
                ParameterSpec.integer("traits", 10, 1, 1_000_000, "traits", "2.5",
                        "q, number of traits each feature can take"),
                ParameterSpec.integer("sweeps_per_tick", 100, 1, 1_000_000, "events/site", "engine",
                        "events per tick over W x H; at 100 the default 200 ticks are 2 million events at 10 x 10"));
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(CULTURAL_REGIONS, ABSORBED, CULTURAL_ZONES, LARGEST_REGION_SHARE, ACTIVE_BONDS, EVENTS,
                LAST_CHANGE_EVENT);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(INIT_STREAM, "initial traits of sites"),
                new StreamUse(EVENT_STREAM, "events: active site, neighbour, interaction, trait"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        int w = p.getInt("width");
        int h = p.getInt("height");
        int f = p.getInt("features");
        long size = (long) w * h * f;
        if (size > AxelrodModel.MAX_TRAITS) {
            throw new ConfigurationException("width x height x features = " + size
                    + " is too large; allowed: at most " + AxelrodModel.MAX_TRAITS);
        }
        a.createTable(Tables.INDIVIDUALS, w * h);
        Table traits = a.createTable(TRAITS, (int) size);
        CultureGrid grid = new CultureGrid(w, h, f, traits.ints("trait"));
        a.stream(INIT_STREAM);
        grid.randomise(a.seed(), INIT_STREAM, p.getInt("traits"));
        long eventsPerTick = (long) p.getInt("sweeps_per_tick") * grid.sites();
        long eventKey = a.stream(EVENT_STREAM).key(0);
        long[] counters = new long[2]; // events so far, last event that changed a trait
        boolean[] absorbed = {grid.absorbed()};
        a.keep(RuleState.of(counters, absorbed));
        a.metric(CULTURAL_REGIONS, grid::regions);
        a.metric(ABSORBED, () -> absorbed[0] ? 1 : 0);
        a.metric(CULTURAL_ZONES, grid::zones);
        a.metric(LARGEST_REGION_SHARE, () -> (double) grid.largestRegion() / grid.sites());
        a.metric(ACTIVE_BONDS, () -> {
            int bonds = grid.bonds();
            return bonds == 0 ? 0 : (double) grid.activeBonds() / bonds;
        });
        a.metric(EVENTS, () -> counters[0]);
        a.metric(LAST_CHANGE_EVENT, () -> counters[1]);
        return context -> {
            if (context.tick() == 0 || absorbed[0]) {
                return;
            }
            for (long e = 0; e < eventsPerTick; e++) {
                counters[0]++;
                if (grid.event(eventKey, counters[0])) {
                    counters[1] = counters[0];
                }
            }
            absorbed[0] = grid.absorbed();
        };
    }
}
