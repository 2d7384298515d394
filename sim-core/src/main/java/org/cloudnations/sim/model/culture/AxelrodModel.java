package org.cloudnations.sim.model.culture;

import java.util.List;
import org.cloudnations.sim.engine.DeclaredModel;
import org.cloudnations.sim.engine.ModelInstance;
import org.cloudnations.sim.engine.ParallelLoop;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ConfigurationException;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;

/**
 * Axelrod's dissemination of culture (J. Conflict Resolution 41(2), 1997) exactly as published: a
 * non-periodic W x H grid, von Neumann neighbourhood, F features with q traits each, a random site
 * and a random neighbour per event, interaction with probability equal to their overlap, copying
 * one differing trait. A tick is {@code sweeps_per_tick} x W x H events; once no change is possible
 * (every neighbour pair has overlap 0 or F) further ticks do nothing. docs/model.md, section
 * "Axelrod culture", gives the rules (A0)-(A2).
 */
public final class AxelrodModel extends DeclaredModel {
    /** The model's name. */
    public static final String NAME = "axelrod";

    /** Largest grid, in traits (W x H x F), about 200 MB. */
    public static final long MAX_TRAITS = 50_000_000L;

    /** Every parameter, with its defaults (Axelrod's baseline: 10 x 10, F = 5, q = 10). */
    public static final ParameterRegistry PARAMETERS = ParameterRegistry.of(List.of(
            ParameterSpec.integer("width", 10, 1, 10_000, "sites", "2.5", "W, grid width (non-periodic)"),
            ParameterSpec.integer("height", 10, 1, 10_000, "sites", "2.5", "H, grid height (non-periodic)"),
            ParameterSpec.integer("features", 5, 1, 1000, "features", "2.5",
                    "F, number of cultural features per site"),
            ParameterSpec.integer("traits", 10, 1, 1_000_000, "traits", "2.5",
                    "q, number of traits each feature can take"),
            ParameterSpec.integer("sweeps_per_tick", 100, 1, 1_000_000, "events/site", "engine",
                    "events per tick over W x H; at 100 the default 200 ticks are 2 million events at 10 x 10")));

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("cultural_regions", "regions",
                    "connected regions of identical culture (von Neumann neighbours, all F features equal)"),
            new MetricSpec("absorbed", "1", "1 when no further change is possible (every neighbour pair has overlap 0 or F)"),
            new MetricSpec("cultural_zones", "zones", "connected sets of sites linked by neighbour pairs with overlap > 0"),
            new MetricSpec("largest_region_share", "1", "sites in the largest region over W x H"),
            new MetricSpec("active_bonds", "1", "share of neighbour pairs with 0 < overlap < F"),
            new MetricSpec("events", "events", "events simulated so far (none once absorbed)"),
            new MetricSpec("last_change_event", "events",
                    "number of the last event that changed a trait (the absorption time once absorbed)"));

    /** Declares the model. */
    public AxelrodModel() {
        super(NAME, PARAMETERS, METRICS,
                List.of("largest_region_share", "active_bonds", "absorbed"));
    }

    @Override
    public ModelInstance instantiate(Parameters parameters, long seed, ParallelLoop loop) {
        int w = parameters.getInt("width");
        int h = parameters.getInt("height");
        int f = parameters.getInt("features");
        long traits = (long) w * h * f;
        if (traits > MAX_TRAITS) {
            throw new ConfigurationException("width x height x features = " + traits + " is too large; allowed: at most "
                    + MAX_TRAITS);
        }
        return new AxelrodInstance(w, h, f, parameters.getInt("traits"), parameters.getInt("sweeps_per_tick"), seed);
    }
}
