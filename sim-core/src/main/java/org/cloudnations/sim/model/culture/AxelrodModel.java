package org.cloudnations.sim.model.culture;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterRegistry;
import org.cloudnations.sim.rule.RuleSet;

/**
 * Axelrod's dissemination of culture (J. Conflict Resolution 41(2), 1997) exactly as published: a
 * non-periodic W x H grid, von Neumann neighbourhood, F features with q traits each, a random site
 * and a random neighbour per event, interaction with probability equal to their overlap, copying
 * one differing trait. A tick is {@code sweeps_per_tick} x W x H events; once no change is possible
 * (every neighbour pair has overlap 0 or F) further ticks do nothing. A rule set of one rule,
 * {@link AxelrodEvents} (A0)-(A2); docs/model.md, section "Axelrod culture", gives the rules.
 */
public final class AxelrodModel {
    /** The model's name. */
    public static final String NAME = "axelrod";

    /** Largest grid, in traits (W x H x F), about 200 MB. */
    public static final long MAX_TRAITS = 50_000_000L;

    /** The rule set (Axelrod's baseline by default: 10 x 10, F = 5, q = 10). */
    public static final RuleSet RULES = RuleSet.of(NAME, List.of(new AxelrodEvents()), List.of(),
            List.of("largest_region_share", "active_bonds", "absorbed"));

    /** Every parameter, with its defaults. */
    public static final ParameterRegistry PARAMETERS = RULES.parameters();

    /** Every metric, in CSV column order. */
    public static final List<MetricSpec> METRICS = RULES.metrics();

    private AxelrodModel() {
    }
}
