package org.cloudnations.sim.model.governance;

import static org.cloudnations.sim.model.governance.GovernanceParameters.ASSETS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.ASSET_TURNOVER;
import static org.cloudnations.sim.model.governance.GovernanceParameters.OWNERS;
import static org.cloudnations.sim.model.governance.GovernanceParameters.OWNER_CAPACITY;
import static org.cloudnations.sim.model.governance.GovernanceParameters.PROPERTY_TERM;
import static org.cloudnations.sim.model.governance.GovernanceParameters.TIME_LIMITED_PROPERTY;

import java.util.List;
import org.cloudnations.sim.metric.MetricSpec;
import org.cloudnations.sim.param.ParameterSpec;
import org.cloudnations.sim.param.Parameters;
import org.cloudnations.sim.rule.Assembly;
import org.cloudnations.sim.rule.Rule;
import org.cloudnations.sim.rule.RuleStep;
import org.cloudnations.sim.rule.Stream;
import org.cloudnations.sim.rule.StreamUse;

/**
 * (G3) Assets, owners and time-limited property (phase {@code institutions}), computed by
 * {@link Property}: used assets add their owner's efficiency to its wealth, assets are sold with
 * probability {@code theta} to buyers drawn by wealth, and with time limits an asset whose term
 * ends is renewed only if used by an owner of at least median efficiency, else it goes to the most
 * efficient owner with spare capacity.
 *
 * <p>Its state (owners and assets) is its own; it reads and writes no shared column.
 */
public final class TimeLimitedProperty implements Rule {
    /** Random stream of the owners' efficiencies (tick 0, id owner); the next number draws first owners. */
    static final int STREAM = 62;
    /** Random stream of the first owners of assets (tick 0, id asset). */
    static final int ASSET_STREAM = STREAM + 1;
    /** Random stream of the sales of assets (tick t, id asset). */
    static final int TICK_STREAM = 70;

    static final MetricSpec IDLE_CAPITAL_SHARE = new MetricSpec("idle_capital_share", "1",
            "share of assets lying idle");
    static final MetricSpec PROPERTY_HHI = MetricSpec.index("property_hhi",
            "Herfindahl-Hirschman index of asset holdings");

    @Override
    public String name() {
        return "property";
    }

    @Override
    public String phase() {
        return "institutions";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(TIME_LIMITED_PROPERTY, ASSETS, OWNERS, OWNER_CAPACITY, ASSET_TURNOVER, PROPERTY_TERM);
    }

    @Override
    public List<MetricSpec> metrics() {
        return List.of(IDLE_CAPITAL_SHARE, PROPERTY_HHI);
    }

    @Override
    public List<StreamUse> streams() {
        return List.of(new StreamUse(STREAM, "efficiency of owners"),
                new StreamUse(ASSET_STREAM, "first owner of each asset"),
                new StreamUse(TICK_STREAM, "sales of assets"));
    }

    @Override
    public RuleStep bind(Assembly a) {
        Parameters p = a.parameters();
        a.stream(STREAM);
        a.stream(ASSET_STREAM);
        Property property = new Property(p.getInt("assets"), p.getInt("owners"), p.getInt("owner_capacity"),
                p.getDouble("asset_turnover"), p.getBoolean("time_limited_property"), p.getInt("property_term"),
                a.seed(), STREAM);
        a.keep(property);
        Stream stream = a.stream(TICK_STREAM);
        a.metric(IDLE_CAPITAL_SHARE, property::idleShare);
        a.metric(PROPERTY_HHI, property::hhi);
        return context -> {
            if (context.tick() > 0) {
                property.step(stream.key(context.tick()), (int) context.tick());
            }
        };
    }
}
